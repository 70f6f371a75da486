package org.showwork.check;

import java.util.Set;

/**
 * Characters that make a number look right on screen but are not the ones a number is read from:
 * zero-width characters (left out), non-breaking spaces (read as spaces) and the full-width digits,
 * signs and separators of East Asian input methods (read as their ordinary forms). Each kind found
 * is noted, so that the report can say how the number was read.
 */
final class UnusualCharacters {
    private UnusualCharacters() {}

    /** Zero-width space, non-joiner, joiner, word joiner, byte-order mark, soft hyphen. */
    private static final String ZERO_WIDTH = "\u200B\u200C\u200D\u2060\uFEFF\u00AD";
    /** No-break space, narrow no-break space, figure space. */
    private static final String NON_BREAKING = "\u00A0\u202F\u2007";
    /** Full-width digits and letters sit at U+FF10…U+FF5E, their ordinary forms 0xFEE0 below. */
    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    /** {@code text} with those characters replaced, each kind found added to {@code found}. */
    static String replace(String text, Set<NumberSpelling> found) {
        StringBuilder s = null;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            String instead = instead(c, found);
            if (instead != null && s == null) {
                s = new StringBuilder(text.length()).append(text, 0, k);
            }
            if (s != null) {
                s.append(instead != null ? instead : String.valueOf(c));
            }
        }
        return s == null ? text : s.toString();
    }

    /** What stands for {@code c}; null when it is an ordinary character. */
    private static String instead(char c, Set<NumberSpelling> found) {
        if (ZERO_WIDTH.indexOf(c) >= 0) {
            found.add(NumberSpelling.ZERO_WIDTH);
            return "";
        }
        if (NON_BREAKING.indexOf(c) >= 0) {
            found.add(NumberSpelling.NON_BREAKING_SPACE);
            return " ";
        }
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            found.add(NumberSpelling.FULL_WIDTH);
            return String.valueOf((char) (c - FULL_WIDTH_OFFSET));
        }
        if (c == IDEOGRAPHIC_SPACE) {
            found.add(NumberSpelling.FULL_WIDTH);
            return " ";
        }
        return null;
    }
}
