package org.showwork.derive.graph;

import org.showwork.quantity.QuantityId;

/**
 * The subscripts a rule writes for one quantity: the sample, with the class after it in a softmax
 * model (z₂ in the binary model, z₂,₃ for class 3), and a parameter's class and feature (w, w₂,
 * w₃,₂, b₃), so that every rule spells them alike.
 */
final class Subscripts {
    private Subscripts() {}

    /** Sample i of the id, with its class when it has one: "4" or "4,2". */
    static String sample(QuantityId id) {
        return withClass(String.valueOf(id.sample()), id.classIndex());
    }

    /** Sample i with class k (0: none) after it. */
    static String withClass(String i, int k) {
        return k == 0 ? i : i + "," + k;
    }

    /** A weight's subscript: the class (when there is one), then the feature unless d is 1. */
    static String weight(int k, int j, int features) {
        String feature = features == 1 ? "" : String.valueOf(j);
        if (k == 0) {
            return feature;
        }
        return feature.isEmpty() ? String.valueOf(k) : k + "," + feature;
    }

    /** A bias's subscript: its class, or none in the binary model. */
    static String bias(int k) {
        return k == 0 ? "" : String.valueOf(k);
    }
}
