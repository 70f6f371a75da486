package org.showwork.derive.graph;

import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.formula.Formulas;

/**
 * What the general formulas depend on: the number of features d (1 writes w and x without a
 * subscript), whether an update averages over all n samples or over a batch of m, and whether an
 * L2 penalty is part of the cost.
 */
public record Notation(int features, boolean fullBatch, boolean penalised) {

    /** The number of samples an update averages over: n in full-batch descent, m (its batch) otherwise. */
    public Expr count() {
        return Formulas.sym(fullBatch ? Symbol.N : Symbol.M);
    }

    /** The subscript of a weight: none with one feature, else j (or the given index). */
    public String weightIndex(String j) {
        return features == 1 ? "" : j;
    }
}
