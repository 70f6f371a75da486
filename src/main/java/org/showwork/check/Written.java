package org.showwork.check;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a student wrote for one quantity, once read: a number (with the places as written, so that
 * 0.90 keeps two, and the spellings it was read through, such as a fraction or full-width digits),
 * an infinite value (a loss of a probability rounded to 0 or 1), nothing (an empty cell or a blank
 * left as it was), or text that is not a number, kept as written for the report (with the reason,
 * when it is a number this marking does not accept).
 */
public sealed interface Written {

    /** The text as the student wrote it, trimmed; empty for a blank. */
    String text();

    /**
     * A number. A fraction carries its value to {@link NumberReading#FRACTION_PLACES} places, so that
     * no rounding of the student's is read into it.
     */
    record Value(String text, BigDecimal value, Set<NumberSpelling> spellings) implements Written {
        public Value {
            spellings = spellings.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(spellings));
        }

        public Value(String text, BigDecimal value) {
            this(text, value, Set.of());
        }

        /** Whether it was read through a fraction. */
        public boolean fraction() {
            return spellings.stream().anyMatch(NumberSpelling::fraction);
        }

        /** How the text was read, in words ("a fraction, read by its value"); empty when it was written plainly. */
        public String reading() {
            return spellings.stream().sorted().map(NumberSpelling::note).collect(Collectors.joining("; "));
        }

        /** The value as a person reads it: a fraction's without its trailing zeros. */
        public BigDecimal plain() {
            if (!fraction()) {
                return value;
            }
            BigDecimal stripped = value.stripTrailingZeros();
            return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
        }
    }

    record Infinite(String text, boolean negative) implements Written {}

    record Blank(String text) implements Written {}

    /** Text that is not a number; {@code reason} says why when it is one this marking refuses, else it is empty. */
    record Unreadable(String text, String reason) implements Written {
        public Unreadable(String text) {
            this(text, "");
        }
    }
}
