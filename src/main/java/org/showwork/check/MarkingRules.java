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

    /** A choice of a rule, by the word a marking scheme spells it with. */
    public interface Choice {
        String word();
    }

    /** What values that match another variant's key (or its follow-through) earn. */
    public enum OtherVariant implements Choice {
        NO_FOLLOW_THROUGH("no-follow-through"), FOLLOW_THROUGH("follow-through");

        private final String word;

        OtherVariant(String word) {
            this.word = word;
        }

        @Override public String word() {
            return word;
        }
    }

    /** How often a misconception repeated across the samples of a step costs its points. */
    public enum Misconception implements Choice {
        EACH("each"), ONCE("once");

        private final String word;

        Misconception(String word) {
            this.word = word;
        }

        @Override public String word() {
            return word;
        }
    }

    /** The choice of a rule spelled {@code word}, if it is one. */
    static <C extends Enum<C> & Choice> Optional<C> choice(Class<C> rule, String word) {
        return Arrays.stream(rule.getEnumConstants()).filter(c -> c.word().equals(word)).findFirst();
    }

    /** The words of a rule's choices. */
    static <C extends Enum<C> & Choice> List<String> words(Class<C> rule) {
        return Arrays.stream(rule.getEnumConstants()).map(Choice::word).toList();
    }
}
