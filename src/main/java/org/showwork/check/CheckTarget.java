package org.showwork.check;

import org.showwork.derive.Trace;
import org.showwork.quantity.QuantityId;

/** A problem ready to mark against: its trace, the marking scheme for it, and the checker of both. */
public record CheckTarget(Trace trace, MarkingScheme scheme, Checker checker) {

    public static CheckTarget of(Trace trace, MarkingScheme scheme) {
        return new CheckTarget(trace, scheme, new Checker(trace, scheme));
    }

    /** The places a quantity of this kind is shown with in this problem. */
    int places(QuantityId id) {
        return trace.problem().decimals().of(id.kind());
    }
}
