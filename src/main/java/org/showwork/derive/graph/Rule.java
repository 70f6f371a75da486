package org.showwork.derive.graph;

import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * How one kind of quantity is derived, written once for everyone who needs it: the quantities it
 * reads, how it is evaluated (in exact or hand arithmetic alike, through {@link Inputs#arithmetic()}),
 * its general formula, the same formula with an update's numbers put in, and the symbol a reader
 * knows one quantity of the kind by. The tracer evaluates rules on its own values, the checker on a
 * student's, and documents ask them for formulas and substitutions.
 */
public interface Rule {

    QuantityKind kind();

    /**
     * The quantities {@code id} is computed from directly, in the order they are read. The
     * parameters an update starts from count when the previous update is recorded in full (they
     * are then its {@code w_new} and {@code b_new}).
     */
    List<QuantityId> inputs(QuantityId id, StepShape shape);

    /** The quantity's value from {@code in}, not yet written down with its places; null when the inputs do not allow it. */
    Outcome evaluate(QuantityId id, Inputs in);

    /** The general formula, e.g. ŷᵢ = σ(zᵢ). */
    Expr formula(Notation notation);

    /**
     * The computation a worked document writes for the quantity, with the numbers of {@code s} in
     * place of the symbols: the right-hand side for a cell of a table (σ(2.195)), or the whole
     * statement for a quantity that stands on its own line (J = 0.927/5).
     */
    Expr computation(QuantityId id, Substitution s);

    /** The symbol a reader knows this quantity by: ŷ₄, ∂J/∂w, J. */
    Expr symbol(QuantityId id, int features);
}
