package org.showwork.numeric;

/**
 * A computation left the range of doubles (1e200·1e200, a sum of four 1.7e308s, −b/w with w =
 * 1e-320). Thrown where the number is made; whoever knows which quantity it was (the tracer)
 * turns it into a message for the user.
 */
public final class NumericOverflow extends ArithmeticException {

    public NumericOverflow(double value) {
        super("a quantity's value must be finite, got " + value);
    }
}
