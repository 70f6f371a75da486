package org.showwork.exercise;

import org.showwork.derive.Trace;
import org.showwork.problem.Problem;

/**
 * One student's variant of a template: the problem drawn for them, the text of its own problem
 * file (which reads back as the same problem), its trace, and its code.
 *
 * @param number      1-based position in the class (the roster's order, or the count)
 * @param code        six base-32 digits from the seed and the student's id (see {@link VariantSeed})
 * @param problemFile the variant's problem file, comments included
 * @param draws       how many draws it took to meet the constraints (1 when the first did)
 */
public record Variant(int number, Student student, String code, Problem problem, String problemFile, Trace trace,
        int draws) {}
