package org.showwork.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;

/**
 * One sample's row of an update, read off its {@link Iteration}: the sample's inputs, then z,
 * ŷ = σ(z), its loss, its error ŷ − y and the error times each feature. A quantity the givens do
 * not allow to be derived is null (with labels only, for instance, there is no z and no (ŷ − y)·x).
 *
 * @param i 1-based sample number
 * @param x the feature values, empty when the problem has labels only
 */
public record SampleStep(int i, List<Num> x, int y, Quantity z, Quantity p, Quantity loss, Quantity error,
        List<Quantity> errorX) {

    public SampleStep {
        x = List.copyOf(x);
        errorX = errorX == null ? null : Collections.unmodifiableList(new ArrayList<>(errorX));
    }
}
