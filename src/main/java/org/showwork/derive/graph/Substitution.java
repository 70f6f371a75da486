package org.showwork.derive.graph;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.quantity.QuantityId;

/**
 * The numbers a document puts into a rule's formula for one update: each quantity as it is shown
 * (or its symbol, when a worksheet leaves it blank), the samples, and the parameters the update
 * starts from as the reader last saw them.
 */
public interface Substitution {

    /** A quantity as a later formula shows it: its shown value, ∞, or its symbol when it is a blank. */
    Expr quantity(QuantityId id);

    Expr feature(int i, int j);

    int label(int i);

    default Expr weight(int j) {
        return weight(0, j);
    }

    default Expr bias() {
        return bias(0);
    }

    /** Weight j of class k (0 in the binary model) as the reader last saw it. */
    Expr weight(int k, int j);

    /** The bias of class k (0 in the binary model) as the reader last saw it. */
    Expr bias(int k);

    /** The number of classes K of a softmax model; 0 for the binary model. */
    default int classes() {
        return 0;
    }

    BigDecimal learningRate();

    BigDecimal lambda();

    /** The samples of the update's batch, in the order visited. */
    List<Integer> batch();

    /** The batch's size m. */
    default int m() {
        return batch().size();
    }

    /** The number of features, d. */
    int features();
}
