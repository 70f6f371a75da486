package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.derive.Iteration;
import org.showwork.derive.graph.Substitution;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;
import org.showwork.problem.Problem;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * How a derivation writes its numbers: a quantity as shown (or its symbol where a worksheet leaves
 * it blank), a computation with its result (or with a blank), the parameters an update starts from,
 * and each update's numbers as the {@link Substitution} the graph's rules put into their formulas.
 */
final class DerivationCells {

    private final DerivationContext c;
    private final Problem problem;

    DerivationCells(DerivationContext context) {
        this.c = context;
        this.problem = context.problem();
    }

    boolean blank(QuantityId id) {
        return c.blanks().contains(id);
    }

    /** The computation of a quantity with the update's numbers, as its rule writes it. */
    Expr computation(Iteration it, QuantityId id) {
        return c.rule(id.kind()).computation(id, substitution(it));
    }

    /** A computation followed by "= result", or "≈ result" when the shown result is rounded. */
    Expr result(Expr computation, QuantityId id, Quantity q) {
        BigDecimal shown = shown(id, q);
        Expr chain = computation;
        boolean rounded = !q.unrounded().is(shown);
        // an update that ends a few places further is worth showing before it is rounded
        if (rounded && c.hand() && (id.kind() == QuantityKind.W_NEW || id.kind() == QuantityKind.B_NEW)) {
            BigDecimal unrounded = q.unrounded().toBigDecimal().stripTrailingZeros();
            if (unrounded.scale() <= shown.scale() + 4) {
                chain = then(chain, Relation.EQUALS, num(unrounded));
            }
        }
        return then(chain, rounded ? Relation.APPROX : Relation.EQUALS, num(shown));
    }

    /** A computation and its result; in a worksheet, the computation and a blank for the result. */
    List<Inline> worked(Expr computation, QuantityId id, Quantity q) {
        if (blank(id)) {
            return Inline.of(new Inline.Calc(computation), " = ", new Inline.Blank(id.toString(c.d())));
        }
        return Inline.of(new Inline.Calc(result(computation, id, q)));
    }

    /** A quantity's cell in a table: worked out from the update's numbers, given, or missing. */
    List<Inline> workedCell(Iteration it, QuantityId id) {
        Quantity q = it.get(id);
        if (q == null) {
            return Inline.of("—");
        }
        return q.given() ? givenCell(id, q) : worked(computation(it, id), id, q);
    }

    List<Inline> givenCell(QuantityId id, Quantity q) {
        return Inline.of(new Inline.Calc(value(id, q)), " (given)");
    }

    /** A quantity's value alone in a cell: shown, ∞, given, a blank, or a dash when there is none. */
    List<Inline> quantityCell(QuantityId id, Quantity q) {
        if (q == null) {
            return Inline.of("—");
        }
        if (blank(id)) {
            return Inline.of(new Inline.Blank(id.toString(c.d())));
        }
        if (q.infinite()) {
            return Inline.of(new Inline.Calc(sym(Symbol.INFINITY)));
        }
        return q.given() ? givenCell(id, q) : DocumentLayout.calc(value(id, q));
    }

    /** A quantity in a later substitution: its shown value, or its symbol when it is a blank of the worksheet. */
    Expr value(QuantityId id, Quantity q) {
        if (blank(id)) {
            return c.rule(id.kind()).symbol(id, c.d());
        }
        return q.infinite() ? sym(Symbol.INFINITY) : num(shown(id, q));
    }

    /** A quantity as written: given values as the problem wrote them, computed ones to their places. */
    BigDecimal shown(QuantityId id, Quantity q) {
        if (q.given()) {
            BigDecimal written = problem.given().get(id);
            if (written != null) {
                return written;
            }
        }
        return q.value().shown(problem.decimals().of(id.kind()));
    }

    /** The weight an update starts from: as the problem states it, or the previous update's result. */
    Expr weight(Iteration it, int j) {
        return weight(it, 0, j);
    }

    /** Weight j of class k (0 in the binary model) the update starts from. */
    Expr weight(Iteration it, int k, int j) {
        if (it.number() == 1) {
            return num(problem.weight(k, j));
        }
        QuantityId id = new QuantityId(it.number() - 1, QuantityKind.W_NEW, 0, j, k);
        return c.trace().iteration(it.number() - 1).map(before -> value(id, before.get(id)))
                .orElse(num(it.weight(k, j).shown(problem.decimals().of(QuantityKind.W_NEW))));
    }

    Expr bias(Iteration it) {
        return bias(it, 0);
    }

    /** The bias of class k (0 in the binary model) the update starts from. */
    Expr bias(Iteration it, int k) {
        if (it.number() == 1) {
            return num(problem.bias(k));
        }
        QuantityId id = new QuantityId(it.number() - 1, QuantityKind.B_NEW, 0, 0, k);
        return c.trace().iteration(it.number() - 1).map(before -> value(id, before.get(id)))
                .orElse(num(it.bias(k).shown(problem.decimals().of(QuantityKind.B_NEW))));
    }

    Expr x(int i, int j) {
        return num(problem.samples().get(i - 1).x().get(j - 1));
    }

    Expr wSym(int j) {
        return c.d() == 1 ? sym(Symbol.W) : sym(Symbol.W, String.valueOf(j));
    }

    /** The symbol of weight j of class k (0: the binary model), as the update rule writes it. */
    Expr wSym(int k, int j) {
        return c.rule(QuantityKind.W_NEW).symbol(new QuantityId(1, QuantityKind.W_NEW, 0, j, k), c.d());
    }

    /** The symbol of the bias of class k (0: the binary model). */
    Expr bSym(int k) {
        return c.rule(QuantityKind.B_NEW).symbol(new QuantityId(1, QuantityKind.B_NEW, 0, 0, k), c.d());
    }

    /** The update's numbers, for the rules' formulas. */
    Substitution substitution(Iteration it) {
        return new UpdateNumbers(it);
    }

    /** One update's numbers as the rules substitute them. */
    private final class UpdateNumbers implements Substitution {
        private final Iteration it;

        UpdateNumbers(Iteration it) {
            this.it = it;
        }

        @Override public Expr quantity(QuantityId id) {
            Quantity q = c.trace().find(id).orElse(null);
            return q == null ? c.rule(id.kind()).symbol(id, c.d()) : value(id, q);
        }

        @Override public Expr feature(int i, int j) {
            return x(i, j);
        }

        @Override public int label(int i) {
            return problem.samples().get(i - 1).y();
        }

        @Override public Expr weight(int k, int j) {
            return DerivationCells.this.weight(it, k, j);
        }

        @Override public Expr bias(int k) {
            return DerivationCells.this.bias(it, k);
        }

        @Override public int classes() {
            return problem.classCount();
        }

        @Override public BigDecimal learningRate() {
            return problem.learningRate();
        }

        @Override public BigDecimal lambda() {
            return problem.schedule().l2();
        }

        @Override public List<Integer> batch() {
            return it.batch();
        }

        @Override public int features() {
            return c.d();
        }
    }
}
