package org.showwork.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each submission is checked against: one problem, or — for a class made by {@code showwork
 * generate} — the variant the submission says it is for (the code in a worksheet's header, a
 * {@code variant} row or key), or the one the teacher forces for all of them.
 */
public final class Targets {

    /** A submission whose variant cannot be told, and why. */
    public static final class UnknownVariant extends Exception {
        UnknownVariant(String message) {
            super(message);
        }
    }

    private final CheckTarget single;
    private final Map<String, ClassVariant> byCode;
    private final String forced;
    private final String index;
    private final Map<String, ClassVariant> byName = new HashMap<>();

    private Targets(CheckTarget single, Map<String, ClassVariant> byCode, String forced, String index) {
        this.single = single;
        this.byCode = byCode;
        this.forced = forced;
        this.index = index;
        for (ClassVariant v : byCode.values()) {
            if (!v.owner().name().isEmpty()) {
                byName.putIfAbsent(Identity.nameKey(v.owner().name()), v);
            }
        }
    }

    public static Targets single(CheckTarget target) {
        return new Targets(target, Map.of(), null, "");
    }

    /**
     * @param variants the class's variants, in the index's order (at least one)
     * @param forced   the code every submission is marked as, or null
     * @param index    the class's index file, for messages
     */
    public static Targets ofClass(List<ClassVariant> variants, String forced, String index) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("a class has variants");
        }
        Map<String, ClassVariant> byCode = new LinkedHashMap<>();
        for (ClassVariant v : variants) {
            byCode.putIfAbsent(normal(v.code()), v);
        }
        return new Targets(null, byCode, forced, index);
    }

    public boolean isClass() {
        return single == null;
    }

    /** Whether every submission is marked as one variant, whatever it says. */
    public boolean forced() {
        return forced != null;
    }

    /** The class's variants, in the index's order; none for one problem. */
    public List<ClassVariant> variants() {
        return List.copyOf(byCode.values());
    }

    /** How many variants the class has; 0 for one problem. */
    public int variantCount() {
        return byCode.size();
    }

    /** The problem, or the class's first variant: what a class summary's list of asked quantities comes from. */
    public CheckTarget first() {
        return single != null ? single : byCode.values().iterator().next().target();
    }

    /** The target of a submission. */
    public CheckTarget of(Submission submission) throws UnknownVariant {
        return single != null ? single : variant(submission).target();
    }

    /** The variant a submission is for (null for one problem). */
    public ClassVariant variant(Submission submission) throws UnknownVariant {
        if (single != null) {
            return null;
        }
        String code = forced != null ? forced : submission.variant();
        if (code.isBlank()) {
            throw new UnknownVariant(submission.source() + ": names no variant of the class (a worksheet made by "
                    + "showwork generate has **Variant:** under its title; a CSV a row variant,CODE; YAML variant: CODE); "
                    + "give it with --variant CODE");
        }
        ClassVariant v = byCode.get(normal(code));
        if (v == null) {
            throw new UnknownVariant(submission.source() + ": is for variant " + code.strip() + ", which " + index
                    + " does not list");
        }
        return v;
    }

    /**
     * The submission as the class knows it: a submission that does not name its student is the
     * student the index gives its variant to.
     */
    public Submission named(Submission submission) throws UnknownVariant {
        if (single != null) {
            return submission;
        }
        ClassVariant v = variant(submission);
        if (submission.named() || v.owner().name().isEmpty()) {
            return submission;
        }
        return submission.withStudent(v.owner().name());
    }

    /** The variant whose student has this name, if one has. */
    ClassVariant ownedBy(String name) {
        return byName.get(Identity.nameKey(name));
    }

    /** A code as students copy it: any case, spaces around it ignored. */
    private static String normal(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
