package org.showwork.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Marks submissions — one, or a whole class — against their targets, the way {@code showwork check}
 * does: each is read, matched to its problem or variant and checked; within a class of variants its
 * header is compared with the class's index (a variant code of another student's, a code handed in
 * by two students), its values with every other variant's (another variant's key, copied), and the
 * marking scheme's rules for those and for misconceptions repeated across samples are applied.
 * A class is marked one submission at a time, each report handed to the caller as soon as it is
 * made and then forgotten, so that memory holds only the summary; the codes handed in are read in a
 * first pass, so that a code handed in twice is flagged on both.
 */
public final class ClassMarking {

    /** Writes one submission's report, as soon as it is marked. */
    public interface Reports {
        void write(CheckResult result, CheckTarget target) throws Exception;
    }

    /** Hears how many submissions are marked so far. */
    public interface Progress {
        void done(int submissions);
    }

    /** A submission marked, with what it was marked against. */
    public record Marked(CheckResult result, CheckTarget target) {}

    private final Targets targets;
    private OtherVariants others;

    public ClassMarking(Targets targets) {
        this.targets = targets;
    }

    /** Marks one submission; a file that cannot be read, or whose variant cannot be told, is the caller's error. */
    public Marked one(Path file) throws SubmissionException, Targets.UnknownVariant {
        Submission submission = targets.named(SubmissionReader.read(file));
        return mark(submission, targets.variant(submission), Optional.empty());
    }

    /**
     * Marks a class: a report each, handed to {@code reports} in the order of {@code files}, and the
     * summary. A file that cannot be read, or whose variant cannot be told, is marked as handing in
     * nothing, with the reason among its notes.
     */
    public ClassSummary all(List<Path> files, Reports reports, Progress progress) throws Exception {
        ClassSummary summary = new ClassSummary(targets.first().checker().asked());
        Map<String, Flag> shared = targets.isClass() && !targets.forced() ? sharedCodes(files) : Map.of();
        for (int k = 0; k < files.size(); k++) {
            Path file = files.get(k);
            Marked marked;
            try {
                Submission submission = targets.named(SubmissionReader.read(file));
                marked = mark(submission, targets.variant(submission), Optional.ofNullable(shared.get(file.toString())));
            } catch (SubmissionException | Targets.UnknownVariant e) {
                Submission nothing = new Submission(file.toString(), SubmissionReader.stem(file.toString()), "", List.of(),
                        List.of(e.getMessage()));
                marked = new Marked(targets.first().checker().check(nothing), targets.first());
            }
            summary.add(marked.result());
            reports.write(marked.result(), marked.target());
            progress.done(k + 1);
        }
        return summary;
    }

    private Marked mark(Submission submission, ClassVariant variant, Optional<Flag> shared) {
        CheckTarget target = variant == null ? targets.first() : variant.target();
        MarkingScheme scheme = target.scheme();
        Submission read = FractionRule.apply(submission, scheme.rules());
        CheckResult result = target.checker().check(read);
        if (variant != null) {
            List<Flag> flags = new ArrayList<>();
            if (!targets.forced()) {
                Identity.swapped(read, variant).ifPresent(flags::add);
            }
            shared.ifPresent(flags::add);
            result = result.withFlags(flags);
            if (targets.variantCount() > 1) {
                Optional<OtherVariants.Match> match = otherVariants().find(read, variant, result);
                if (match.isPresent()) {
                    result = OtherVariantPolicy.apply(result, match.get(), variant, scheme);
                }
            }
        }
        return new Marked(MisconceptionPatterns.apply(result, scheme), target);
    }

    private OtherVariants otherVariants() {
        if (others == null) {
            others = new OtherVariants(targets.variants());
        }
        return others;
    }

    /**
     * The first pass over a class: who handed in which variant code. A code handed in by two
     * students or more flags each of their submissions, naming the others; keyed by the file.
     */
    private Map<String, Flag> sharedCodes(List<Path> files) {
        Map<String, Map<String, List<Flag.HandIn>>> byCode = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                Submission submission = targets.named(SubmissionReader.read(file));
                ClassVariant variant = targets.variant(submission);
                byCode.computeIfAbsent(variant.code(), c -> new LinkedHashMap<>())
                        .computeIfAbsent(Identity.studentKey(submission, variant, targets), k -> new ArrayList<>())
                        .add(new Flag.HandIn(submission.student(), submission.source()));
            } catch (SubmissionException | Targets.UnknownVariant e) {
                // marked as handing in nothing in the second pass, which says why
            }
        }
        Map<String, Flag> flags = new HashMap<>();
        byCode.forEach((code, students) -> {
            if (students.size() < 2) {
                return;
            }
            students.forEach((student, handIns) -> {
                List<Flag.HandIn> others = new ArrayList<>();
                students.forEach((other, theirs) -> {
                    if (!other.equals(student)) {
                        others.addAll(theirs);
                    }
                });
                for (Flag.HandIn h : handIns) {
                    flags.put(h.source(), new Flag.SharedCode(code, others));
                }
            });
        });
        return flags;
    }
}
