package org.showwork.render.lms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;

/**
 * A worksheet's blank as an answer field: the value the worksheet shows, to its places, and where
 * the unrounded value lies. Full marks go to a number within half a unit of the last shown place
 * (one that rounds to the shown value, the checker's default tolerance); a rounding slip lies
 * within one unit of the unrounded value.
 *
 * @param label    the quantity's id as the worksheet labels it ({@code p[4]}, {@code t2:cost})
 * @param infinite a loss of a probability rounded to 0 or 1, which has no number
 */
public record Blank(String label, BigDecimal shown, int places, BigDecimal unrounded, boolean infinite) {

    /** Every blank of a question, by its label, in the trace's order. */
    public static Map<String, Blank> of(QuizQuestion question) {
        Trace trace = question.trace();
        int d = trace.problem().featureCount();
        Map<String, Blank> blanks = new LinkedHashMap<>();
        trace.forEachQuantity((id, q) -> {
            if (!q.given() && question.blank().test(id)) {
                String label = id.toString(d);
                blanks.put(label, of(label, q, trace.problem().decimals().of(id.kind())));
            }
        });
        return blanks;
    }

    static Blank of(String label, Quantity q, int places) {
        if (q.infinite()) {
            return new Blank(label, null, places, null, true);
        }
        // three more places than shown say where the unrounded value lies well enough for a band one unit wide
        BigDecimal unrounded = q.unrounded().toBigDecimal().setScale(places + 3, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new Blank(label, q.value().shown(places), places, unrounded, false);
    }

    /** Half a unit of the last shown place: the tolerance of full marks. */
    public BigDecimal half() {
        return BigDecimal.valueOf(5, places + 1);
    }

    /** One unit of the last shown place: the width of the rounding-slip band either side. */
    public BigDecimal unit() {
        return BigDecimal.ONE.movePointLeft(places);
    }
}
