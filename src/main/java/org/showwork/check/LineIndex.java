package org.showwork.check;

import java.util.Arrays;

/**
 * The line of a character offset in a text, found by binary search in the offsets where lines
 * start. flexmark's own lookup ({@code Node.getStartLineNumber}) counts the lines from the start of
 * the document each time it is asked, which made reading a worksheet quadratic in its answers.
 */
final class LineIndex {

    private final int[] starts;

    LineIndex(String text) {
        int count = 1;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int line = 1;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                starts[line++] = k + 1;
            }
        }
    }

    /** The 1-based line holding the character at {@code offset}. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
