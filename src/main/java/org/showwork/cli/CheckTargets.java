package org.showwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.showwork.check.Checker;
import org.showwork.check.MarkingScheme;
import org.showwork.check.Submission;
import org.showwork.check.SubmissionReader;
import org.showwork.derive.Trace;
import org.showwork.exercise.ClassIndex;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;

/**
 * What each submission is checked against: the one problem named, or — when a class made by
 * {@code showwork generate} is named instead — the variant the submission says it is for (the code
 * in a worksheet's header, a {@code variant} row or key), or the one {@code --variant} names. Each
 * variant's problem is read and traced once, when a submission first asks for it.
 */
final class CheckTargets {

    /** A problem ready to check against: its trace, the marking for it, the checker. */
    record Target(Trace trace, MarkingScheme scheme, Checker checker) {}

    /** Makes the target of a problem (the command's marking scheme, its asked quantities, the checker). */
    interface Targets {
        Target of(Problem problem) throws Exception;
    }

    /** A submission whose variant cannot be told, and why. */
    static final class UnknownVariant extends Exception {
        UnknownVariant(String message) {
            super(message);
        }
    }

    private final ClassIndex index;
    private final Target single;
    private final String forced;
    private final Targets targets;
    private final Map<String, Target> byCode = new HashMap<>();

    private CheckTargets(ClassIndex index, Target single, String forced, Targets targets) {
        this.index = index;
        this.single = single;
        this.forced = forced;
        this.targets = targets;
    }

    /**
     * @param problemOrClass a problem file, or a class's folder (it holds {@code index.csv})
     * @param variant        {@code --variant}: the code every submission is marked as, or null
     */
    static CheckTargets of(Path problemOrClass, String variant, Targets targets) throws Exception {
        if (Files.isDirectory(problemOrClass)) {
            if (!ClassIndex.isClass(problemOrClass)) {
                throw new UserException(problemOrClass + ": is a folder but not a class made by showwork generate (it "
                        + "has no index.csv); name a problem file, or a class's folder");
            }
            ClassIndex index = ClassIndex.read(problemOrClass);
            if (index.entries().isEmpty()) {
                throw new UserException(problemOrClass.resolve("index.csv") + ": lists no variants");
            }
            if (variant != null && index.byCode(variant).isEmpty()) {
                throw new UserException("--variant " + variant + ": " + problemOrClass.resolve("index.csv")
                        + " has no variant of that code");
            }
            return new CheckTargets(index, null, variant, targets);
        }
        if (variant != null) {
            throw new UserException("--variant picks a variant of a class made by showwork generate: name the class's "
                    + "folder instead of " + problemOrClass);
        }
        return new CheckTargets(null, targets.of(ProblemReader.read(problemOrClass)), null, targets);
    }

    boolean isClass() {
        return index != null;
    }

    /** The problem, or the class's first variant: what a class summary's list of asked quantities comes from. */
    Target first() throws Exception {
        return single != null ? single : variant(index.entries().get(0));
    }

    /** The target of a submission. */
    Target of(Submission submission) throws Exception {
        if (single != null) {
            return single;
        }
        return variant(entry(submission));
    }

    /**
     * The submission as the class knows it: a submission that does not name its student is the
     * student the index gives its variant to.
     */
    Submission named(Submission submission) throws UnknownVariant {
        if (single != null) {
            return submission;
        }
        ClassIndex.Entry entry = entry(submission);
        boolean unnamed = submission.student().equals(SubmissionReader.stem(submission.source()));
        if (!unnamed || entry.name().isEmpty()) {
            return submission;
        }
        return new Submission(submission.source(), entry.name(), submission.title(), submission.answers(),
                submission.notes(), submission.variant());
    }

    private ClassIndex.Entry entry(Submission submission) throws UnknownVariant {
        String code = forced != null ? forced : submission.variant();
        if (code.isBlank()) {
            throw new UnknownVariant(submission.source() + ": names no variant of the class (a worksheet made by "
                    + "showwork generate has **Variant:** under its title; a CSV a row variant,CODE; YAML variant: CODE); "
                    + "give it with --variant CODE");
        }
        return index.byCode(code).orElseThrow(() -> new UnknownVariant(submission.source() + ": is for variant "
                + code.strip() + ", which " + index.folder().resolve("index.csv") + " does not list"));
    }

    private Target variant(ClassIndex.Entry entry) throws Exception {
        Target target = byCode.get(entry.code());
        if (target == null) {
            target = targets.of(ProblemReader.read(index.problem(entry)));
            byCode.put(entry.code(), target);
        }
        return target;
    }
}
