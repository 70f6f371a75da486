package org.showwork.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A marking scheme with {@code fractions: no} asks for decimals: an answer written as a fraction
 * (1/8, ½) is then unreadable, and its report says why.
 */
final class FractionRule {
    private FractionRule() {}

    static final String REFUSED = "a fraction, and this marking asks for decimals";

    static Submission apply(Submission submission, MarkingRules rules) {
        if (rules.fractions() || submission.answers().stream().noneMatch(FractionRule::fraction)) {
            return submission;
        }
        List<Answer> answers = new ArrayList<>();
        for (Answer a : submission.answers()) {
            answers.add(fraction(a) ? new Answer(a.id(), new Written.Unreadable(a.written().text(), REFUSED), a.line()) : a);
        }
        return submission.withAnswers(answers);
    }

    private static boolean fraction(Answer answer) {
        return answer.written() instanceof Written.Value v && v.fraction();
    }
}
