package org.showwork.check;

import java.math.BigDecimal;

/**
 * What a student wrote for one quantity, once read: a number (with the places as written, so that
 * 0.90 keeps two), an infinite value (a loss of a probability rounded to 0 or 1), nothing (an empty
 * cell or a blank left as it was), or text that is not a number, kept as written for the report.
 */
public sealed interface Written {

    /** The text as the student wrote it, trimmed; empty for a blank. */
    String text();

    record Value(String text, BigDecimal value) implements Written {}

    record Infinite(String text, boolean negative) implements Written {}

    record Blank(String text) implements Written {}

    record Unreadable(String text) implements Written {}
}
