package org.showwork.web.sheet;

import java.util.List;
import org.showwork.check.Mark;
import org.showwork.quantity.Quantity;
import org.showwork.formula.UnicodeWriter;
import org.showwork.problem.Problem;
import org.showwork.render.view.QuantitySymbol;

/**
 * The diagnosis of one cell in words, short enough to stand under it while a student works:
 * "right from your own ŷ₄ = 0.899", "this looks like the logarithm to base 10 instead of the natural
 * logarithm". It never states our value or the value recomputed from the student's own inputs:
 * the sheet must not hand out its answers.
 */
final class CellPhrase {
    private CellPhrase() {}

    static String of(Mark mark, Problem problem) {
        int d = problem.featureCount();
        return switch (mark.verdict()) {
            case CORRECT, MISSING -> "";
            case UNREADABLE -> "“" + mark.written().text() + "” is not a number";
            case ROUNDING -> "right but for its rounding: " + mark.diagnosis().phrase();
            case FOLLOW_THROUGH -> "right from your own " + inputs(mark.differing(), problem);
            case WRONG -> {
                if (mark.diagnosis() != null) {
                    yield "this looks like " + mark.diagnosis().phrase();
                }
                yield mark.differing().isEmpty() ? "not right" : "not right, even from your own " + inputs(mark.differing(), problem);
            }
        };
    }

    /** "ŷ₄ = 0.899 and L₄ = 0.106 (derived from yours)". */
    private static String inputs(List<Mark.Input> inputs, Problem problem) {
        int d = problem.featureCount();
        UnicodeWriter unicode = new UnicodeWriter();
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < inputs.size(); k++) {
            Mark.Input in = inputs.get(k);
            if (k > 0) {
                s.append(k == inputs.size() - 1 ? " and " : ", ");
            }
            s.append(unicode.write(QuantitySymbol.of(in.id(), d))).append(" = ").append(value(in, problem));
            if (!in.written()) {
                s.append(" (derived from yours)");
            }
        }
        return s.toString();
    }

    /** The student's own value (written, or derived from theirs: never ours), at its kind's places. */
    private static String value(Mark.Input in, Problem problem) {
        Quantity q = in.value();
        return q.infinite() ? "∞" : UnicodeWriter.formatNumber(q.value().shown(problem.decimals().of(in.id().kind())));
    }
}
