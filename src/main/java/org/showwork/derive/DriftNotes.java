package org.showwork.derive;

import org.showwork.quantity.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.showwork.quantity.QuantityKind;

/**
 * Compares a hand trace with the exact trace of the same problem and notes where carrying rounded
 * values changed what is shown: the cost of each step and the parameters after the last.
 */
final class DriftNotes {
    private DriftNotes() {}

    static List<Note> between(Trace hand, Trace exact) {
        List<Note> notes = new ArrayList<>();
        Iteration lastShown = hand.last();
        for (Iteration h : hand.iterations()) {
            boolean last = h == lastShown;
            h.forEach((id, q) -> {
                boolean watched = id.kind() == QuantityKind.COST
                        || last && (id.kind() == QuantityKind.W_NEW || id.kind() == QuantityKind.B_NEW);
                if (!watched || q.infinite() || q.given()) {
                    return;
                }
                exact.find(id).filter(Quantity::finite).ifPresent(x -> {
                    int places = hand.problem().decimals().of(id.kind());
                    BigDecimal exactShown = x.value().shown(places);
                    if (exactShown.compareTo(q.value().shown(places)) != 0) {
                        notes.add(new Note.Drift(id, q.value().shown(places), exactShown));
                    }
                });
            });
        }
        return notes;
    }
}
