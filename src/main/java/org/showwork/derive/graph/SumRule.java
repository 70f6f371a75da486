package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * A column sum over the samples of the update's batch, in the order visited: of the losses, of the
 * errors, or of the errors times feature j. Infinite when a term is.
 */
public final class SumRule implements Rule {

    private final QuantityKind kind;
    private final QuantityKind term;

    SumRule(QuantityKind kind, QuantityKind term) {
        this.kind = kind;
        this.term = term;
    }

    @Override
    public QuantityKind kind() {
        return kind;
    }

    /** The kind of quantity this sum adds up. */
    public QuantityKind term() {
        return term;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return terms(id, shape.batch());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        return add(terms(id, in.batch()), in);
    }

    /** The quantities summed for {@code id} over a batch, in its order. */
    public List<QuantityId> terms(QuantityId id, List<Integer> batch) {
        List<QuantityId> terms = new ArrayList<>(batch.size());
        for (int i : batch) {
            terms.add(new QuantityId(id.iteration(), term, i, term.perFeature() ? id.feature() : 0, id.classIndex()));
        }
        return terms;
    }

    /** The sum of these quantities in this order; infinite when one is, null when one is missing. */
    public static Outcome add(List<QuantityId> terms, Inputs in) {
        Num total = null;
        for (QuantityId id : terms) {
            Quantity q = in.quantity(id);
            if (q == null) {
                return null;
            }
            if (q.infinite()) {
                return Outcome.INFINITE;
            }
            total = total == null ? q.value() : in.arithmetic().add(total, q.value());
        }
        return total == null ? null : Outcome.of(total);
    }

    @Override
    public Expr formula(Notation notation) {
        return sum("i", num(1), sym(Symbol.N), body("i", notation.features() == 1 ? "" : "j", notation.classes() > 0 ? "k" : ""));
    }

    private Expr body(String i, String j, String k) {
        String ik = k.isEmpty() ? i : i + "," + k;
        Expr error = minus(sym(Symbol.Y_HAT, ik), sym(Symbol.Y, ik));
        return switch (term) {
            case LOSS -> sym(Symbol.LOSS, i);
            case ERROR -> error;
            default -> times(error, sym(Symbol.X, j.isEmpty() ? i : i + "," + j));
        };
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        List<Expr> terms = new ArrayList<>();
        for (QuantityId t : terms(id, s.batch())) {
            terms.add(s.quantity(t));
        }
        return plus(terms);
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return sum("i", num(1), sym(Symbol.N), body("i", features == 1 ? "" : String.valueOf(id.feature()),
                id.classIndex() == 0 ? "" : String.valueOf(id.classIndex())));
    }
}
