package org.showwork.derive;

import org.showwork.quantity.Quantity;

import java.util.List;
import org.showwork.numeric.Num;

/**
 * One update in brief, kept for every update of a run (shown in full or not): the parameters it
 * started from, the cost there, and the length of its gradient. Long runs keep a thinned selection
 * of these, so that a run's memory does not grow with the number of updates.
 *
 * @param weights      class by class in a softmax model (K rows of d, one list), as {@link Iteration#weights()}
 * @param gradientNorm the Euclidean length of the update's gradient (∂J/∂w₁, …, ∂J/∂b), as carried
 */
public record ProgressRow(int number, int epoch, List<Num> weights, List<Num> biases, Quantity cost,
        double gradientNorm) {
    public ProgressRow {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
    }

    /** The bias the update started from (of the binary model, or of class 1). */
    public Num bias() {
        return biases.get(0);
    }
}
