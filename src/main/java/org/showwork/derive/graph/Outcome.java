package org.showwork.derive.graph;

import org.showwork.numeric.Num;

/**
 * What a rule gives for a quantity: its value before it is written down with its places, or an
 * infinite value (the loss of a probability rounded to 0 or 1 against its label, and everything
 * summed from it). A rule that cannot derive a quantity from its inputs gives no outcome (null).
 */
public record Outcome(Num value) {

    /** The outcome of an infinite quantity: it has no value. */
    public static final Outcome INFINITE = new Outcome(null);

    public static Outcome of(Num value) {
        return new Outcome(value);
    }

    public boolean infinite() {
        return value == null;
    }
}
