package org.showwork.examples;

import java.util.List;

/**
 * A short line diff for golden-test failures: the first hunk where two texts differ, with a few
 * lines of context, in the unified style ("-" expected, "+" actual). Empty when the texts agree.
 */
final class Difference {
    private Difference() {}

    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 40;

    static String of(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        if (start == a.size() && start == b.size()) {
            return "(the texts differ only in line endings or a final newline)";
        }
        StringBuilder s = new StringBuilder();
        s.append("@@ line ").append(start + 1).append(" @@\n");
        for (int k = Math.max(0, start - CONTEXT); k < start; k++) {
            s.append("  ").append(a.get(k)).append('\n');
        }
        int shown = 0;
        for (int k = start; k < endA && shown < MAX_LINES; k++, shown++) {
            s.append("- ").append(a.get(k)).append('\n');
        }
        for (int k = start; k < endB && shown < 2 * MAX_LINES; k++, shown++) {
            s.append("+ ").append(b.get(k)).append('\n');
        }
        for (int k = endA; k < Math.min(a.size(), endA + CONTEXT); k++) {
            s.append("  ").append(a.get(k)).append('\n');
        }
        return s.toString();
    }
}
