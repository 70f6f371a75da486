package org.showwork.derive;

import java.util.List;
import java.util.Objects;
import org.showwork.numeric.Num;

/**
 * One full-batch gradient-descent step: the parameters it starts from, every sample's row, the
 * sums and averages that make the cost and the gradients, and the updated parameters. Per-feature
 * lists are empty when the problem has no features; a quantity that cannot be derived is null.
 *
 * @param number    1-based step number (ids of step t carry the prefix {@code tN:} from t = 2)
 * @param boundary    the decision boundary x = −b/w of the starting parameters (one feature only)
 * @param boundaryNew the same for the updated parameters
 */
public record Iteration(int number, List<Num> weights, Num bias, List<SampleStep> samples,
        Quantity sumLoss, Quantity sumError, List<Quantity> sumErrorX, Quantity cost,
        List<Quantity> gradW, Quantity gradB, List<Quantity> wNew, Quantity bNew,
        Quantity boundary, Quantity boundaryNew) {

    public Iteration {
        weights = List.copyOf(weights);
        samples = List.copyOf(samples);
        sumErrorX = nullable(sumErrorX);
        gradW = nullable(gradW);
        wNew = nullable(wNew);
    }

    private static List<Quantity> nullable(List<Quantity> list) {
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(list));
    }

    /**
     * Whether the gradient, as carried, is exactly zero: then the starting parameters are a
     * stationary point of the cost and gradient descent does not move them. Empty when the
     * gradient could not be derived.
     */
    public java.util.Optional<Boolean> stationary() {
        if (gradB == null || gradW.stream().anyMatch(Objects::isNull)) {
            return java.util.Optional.empty();
        }
        boolean zero = gradB.value().signum() == 0 && gradW.stream().allMatch(g -> g.value().signum() == 0);
        return java.util.Optional.of(zero);
    }
}
