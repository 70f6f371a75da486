package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The decision boundary of one feature, x = −b/w, where the score is 0 and ŷ is 0.5: of the
 * parameters the update starts from, or of those it produces. With w = 0 the probability is the
 * same everywhere and there is no boundary; with w all but 0 it lies beyond any number.
 */
public final class BoundaryRule implements Rule {

    private final boolean after;

    private BoundaryRule(boolean after) {
        this.after = after;
    }

    static BoundaryRule before() {
        return new BoundaryRule(false);
    }

    static BoundaryRule after() {
        return new BoundaryRule(true);
    }

    @Override
    public QuantityKind kind() {
        return after ? QuantityKind.BOUNDARY_NEW : QuantityKind.BOUNDARY;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return after ? List.of(newWeight(id), newBias(id)) : shape.parameters(0);
    }

    private static QuantityId newWeight(QuantityId id) {
        return QuantityId.ofFeature(id.iteration(), QuantityKind.W_NEW, 1);
    }

    private static QuantityId newBias(QuantityId id) {
        return QuantityId.of(id.iteration(), QuantityKind.B_NEW);
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        if (in.features() != 1) {
            return null;
        }
        Num w = after ? in.value(newWeight(id)) : in.weight(1);
        Num b = after ? in.value(newBias(id)) : in.bias();
        Num x = at(in.arithmetic(), w, b);
        return x == null ? null : Outcome.of(x);
    }

    /** The largest double, as a decimal: a boundary beyond it is no number a document can show. */
    private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

    /**
     * −b/w; null when w is 0, or so close to 0 that −b/w is beyond the range of doubles (w = 1e-320),
     * or a parameter is unknown.
     */
    public static Num at(Arithmetic a, Num w, Num b) {
        if (w == null || b == null || w.signum() == 0 || beyondRange(w, b)) {
            return null;
        }
        return a.divide(a.subtract(a.integer(0), b), w);
    }

    /** Whether |b/w| exceeds the largest double. */
    public static boolean beyondRange(Num w, Num b) {
        // far from the edge as doubles (the usual case): no need to multiply the 309-digit largest double
        double ratio = Math.abs(b.toDouble()) / Math.abs(w.toDouble());
        if (ratio < 1e300) {
            return false;
        }
        return b.toBigDecimal().abs().compareTo(LARGEST.multiply(w.toBigDecimal().abs())) > 0;
    }

    @Override
    public Expr formula(Notation notation) {
        return chain(Relation.IFF, eq(plus(times(sym(Symbol.W), sym(Symbol.X)), sym(Symbol.B)), num(0)),
                eq(sym(Symbol.X), neg(over(sym(Symbol.B), sym(Symbol.W)))));
    }

    /** x = −b/w with the numbers, and = |b|/w when b is a negative number, so the sign is plain to see. */
    @Override
    public Expr computation(QuantityId id, Substitution s) {
        Expr w = after ? s.quantity(newWeight(id)) : s.weight(1);
        Expr b = after ? s.quantity(newBias(id)) : s.bias();
        Expr substituted = eq(sym(Symbol.X), neg(over(b, w)));
        if (b instanceof Expr.Lit lit && lit.value().signum() < 0) {
            substituted = then(substituted, Relation.EQUALS, over(num(lit.value().negate()), w));
        }
        return substituted;
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sym(Symbol.X);
    }
}
