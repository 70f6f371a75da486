package org.showwork.check;

import org.showwork.quantity.QuantityId;

/**
 * What marking a submission as part of a class adds to a checker's mark: the value matches another
 * variant (its key, or that variant's follow-through from the student's own values), or it repeats
 * a misconception already made in an earlier sample of the same step.
 */
public sealed interface Remark {

    /**
     * The value belongs to another variant.
     *
     * @param variant the code of the variant it matches
     * @param asOwn   the verdict it had against the student's own variant
     * @param direct  true when the value itself matches the other variant; false when it is follow-through
     *                built on values that do
     * @param denied  true when the marking scheme took its follow-through away
     */
    record OtherVariant(String variant, Verdict asOwn, boolean direct, boolean denied) implements Remark {}

    /**
     * The value repeats a misconception.
     *
     * @param first        where the misconception was first made
     * @param countedOnce  true when the marking scheme counts it once, so that this value costs nothing more
     */
    record Repeated(Mistake mistake, QuantityId first, boolean countedOnce) implements Remark {}
}
