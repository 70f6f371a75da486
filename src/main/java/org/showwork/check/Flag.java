package org.showwork.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.showwork.quantity.QuantityId;

/**
 * Something about a submission in a class that a teacher should look at, with its evidence: values
 * that match another variant's answer key more closely than the student's own, a variant code that
 * belongs to another student than the one the header names, a variant code handed in by more than
 * one student. {@link #code()} is the word of the gradebook's {@code flags} column and of JSON.
 */
public sealed interface Flag {

    String code();

    /** The flag as one plain sentence, for the class summary and standard error ({@code d}: the problem's features, for ids). */
    String sentence(int d);

    /** A student of the class, as the class's index names them (either part may be empty). */
    record Owner(String name, String id) {
        /** "Bruno Silva (s1002)", "Bruno Silva", "s1002", or "nobody named". */
        public String phrase() {
            if (name.isEmpty()) {
                return id.isEmpty() ? "nobody named" : id;
            }
            return id.isEmpty() ? name : name + " (" + id + ")";
        }
    }

    /**
     * One value of the evidence: the student wrote {@code written}, which is {@code theirs} for the
     * other variant (its key's value, or its follow-through from the student's own values when
     * {@code fromKey} is false) where the student's own variant has {@code ours}.
     */
    record Evidence(QuantityId id, String written, BigDecimal theirs, boolean fromKey, BigDecimal ours) {}

    /**
     * Values that match another variant more closely than the student's own.
     *
     * @param values   how many of the marked values do
     * @param marked   how many values were marked
     * @param ids      the values that do, in the order of the derivation
     * @param examples the first few, with their numbers
     */
    record OtherVariant(String variant, Owner owner, String ownVariant, int values, int marked, List<QuantityId> ids,
            List<Evidence> examples) implements Flag {
        public OtherVariant {
            ids = List.copyOf(ids);
            examples = List.copyOf(examples);
        }

        @Override public String code() { return "other-variant"; }

        @Override public String sentence(int d) {
            return values + " of " + marked + " values match variant " + variant + ", drawn for " + owner.phrase()
                    + ", more closely than the submission's own variant " + ownVariant + ", e.g. " + examples.stream()
                    .map(e -> e.id().toString(d) + " = " + e.written() + " (" + variant + ": " + plain(e.theirs()) + "; "
                            + ownVariant + ": " + plain(e.ours()) + ")").collect(Collectors.joining(", ")) + ".";
        }
    }

    /** A variant code that belongs to another student than the one the header names. */
    record SwappedVariant(String variant, Owner owner, Owner header) implements Flag {
        @Override public String code() { return "swapped-variant"; }

        @Override public String sentence(int d) {
            return "variant " + variant + " belongs to " + owner.phrase() + ", but the submission names "
                    + header.phrase() + ".";
        }
    }

    /** A variant code that other students handed in as well. */
    record SharedCode(String variant, List<HandIn> others) implements Flag {
        public SharedCode {
            others = List.copyOf(others);
        }

        @Override public String code() { return "shared-code"; }

        @Override public String sentence(int d) {
            return "variant " + variant + " was handed in by " + (others.size() == 1 ? "another student"
                    : others.size() + " other students") + " as well: " + others.stream().map(h -> h.student() + " (" + h.source() + ")")
                    .collect(Collectors.joining(", ")) + ".";
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "∞" : value.toPlainString();
    }

    /** Who handed in which file. */
    record HandIn(String student, String source) {}
}
