package org.showwork.derive;

/**
 * A value of the derivation left the range of doubles (the inputs were finite, but, say,
 * 1e200·1e200 is not). It is the problem's numbers that cannot be worked, so the message is for
 * the user: which quantity, and what to do.
 */
public final class ArithmeticOverflow extends RuntimeException {

    public ArithmeticOverflow(String quantity, double value) {
        super(quantity + " comes out as " + (Double.isNaN(value) ? "not a number" : "infinite")
                + " in double precision: the problem's numbers are too large to work with; scale the features "
                + "or the parameters down, or lower the learning rate");
    }
}
