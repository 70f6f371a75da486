package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.Note;
import org.showwork.derive.Trace;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.UnicodeWriter;
import org.showwork.quantity.QuantityId;

/** Puts the trace's notes on the arithmetic into sentences. */
final class NotePhrases {
    private NotePhrases() {}

    static List<Inline> phrase(Note note, Trace trace) {
        int d = trace.problem().featureCount();
        QuantityId id = note.id();
        List<Inline> text = new ArrayList<>();
        if (trace.updates() > 1) {
            text.add(new Inline.Text((trace.problem().schedule().fullBatchOnly() ? "Step " : "Update ") + id.iteration() + ", "));
        }
        if (note instanceof Note.ProbabilitiesSum) {
            text.add(new Inline.Text("sample " + id.sample() + ": "));
        } else {
            text.add(new Inline.Math(symbol(id, d)));
            text.add(new Inline.Text(" (" + id.toString(d) + "): "));
        }
        text.addAll(what(note));
        return text;
    }

    /** What the note says of its quantity. */
    private static List<Inline> what(Note note) {
        if (note instanceof Note.RoundingCarry c) {
            return Inline.of("the unrounded value " + digits(c.unrounded(), c.shown().scale()) + " rounds to ",
                    number(c.shown()), ", which carries into an earlier digit. Truncating instead of rounding gives ",
                    number(c.truncated()), ", and every later number built on it then differs.");
        } else if (note instanceof Note.RoundedToZero z) {
            return Inline.of("the value " + digits(z.unrounded(), z.shown().scale()) + " is written as ",
                    number(z.shown()), " and carried as zero; more decimal places would keep it.");
        } else if (note instanceof Note.ProbabilitiesSum || note instanceof Note.CertainProbability && note.id().classIndex() > 0) {
            return softmax(note);
        } else if (note instanceof Note.CertainProbability c) {
            return certain(c);
        } else if (note instanceof Note.GivenDiffers g) {
            return Inline.of("the problem gives ", number(g.given()), ", where the derivation gives "
                    + digits(g.derived(), g.derivedShown().scale()) + ", written ", number(g.derivedShown()),
                    ". Everything after it follows from the given value.");
        } else if (note instanceof Note.Drift drift) {
            return Inline.of("carrying rounded values gives ", number(drift.hand()),
                    " where exact arithmetic gives ", number(drift.exact()), ".");
        }
        return List.of();
    }

    /** A probability rounded to 0 or 1: against its label the loss is infinite, with it exactly 0. */
    private static List<Inline> certain(Note.CertainProbability c) {
        if (!c.infiniteLoss()) {
            return Inline.of("the probability is rounded to ", number(c.shown()), " and the label is " + c.label()
                    + ", so the loss comes out as exactly 0; the true loss is small but positive.");
        }
        String shown = UnicodeWriter.formatNumber(c.shown());
        Expr loss = c.label() == 1 ? neg(call(Function.LN, num(c.shown())))
                : neg(call(Function.LN, minus(num(1), num(c.shown()))));
        return Inline.of("the probability is rounded to " + shown + " although the label is " + c.label()
                + ", so the loss ", new Inline.Calc(loss), " is infinite, and so are the sum of the losses and "
                + "the cost. The true probability is not exactly " + c.shown().stripTrailingZeros().toPlainString()
                + ": more decimal places for p (decimals_for: {p: 6}) keep the loss finite. The gradient does not "
                + "need the loss and is unaffected.");
    }

    /** The notes only a softmax model has: rounded probabilities that do not add up to 1, the own class's certainty. */
    private static List<Inline> softmax(Note note) {
        if (note instanceof Note.ProbabilitiesSum sum) {
            return Inline.of("each of the sample's probabilities is rounded on its own, and together they add up to ",
                    number(sum.total()), " rather than exactly 1. That is rounding, not a mistake; more decimal places "
                    + "for p bring the sum closer to 1.");
        }
        Note.CertainProbability c = (Note.CertainProbability) note;
        return Inline.of("the probability of the sample's own class is rounded to ", number(c.shown()),
                c.infiniteLoss() ? ", so its loss −ln 0 is infinite, and so are the sum of the losses and the cost. "
                        + "More decimal places for p (decimals_for: {p: 6}) keep the loss finite; the gradient "
                        + "does not need the loss and is unaffected."
                        : ", so its loss comes out as exactly 0; the true loss is small but positive.");
    }

    private static Inline number(BigDecimal value) {
        return new Inline.Calc(num(value));
    }

    /** An unrounded value with a few more digits than shown, and an ellipsis when it goes on. */
    static String digits(BigDecimal value, int shownScale) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() <= shownScale + 3) {
            return UnicodeWriter.formatNumber(exact);
        }
        return UnicodeWriter.formatNumber(value.setScale(shownScale + 3, RoundingMode.DOWN).stripTrailingZeros()) + "…";
    }

    /** The symbol a reader knows the quantity by, as its rule writes it (an id with a class index is a softmax model's). */
    static Expr symbol(QuantityId id, int d) {
        return DerivationGraph.of(id.classIndex()).rule(id.kind()).symbol(id, d);
    }
}
