package org.showwork.derive;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;

/**
 * The quantities a worksheet leaves blank for a selection, in the order of the derivation: the
 * worksheet view writes a blank for each, and the checker asks exactly these. Only derived values
 * count (not those the problem gives); the boundary is asked before the first update and after the
 * last, as the worksheet shows it; an infinite cost is stated, not asked.
 */
public final class Blanks {
    private Blanks() {}

    public static Set<QuantityId> of(Trace trace, Predicate<QuantityId> selection) {
        Set<QuantityId> ids = new LinkedHashSet<>();
        int first = trace.first().number();
        int last = trace.last().number();
        trace.forEachQuantity((id, q) -> {
            if (!q.given() && selection.test(id) && shown(id, q, first, last)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static boolean shown(QuantityId id, Quantity q, int first, int last) {
        return switch (id.kind()) {
            case BOUNDARY -> id.iteration() == first;
            case BOUNDARY_NEW -> id.iteration() == last;
            case COST -> q.finite();
            default -> true;
        };
    }
}
