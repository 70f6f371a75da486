package org.showwork.render.lms;

import java.util.function.Predicate;
import org.showwork.derive.Trace;
import org.showwork.quantity.QuantityId;
import org.showwork.render.view.Document;

/**
 * One variant as a question of a learning management system's quiz: its worksheet, with an
 * answer field in every blank, and its answer key as the feedback.
 *
 * @param name  the question's name in the question bank (not shown to students)
 * @param code  the variant's code, shown in the question so that results can be matched to variants
 * @param blank which quantities are answer fields (the worksheet's blanks)
 */
public record QuizQuestion(String name, String code, Trace trace, Document worksheet, Document key,
        Predicate<QuantityId> blank) {}
