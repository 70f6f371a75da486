package org.showwork.check;

import java.util.List;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * A misconception repeated across the samples of one step: the same mistake behind the same kind
 * of value in several samples ("the error taken as y − ŷ in all 5 samples").
 *
 * @param ids         the values it is behind, in sample order
 * @param of          how many values of that kind were marked in the step
 * @param countedOnce whether the marking scheme counts it once ({@code misconception: once})
 */
public record MisconceptionPattern(Mistake mistake, QuantityKind kind, int iteration, List<QuantityId> ids,
        int of, boolean countedOnce) {
    public MisconceptionPattern {
        ids = List.copyOf(ids);
    }

    /** "in all 5 samples", "in 3 of the 5 samples". */
    public String extent() {
        return ids.size() == of ? "in all " + of + " samples" : "in " + ids.size() + " of the " + of + " samples";
    }
}
