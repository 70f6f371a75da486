package org.showwork.quantity;

import org.showwork.numeric.Num;

/**
 * One number of the derivation as it stands in the trace: the value carried forward (rounded in
 * hand arithmetic), the value before that rounding, and whether the problem gave it rather than
 * the derivation computing it. A log-loss of a probability rounded to exactly 0 or 1 against its
 * label is infinite: such a quantity has no value, and everything summed from it is infinite too.
 */
public record Quantity(Num value, Num unrounded, boolean given, boolean infinite) {

    public Quantity {
        if (infinite != (value == null)) {
            throw new IllegalArgumentException("exactly the infinite quantities have no value");
        }
    }

    public static Quantity computed(Num value, Num unrounded) {
        return new Quantity(value, unrounded, false, false);
    }

    public static Quantity ofGiven(Num value) {
        return new Quantity(value, value, true, false);
    }

    public static Quantity ofInfinite() {
        return new Quantity(null, null, false, true);
    }

    public boolean finite() {
        return !infinite;
    }
}
