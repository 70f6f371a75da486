package org.showwork.derive.graph;

import java.util.List;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;

/**
 * What a rule reads when it evaluates a quantity of one update: the quantities before it (the
 * tracer's own, or a student's), the samples, the parameters the update starts from, the learning
 * rate, the penalty and the batch. The tracer and the checker each supply their own; a mistake of
 * the checker's catalogue is often the same rule on inputs changed in one respect.
 */
public interface Inputs {

    Arithmetic arithmetic();

    /** The quantity with this id; null when there is none. */
    Quantity quantity(QuantityId id);

    /** The finite value of a quantity; null when it is absent or infinite. */
    default Num value(QuantityId id) {
        Quantity q = quantity(id);
        return q == null || q.infinite() ? null : q.value();
    }

    /** Feature j (1-based) of sample i (1-based); null when the problem gives no features. */
    Num feature(int i, int j);

    int label(int i);

    /** Weight j (1-based) the update starts from; null when it cannot be known. */
    default Num weight(int j) {
        return weight(0, j);
    }

    /** The bias the update starts from; null when it cannot be known. */
    default Num bias() {
        return bias(0);
    }

    /** Weight j of class k (1-based; 0 in the binary model) the update starts from; null when it cannot be known. */
    Num weight(int k, int j);

    /** The bias of class k (1-based; 0 in the binary model) the update starts from; null when it cannot be known. */
    Num bias(int k);

    /** The number of classes K of a softmax model; 0 for the binary model. */
    default int classes() {
        return 0;
    }

    /** Whether sample i's label is class k (1-based; labels are 0 … K − 1): the one-hot y_{ik}. */
    default boolean labelled(int i, int k) {
        return label(i) == k - 1;
    }

    Num learningRate();

    /** λ of the L2 penalty; zero without one. */
    Num lambda();

    /** The samples of the update's batch, in the order visited. */
    List<Integer> batch();

    /** The number of features the derivation can use: 0 when the problem gives none. */
    int features();

    /** m, the batch's size, as a number of the arithmetic. */
    default Num m() {
        return arithmetic().integer(batch().size());
    }
}
