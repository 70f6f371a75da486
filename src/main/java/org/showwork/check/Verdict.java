package org.showwork.check;

/**
 * The mark of one answer. The words are the JSON contract: {@code correct}; {@code rounding} (right
 * but for the last digit, e.g. truncated instead of rounded); {@code follow-through} (not the
 * expected value, but right from the student's own earlier values); {@code wrong}; {@code missing};
 * {@code unreadable} (text that is not a number).
 */
public enum Verdict {
    CORRECT("correct"), ROUNDING("rounding"), FOLLOW_THROUGH("follow-through"), WRONG("wrong"), MISSING("missing"),
    UNREADABLE("unreadable");

    private final String word;

    Verdict(String word) {
        this.word = word;
    }

    /** The word used in reports and JSON. */
    public String word() {
        return word;
    }

    /** Whether the answer stands as it is (correct, or correct from the student's own values). */
    public boolean accepted() {
        return this == CORRECT || this == FOLLOW_THROUGH;
    }
}
