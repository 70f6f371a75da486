package org.showwork.derive.graph;

import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.formula.Formulas;

/**
 * What the general formulas depend on: the number of features d (1 writes w and x without a
 * subscript), whether an update averages over all n samples or over a batch of m, and whether an
 * L2 penalty is part of the cost; and the number of classes K of a softmax model (0 for the binary
 * model), which adds a class index k to the symbols that have one per class.
 */
public record Notation(int features, boolean fullBatch, boolean penalised, int classes) {

    /** The notation of the binary model. */
    public Notation(int features, boolean fullBatch, boolean penalised) {
        this(features, fullBatch, penalised, 0);
    }

    /** A subscript with the class index k added for a softmax model: i becomes i,k. */
    public String perClass(String index) {
        return classes == 0 ? index : index.isEmpty() ? "k" : index + ",k";
    }

    /** The number of samples an update averages over: n in full-batch descent, m (its batch) otherwise. */
    public Expr count() {
        return Formulas.sym(fullBatch ? Symbol.N : Symbol.M);
    }

    /** The subscript of a weight: none with one feature, else j (or the given index). */
    public String weightIndex(String j) {
        String feature = features == 1 ? "" : j;
        return classes == 0 ? feature : feature.isEmpty() ? "k" : "k," + feature;
    }
}
