package org.showwork.check;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who handed a submission in, as far as the class can tell, and whether its variant code agrees:
 * a code belongs to the student the class's index drew it for, and a header that names someone
 * else (by name or by id) is a swapped variant. Names are compared as people write them: in any
 * case, with or without accents, in any order of their words ("Chen, Wei" is "Wei Chen").
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
     * A key that is the same for two submissions exactly when they are by the same student: the id
     * they give; else the id of the student of the class with the name they give; else that name;
     * else (they name no one) the student their variant was drawn for.
     */
    static String studentKey(Submission submission, ClassVariant variant, Targets targets) {
        if (!submission.studentId().isEmpty()) {
            return "id:" + submission.studentId().strip().toLowerCase(Locale.ROOT);
        }
        if (submission.named()) {
            ClassVariant owned = targets.ownedBy(submission.student());
            return owned != null && !owned.owner().id().isEmpty()
                    ? "id:" + owned.owner().id().toLowerCase(Locale.ROOT) : "name:" + nameKey(submission.student());
        }
        return variant.owner().id().isEmpty() ? "variant:" + variant.code() : "id:" + variant.owner().id().toLowerCase(Locale.ROOT);
    }

    static boolean sameName(String a, String b) {
        return nameKey(a).equals(nameKey(b));
    }

    /** A name's words, without accents, in lower case, sorted. */
    static String nameKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String[] words = plain.split("[^\\p{L}\\p{N}]+");
        return String.join(" ", Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().toList());
    }
}
