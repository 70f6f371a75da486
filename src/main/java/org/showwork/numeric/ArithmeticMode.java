package org.showwork.numeric;

import java.util.Locale;

/** The arithmetic a problem asks for, by the name used in problem files. */
public enum ArithmeticMode {
    EXACT, HAND;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Arithmetic arithmetic() {
        return this == EXACT ? new ExactArithmetic() : new HandArithmetic();
    }
}
