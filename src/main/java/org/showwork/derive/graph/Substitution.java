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

    Expr weight(int j);

    Expr bias();

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
