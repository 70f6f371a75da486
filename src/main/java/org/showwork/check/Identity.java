package org.showwork.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who handed a submission in, as far as the class can tell, and whether its variant code agrees:
 * a code belongs to the student the class's index drew it for, and a header that names someone
 * else (by name or by id) is a swapped variant. Names are compared as people write them: in any
 * case, with or without accents, in any order of their words ("Chen, Wei" is "Wei Chen"), and a
 * name written short is its full form ("Amara" is "Amara Okafor").
 */
final class Identity {
    private Identity() {}

    /** The variant belongs to another student than the one the submission names; empty when they agree, or it names no one. */
    static Optional<Flag> swapped(Submission submission, ClassVariant variant) {
        Flag.Owner owner = variant.owner();
        String id = submission.studentId();
        String name = submission.named() ? submission.student() : "";
        boolean idDiffers = !id.isEmpty() && !owner.id().isEmpty() && !id.equalsIgnoreCase(owner.id());
        boolean nameDiffers = !name.isEmpty() && !owner.name().isEmpty() && !sameName(name, owner.name());
        if (!idDiffers && !nameDiffers) {
            return Optional.empty();
        }
        return Optional.of(new Flag.SwappedVariant(variant.code(), owner, new Flag.Owner(name, id)));
    }

    /**
     * A key that is the same for two submissions exactly when they are by the same student: a
     * submission that agrees with its variant's student (or names no one) is that student's; one
     * that names someone else is by the id it gives, else by the student of the class with the name
     * it gives, else by that name.
     */
    static String studentKey(Submission submission, ClassVariant variant, Targets targets) {
        if (swapped(submission, variant).isEmpty()) {
            return variant.owner().id().isEmpty() ? "variant:" + variant.code() : "id:" + lower(variant.owner().id());
        }
        if (!submission.studentId().isEmpty()) {
            return "id:" + lower(submission.studentId());
        }
        ClassVariant owned = targets.ownedBy(submission.student());
        return owned != null && !owned.owner().id().isEmpty() ? "id:" + lower(owned.owner().id())
                : "name:" + nameKey(submission.student());
    }

    /**
     * Whether two names can be the same person's: the words of one are among the other's, so that a
     * name written short ("Amara") is its full form's ("Amara Okafor").
     */
    static boolean sameName(String a, String b) {
        if (nameKey(a).isEmpty() || nameKey(b).isEmpty()) {
            return true; // a name of no letters or digits says nothing
        }
        List<String> one = List.of(nameKey(a).split(" "));
        List<String> other = List.of(nameKey(b).split(" "));
        return other.containsAll(one) || one.containsAll(other);
    }

    private static String lower(String id) {
        return id.strip().toLowerCase(Locale.ROOT);
    }

    /** A name's words, without accents, in lower case, sorted. */
    static String nameKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String[] words = plain.split("[^\\p{L}\\p{N}]+");
        return String.join(" ", Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().toList());
    }
}
