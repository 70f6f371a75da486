package org.showwork.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.showwork.derive.Iteration;
import org.showwork.derive.Trace;
import org.showwork.problem.Problem;
import org.showwork.problem.Spelling;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Matches a submission's answers to the quantities of a problem: the first answer of each id is
 * marked; what is not an id, not a quantity of this problem, given by it, answered twice
 * differently or not asked becomes a note, and so does a submission that looks like another
 * problem's.
 */
final class AnswerMatching {

    /** Answers listed one by one in the notes at most; more are summed up in one note. */
    static final int LISTED_STRANGERS = 3;

    private final Trace trace;
    private final Problem problem;
    private final Map<QuantityId, Quantity> reference;
    private final MarkingScheme scheme;
    private final int d;

    AnswerMatching(Trace trace, Map<QuantityId, Quantity> reference, MarkingScheme scheme) {
        this.trace = trace;
        this.problem = trace.problem();
        this.reference = reference;
        this.scheme = scheme;
        this.d = problem.featureCount();
    }

    /** The answers by id, first of each; what does not match the problem becomes a note. */
    Map<QuantityId, Answer> match(Submission submission, List<String> notes) {
        String file = submission.source();
        Map<QuantityId, Answer> byId = new LinkedHashMap<>();
        List<Answer> strangers = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (Answer answer : submission.answers()) {
            Optional<QuantityId> parsed = QuantityId.parse(answer.id(), d, problem.classCount());
            String problemWith = parsed.isEmpty() ? notAnId(answer.id()) : notInProblem(parsed.get(), answer.id());
            if (problemWith != null) {
                why.add(SubmissionReader.at(file, answer.line(), problemWith + "; not marked"));
                strangers.add(answer);
            } else {
                keep(parsed.get(), answer, byId, file, notes);
            }
        }
        strangers(file, strangers, why, notes);
        foreign(submission, strangers.size(), notes);
        return byId;
    }

    /** Keeps the answer unless the problem gives the quantity or an earlier answer of it stands. */
    private void keep(QuantityId id, Answer answer, Map<QuantityId, Answer> byId, String file, List<String> notes) {
        String name = id.toString(d);
        if (reference.get(id).given()) {
            notes.add(SubmissionReader.at(file, answer.line(), name + " is given by the problem; not marked"));
            return;
        }
        Answer first = byId.get(id);
        if (first != null) {
            // a worksheet may show one quantity in two places (a step's cost, and again in the table of progress)
            boolean firstBlank = first.written() instanceof Written.Blank;
            if (!firstBlank && !(answer.written() instanceof Written.Blank)
                    && !first.written().text().equals(answer.written().text())) {
                notes.add(SubmissionReader.at(file, answer.line(), name + " is answered twice, differently (also on line "
                        + first.line() + ", with " + quote(first.written()) + ": that one is marked)"));
            }
            if (!firstBlank || answer.written() instanceof Written.Blank) {
                return;
            }
        }
        if (!scheme.asked().test(id)) {
            notes.add(SubmissionReader.at(file, answer.line(), name + " is not asked; not marked, "
                    + "but later values are recomputed from it"));
        }
        byId.put(id, answer);
    }

    /** The answers whose ids the problem does not have: each in a note, or summed up in one when there are many. */
    private static void strangers(String file, List<Answer> strangers, List<String> why, List<String> notes) {
        if (strangers.size() <= LISTED_STRANGERS) {
            notes.addAll(why);
        } else {
            notes.add(file + ": " + strangers.size() + " answers have ids this problem does not have ("
                    + strangers.stream().limit(LISTED_STRANGERS).map(a -> a.id() + " on line " + a.line())
                            .collect(Collectors.joining(", ")) + ", …); not marked");
        }
    }

    /** A note when the submission names another problem, or most of its ids are not this problem's. */
    private void foreign(Submission submission, int strangers, List<String> notes) {
        String file = submission.source();
        if (!submission.title().isBlank() && !problem.title().isBlank()
                && !submission.title().strip().equalsIgnoreCase(problem.title().strip())) {
            notes.add(file + ": it is for “" + submission.title() + "”, but the problem is “" + problem.title()
                    + "”: is it a submission for another problem? The answers whose ids this problem has are checked.");
        } else if (strangers > 0 && strangers * 2 > submission.answers().size()) {
            notes.add(file + ": " + strangers + " of its " + submission.answers().size() + " answers are not "
                    + "quantities of this problem: is it a submission for another problem? The others are checked.");
        }
    }

    private static String quote(Written w) {
        return w.text().isEmpty() ? "nothing" : "'" + w.text() + "'";
    }

    private String notAnId(String text) {
        String name = text.replaceAll("^t\\d+:", "").replaceAll("\\[.*$", "");
        List<String> kinds = Arrays.stream(QuantityKind.values()).map(QuantityKind::id).toList();
        if (QuantityKind.byId(name).isEmpty()) {
            return "'" + text + "' is not a quantity id" + Spelling.nearest(name, kinds)
                    .map(k -> " (did you mean " + k + "?)").orElse("");
        }
        QuantityKind kind = QuantityKind.byId(name).get();
        String example = switch (kind.indices()) {
            case NONE -> kind.id();
            case SAMPLE -> kind.id() + "[1]";
            case FEATURE -> d == 1 ? kind.id() : kind.id() + "[1]";
            case SAMPLE_FEATURE -> d == 1 ? kind.id() + "[1]" : kind.id() + "[1,2]";
        };
        return "'" + text + "' does not have the indices of " + kind.id() + " (write it like " + example + ")";
    }

    /** Why a well-formed id is not a quantity of this problem's trace; null when it is one. */
    private String notInProblem(QuantityId id, String name) {
        if (reference.containsKey(id)) {
            return null;
        }
        int updates = trace.iterations().stream().mapToInt(Iteration::number).max().orElse(0);
        if (id.iteration() > updates) {
            return "there is no " + name + ": the problem has " + updates + (updates == 1 ? " step" : " steps");
        }
        Optional<Iteration> update = trace.iteration(id.iteration());
        if (update.isEmpty()) {
            return "there is no " + name + ": step " + id.iteration() + " is not shown in full";
        }
        if (id.kind().perSample() && (id.sample() < 1 || id.sample() > problem.sampleCount())) {
            return "there is no " + name + ": the samples are 1 to " + problem.sampleCount();
        }
        if (id.kind().perSample() && !update.get().shape().sees(id.sample())) {
            return "there is no " + name + ": sample " + id.sample() + " is not in the batch of step " + id.iteration();
        }
        if (id.kind().perFeature() && (id.feature() < 1 || id.feature() > d)) {
            return "there is no " + name + (d == 0 ? ": the problem has no features" : ": the features are 1 to " + d);
        }
        return "there is no " + name + " in this problem: it cannot be derived from what the problem gives";
    }
}
