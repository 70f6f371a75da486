package org.showwork.numeric;

/** The arithmetic a problem asks for, by the name used in problem files. */
public enum ArithmeticMode {
    EXACT, HAND;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The mode by its name in problem files and traces: exact or hand. */
    public static ArithmeticMode named(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    public Arithmetic arithmetic() {
        return this == EXACT ? new ExactArithmetic() : new HandArithmetic();
    }
}
