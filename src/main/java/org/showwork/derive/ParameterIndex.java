package org.showwork.derive;

/**
 * Where a parameter sits in the lists a run carries: weights class by class (K rows of d in one
 * list for a softmax model, one row for the binary model), one bias per class.
 */
final class ParameterIndex {
    private ParameterIndex() {}

    /** The position of weight j of class k (1-based; 0 in the binary model) among d features per class. */
    static int index(int k, int j, int features) {
        return (Math.max(k, 1) - 1) * features + j - 1;
    }
}
