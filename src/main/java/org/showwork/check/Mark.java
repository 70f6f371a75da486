package org.showwork.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;

/**
 * The mark of one asked quantity: what the student wrote (and on which line), the expected value
 * from the trace, the value recomputed from the student's own earlier numbers (when it could be),
 * the verdict, a diagnosis for a {@code rounding} or {@code wrong} value when one fits, the
 * earlier values of the student's that differ from ours, and the points.
 *
 * @param written    what was written; a {@link Written.Blank} when nothing was
 * @param line       the line of the answer in its file, 0 when there is none
 * @param expected   the quantity as the trace has it
 * @param shown      the expected value at its shown places; null when it is infinite
 * @param recomputed the quantity computed from the student's own values; null when they do not allow it
 * @param differing  the inputs whose values (the student's, or derived from theirs) differ from ours
 * @param remarks    what marking the class added to the checker's judgement (a value of another
 *                   variant's, a misconception repeated across samples); empty for most marks
 */
public record Mark(QuantityId id, Written written, int line, Quantity expected, BigDecimal shown, Quantity recomputed,
        Verdict verdict, Diagnosis diagnosis, List<Input> differing, BigDecimal points, BigDecimal maxPoints,
        List<Remark> remarks) {

    public Mark {
        differing = List.copyOf(differing);
        remarks = List.copyOf(remarks);
    }

    /** The checker's mark, before any remark. */
    public Mark(QuantityId id, Written written, int line, Quantity expected, BigDecimal shown, Quantity recomputed,
            Verdict verdict, Diagnosis diagnosis, List<Input> differing, BigDecimal points, BigDecimal maxPoints) {
        this(id, written, line, expected, shown, recomputed, verdict, diagnosis, differing, points, maxPoints, List.of());
    }

    /** The same mark with another verdict, diagnosis and points. */
    public Mark judged(Verdict other, Diagnosis why, BigDecimal earned) {
        return new Mark(id, written, line, expected, shown, recomputed, other, why, differing, earned, maxPoints, remarks);
    }

    /** The same mark with one remark more. */
    public Mark remarked(Remark remark) {
        List<Remark> more = new ArrayList<>(remarks);
        more.add(remark);
        return new Mark(id, written, line, expected, shown, recomputed, verdict, diagnosis, differing, points, maxPoints, more);
    }

    /** The first remark of a kind, if the mark has one. */
    public <R extends Remark> Optional<R> remark(Class<R> kind) {
        return remarks.stream().filter(kind::isInstance).map(kind::cast).findFirst();
    }

    /**
     * A value a quantity was computed from, as the student has it: written by them, or derived from
     * what they wrote.
     */
    public record Input(QuantityId id, Quantity value, boolean written) {}
}
