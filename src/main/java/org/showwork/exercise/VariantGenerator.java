package org.showwork.exercise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.showwork.derive.ArithmeticOverflow;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.Template;

/**
 * Draws each student's variant of a template: from the student's own generator (see
 * {@link VariantSeed}), draw after draw until one meets every constraint, at most
 * {@link #MAX_DRAWS} times. A template no draw satisfies is reported with the constraint that
 * failed most often, and how to relax it.
 */
public final class VariantGenerator {

    /** Draws per student before the template is declared unsatisfiable. */
    public static final int MAX_DRAWS = 1_000;

    private final Template template;
    private final String seed;
    private final List<Constraint> constraints;

    private VariantGenerator(Template template, String seed, List<Constraint> constraints) {
        this.template = template;
        this.seed = seed;
        this.constraints = constraints;
    }

    /** @throws ProblemException when a condition of the template's own cannot be read */
    public static VariantGenerator of(Template template, String seed) throws ProblemException {
        return new VariantGenerator(template, seed, Constraint.of(template.constraints()));
    }

    public List<Constraint> constraints() {
        return constraints;
    }

    /**
     * The variants of a class, in the students' order, drawn on every core; two students whose
     * codes coincide are an error, found before anything is drawn.
     */
    public List<Variant> variants(List<Student> students) throws Exception {
        Map<String, Student> codes = new HashMap<>();
        for (Student student : students) {
            String code = new VariantSeed(seed, student.id()).code();
            Student other = codes.putIfAbsent(code, student);
            if (other != null) {
                throw new ProblemException(template.source() + ": the students '" + other.id() + "' and '" + student.id()
                        + "' would get the same variant code, " + code + " (a one-in-a-billion chance); choose another seed");
            }
        }
        return InOrder.map(students.size(), k -> variant(k + 1, students.get(k)));
    }

    /** The variant of one student, numbered {@code number} in the class. */
    public Variant variant(int number, Student student) throws ProblemException {
        VariantSeed variantSeed = new VariantSeed(seed, student.id());
        RandomGenerator random = variantSeed.generator();
        String source = ClassLayout.problemPath(student);
        int[] checked = new int[constraints.size()];
        int[] failed = new int[constraints.size()];
        for (int draw = 1; draw <= MAX_DRAWS; draw++) {
            Template.Drawn drawn;
            try {
                drawn = template.draw(random, source);
            } catch (ProblemException e) {
                throw new ProblemException(e.getMessage() + " (in the variant drawn for " + who(student) + ")");
            }
            Problem problem = drawn.problem();
            if (!meets(problem, null, false, checked, failed)) {
                continue;
            }
            Trace trace;
            try {
                trace = Tracer.trace(problem);
            } catch (ArithmeticOverflow e) {
                throw new ProblemException(template.source() + ": " + e.getMessage() + " (in the variant drawn for "
                        + who(student) + ")");
            }
            if (meets(problem, trace, true, checked, failed)) {
                String code = variantSeed.code();
                return new Variant(number, student, code, problem, header(student, code) + drawn.yaml(), trace, draw);
            }
        }
        throw unsatisfiable(student, checked, failed);
    }

    /** Checks the constraints that do (or do not) need the trace, counting how often each is checked and fails. */
    private boolean meets(Problem problem, Trace trace, boolean traced, int[] checked, int[] failed)
            throws ProblemException {
        boolean all = true;
        for (int k = 0; k < constraints.size(); k++) {
            Constraint c = constraints.get(k);
            if (c.needsTrace() != traced) {
                continue;
            }
            checked[k]++;
            if (!c.holds(problem, trace)) {
                failed[k]++;
                all = false;
            }
        }
        if (!traced && all) {
            // what the problem alone shows about the rest spares tracing a draw that would be rejected
            for (int k = 0; k < constraints.size() && all; k++) {
                Constraint c = constraints.get(k);
                if (c.needsTrace() && !c.possible(problem)) {
                    checked[k]++;
                    failed[k]++;
                    all = false;
                }
            }
        }
        return all;
    }

    /** The constraint that failed in the largest share of the draws it was checked on (then the most draws). */
    private ProblemException unsatisfiable(Student student, int[] checked, int[] failed) {
        int worst = -1;
        for (int k = 0; k < constraints.size(); k++) {
            if (failed[k] == 0) {
                continue;
            }
            if (worst < 0 || (long) failed[k] * checked[worst] > (long) failed[worst] * checked[k]
                    || (long) failed[k] * checked[worst] == (long) failed[worst] * checked[k] && failed[k] > failed[worst]) {
                worst = k;
            }
        }
        Constraint c = constraints.get(worst);
        StringBuilder s = new StringBuilder(template.source()).append(": no variant for ").append(who(student))
                .append(" met every constraint in ").append(count(MAX_DRAWS)).append(" draws. The one that failed most: ")
                .append(c.describe()).append(" (failed ").append(checked[worst] == failed[worst] ? "every one of the "
                        + count(checked[worst]) + " draws it was checked on" : "in " + count(failed[worst]) + " of the "
                        + count(checked[worst]) + " draws it was checked on").append("); ").append(c.relax()).append('.');
        List<String> others = new ArrayList<>();
        for (int k = 0; k < constraints.size(); k++) {
            if (k != worst && failed[k] > 0) {
                others.add(constraints.get(k).describe() + " (" + count(failed[k]) + " of " + count(checked[k]) + ")");
            }
        }
        if (!others.isEmpty()) {
            s.append(" Also failing: ").append(String.join("; ", others)).append('.');
        }
        return new ProblemException(s.toString());
    }

    private static String who(Student student) {
        return student.name().isEmpty() ? "student " + student.id() : student.name() + " (student " + student.id() + ")";
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The comment at the top of a variant's problem file: where it came from, and no date, so that it never changes. */
    private String header(Student student, String code) {
        String template = Path.of(this.template.source()).getFileName().toString();
        // a comment is one line: whatever a seed holds, it must not end it
        String seedText = seed.replaceAll("\\p{Cntrl}", " ");
        return "# Variant " + code + " of " + template + " (seed " + seedText + ") for "
                + who(student).replaceAll("\\p{Cntrl}", " ") + ".\n"
                + "# Drawn by showwork generate; 'showwork derive' works it through.\n";
    }
}
