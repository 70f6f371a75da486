package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The cross-entropy loss of a softmax model, Lᵢ = −Σ_k yᵢₖ ln ŷᵢₖ = −ln ŷᵢ,yᵢ: the probability
 * given to the sample's own class. Exact arithmetic computes it from the scores when ŷ was not
 * written down, as m + ln Σ_c e^{z_{i,c} − m} − zᵢ,yᵢ (m the largest score), accurate however small ŷ is;
 * a probability of the own class rounded to 0 makes it infinite.
 */
public final class SoftmaxLossRule implements Rule {

    @Override
    public QuantityKind kind() {
        return QuantityKind.LOSS;
    }

    /** The sample's K probabilities: which one the loss reads depends on the label, which a shape does not know. */
    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        List<QuantityId> in = new ArrayList<>(shape.classes());
        for (QuantityId score : SoftmaxRule.scores(id, shape.classes())) {
            in.add(score.withKind(QuantityKind.P));
        }
        return in;
    }

    /** The probability of the sample's own class. */
    public static QuantityId own(QuantityId id, Inputs in) {
        return new QuantityId(id.iteration(), QuantityKind.P, id.sample(), 0, in.label(id.sample()) + 1);
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Quantity p = in.quantity(own(id, in));
        if (p == null || p.infinite() || p.value().signum() < 0 || p.value().toDouble() > 1) {
            return null;
        }
        Arithmetic a = in.arithmetic();
        if (fromScores(id, in)) {
            return Outcome.of(fromScores(id, in, a));
        }
        return p.value().signum() == 0 ? Outcome.INFINITE : Outcome.of(a.subtract(a.integer(0), a.ln(p.value())));
    }

    /** Whether the loss is computed from the scores: exact arithmetic, ŷ not written down, every score known. */
    public static boolean fromScores(QuantityId id, Inputs in) {
        Quantity p = in.quantity(own(id, in));
        if (in.arithmetic().roundsEachStep() || p == null || p.given()) {
            return false;
        }
        for (QuantityId score : SoftmaxRule.scores(id, in.classes())) {
            if (in.value(score) == null) {
                return false;
            }
        }
        return true;
    }

    /** m + ln Σ_c e^{z_c − m} − z_y, the log-sum-exp taken stably. */
    private static Num fromScores(QuantityId id, Inputs in, Arithmetic a) {
        List<Num> z = new ArrayList<>();
        for (QuantityId score : SoftmaxRule.scores(id, in.classes())) {
            z.add(in.value(score));
        }
        Num largest = SoftmaxRule.largest(z);
        Num total = null;
        for (Num value : z) {
            Num e = a.exp(a.subtract(value, largest));
            total = total == null ? e : a.add(total, e);
        }
        return a.subtract(a.add(largest, a.ln(total)), z.get(in.label(id.sample())));
    }

    @Override
    public Expr formula(Notation notation) {
        return eq(sym(Symbol.LOSS, "i"), neg(sum("k", num(1), sym(Symbol.K),
                times(sym(Symbol.Y, "i,k"), call(Function.LN, sym(Symbol.Y_HAT, "i,k"))))));
    }

    /** −ln of the own class's probability. */
    @Override
    public Expr computation(QuantityId id, Substitution s) {
        QuantityId own = new QuantityId(id.iteration(), QuantityKind.P, id.sample(), 0, s.label(id.sample()) + 1);
        return neg(call(Function.LN, s.quantity(own)));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.LOSS, String.valueOf(id.sample()));
    }
}
