package org.showwork.numeric;

/** The arithmetic a problem asks for, by the name used in problem files. */
public enum ArithmeticMode {
    EXACT, HAND;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public Arithmetic arithmetic() {
        return this == EXACT ? new ExactArithmetic() : new HandArithmetic();
    }
}
