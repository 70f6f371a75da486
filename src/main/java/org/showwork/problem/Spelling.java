package org.showwork.problem;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Suggests the known word nearest a misspelt one, as "did you mean …?" does, for every file users write by hand. */
public final class Spelling {
    private Spelling() {}

    public static Optional<String> nearest(String word, List<String> known) {
        return known.stream()
                .min(Comparator.comparingInt(k -> distance(word, k)))
                .filter(k -> distance(word, k) <= Math.max(2, k.length() / 3));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
