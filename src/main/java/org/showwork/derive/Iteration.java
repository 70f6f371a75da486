package org.showwork.derive;

import java.util.List;
import java.util.Objects;
import org.showwork.numeric.Num;

/**
 * One gradient-descent update: the parameters it starts from, the row of every sample in its batch, the
 * sums and averages that make the cost and the gradients, and the updated parameters. Per-feature
 * lists are empty when the problem has no features; a quantity that cannot be derived is null.
 *
 * @param number    1-based update number (ids of update t carry the prefix {@code tN:} from t = 2)
 * @param epoch     1-based pass over the data this update belongs to (equal to the number in full-batch descent)
 * @param batch     the 1-based numbers of the samples this update sees, in the order visited; m = its size
 * @param boundary    the decision boundary x = −b/w of the starting parameters (one feature only)
 * @param boundaryNew the same for the updated parameters
 */
public record Iteration(int number, int epoch, List<Integer> batch, List<Num> weights, Num bias, List<SampleStep> samples,
        Quantity sumLoss, Quantity sumError, List<Quantity> sumErrorX, Quantity cost,
        List<Quantity> gradW, Quantity gradB, List<Quantity> wNew, Quantity bNew,
        Quantity boundary, Quantity boundaryNew) {

    public Iteration {
        batch = List.copyOf(batch);
        weights = List.copyOf(weights);
        samples = List.copyOf(samples);
        sumErrorX = copyKeepingNulls(sumErrorX);
        gradW = copyKeepingNulls(gradW);
        wNew = copyKeepingNulls(wNew);
    }

    /** An unmodifiable copy that, unlike List.copyOf, keeps the nulls of quantities that cannot be derived. */
    private static List<Quantity> copyKeepingNulls(List<Quantity> list) {
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
