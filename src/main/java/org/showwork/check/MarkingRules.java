package org.showwork.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The marking scheme's rules for fairness across a class and for how numbers may be written:
 * whether values that match another variant's key more closely than the student's own still earn
 * follow-through (by default they do not), whether a misconception repeated across samples costs
 * each time or once (by default each time, as every value is marked on its own), and whether a
 * fraction such as 1/8 or ½ is read by its value (by default it is).
 */
public record MarkingRules(OtherVariant otherVariant, Misconception misconception, boolean fractions) {

    public static MarkingRules defaults() {
        return new MarkingRules(OtherVariant.NO_FOLLOW_THROUGH, Misconception.EACH, true);
    }

    /** What values that match another variant's key (or its follow-through) earn. */
    public enum OtherVariant {
        NO_FOLLOW_THROUGH("no-follow-through"), FOLLOW_THROUGH("follow-through");

        private final String word;

        OtherVariant(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Optional<OtherVariant> of(String word) {
            return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
        }

        static List<String> words() {
            return Arrays.stream(values()).map(OtherVariant::word).toList();
        }
    }

    /** How often a misconception repeated across the samples of a step costs its points. */
    public enum Misconception {
        EACH("each"), ONCE("once");

        private final String word;

        Misconception(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        static Optional<Misconception> of(String word) {
            return Arrays.stream(values()).filter(v -> v.word.equals(word)).findFirst();
        }

        static List<String> words() {
            return Arrays.stream(values()).map(Misconception::word).toList();
        }
    }
}
