package org.showwork.check;

/**
 * A way of writing a number that is read, but not as plainly as {@code -0.125}: each is noted beside
 * the value it gave, so that a report can say how a student's text was read. {@link #code()} is what
 * JSON reports carry; {@link #note()} is the phrase for people.
 */
public enum NumberSpelling {
    ZERO_WIDTH("zero-width", "an invisible zero-width character left out"),
    NON_BREAKING_SPACE("non-breaking-space", "a non-breaking space read as an ordinary one"),
    FULL_WIDTH("full-width", "full-width characters read as ordinary digits and signs"),
    EM_DASH("em-dash", "the dash — read as a minus sign"),
    PARENTHESES("parentheses", "the parentheses around the number left out"),
    FRACTION("fraction", "a fraction, read by its value"),
    VULGAR_FRACTION("vulgar-fraction", "a fraction character such as ½, read by its value");

    private final String code;
    private final String note;

    NumberSpelling(String code, String note) {
        this.code = code;
        this.note = note;
    }

    public String code() {
        return code;
    }

    public String note() {
        return note;
    }

    /** Whether this spelling is a fraction, which a marking scheme may refuse ({@code fractions: no}). */
    public boolean fraction() {
        return this == FRACTION || this == VULGAR_FRACTION;
    }
}
