package org.showwork.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.showwork.derive.Iteration;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.problem.Problem;
import org.showwork.problem.Spelling;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Marks submissions against one trace, the way a teacher marks: each asked quantity is compared
 * with the expected value under its tolerance; one that is not right is recomputed from the
 * student's own earlier values (theirs where they wrote them, derived from theirs where they did
 * not), and is {@code follow-through} when it is right from those — but only when one of those
 * values differs from ours, so that follow-through never rescues a value that is wrong from the
 * student's own inputs. What is neither is a {@code rounding} slip when only its last digit is off,
 * else {@code wrong}, with the mistake of the catalogue that reproduces it from the student's inputs.
 * One checker serves a whole class: the trace is read once.
 */
public final class Checker {

    private final Trace trace;
    private final Problem problem;
    private final MarkingScheme scheme;
    private final Recomputation graph;
    private final int d;
    private final List<QuantityId> order = new ArrayList<>();
    private final Map<QuantityId, Quantity> reference = new HashMap<>();

    public Checker(Trace trace, MarkingScheme scheme) {
        this.trace = trace;
        this.problem = trace.problem();
        this.scheme = scheme;
        this.graph = new Recomputation(trace);
        this.d = problem.featureCount();
        trace.forEachQuantity((id, q) -> {
            order.add(id);
            reference.put(id, q);
        });
    }

    public MarkingScheme scheme() {
        return scheme;
    }

    /** The ids that are marked, in the order of the derivation: derived (not given by the problem) and asked. */
    public List<QuantityId> asked() {
        return order.stream().filter(id -> !reference.get(id).given() && scheme.asked().test(id)).toList();
    }

    public CheckResult check(Submission submission) {
        List<String> notes = new ArrayList<>(submission.notes());
        Map<QuantityId, Answer> answers = resolve(submission, notes);
        Map<QuantityId, Quantity> effective = new HashMap<>();
        Set<QuantityId> differs = new HashSet<>();
        List<Mark> marks = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;
        for (QuantityId id : order) {
            Quantity expected = reference.get(id);
            if (expected.given()) {
                effective.put(id, expected);
                continue;
            }
            Answer answer = answers.get(id);
            Written written = answer == null ? new Written.Blank("") : answer.written();
            Quantity own = own(written);
            boolean asked = scheme.asked().test(id);
            Quantity recomputed = own != null && !asked ? null : graph.compute(id, effective::get);
            if (own != null) {
                effective.put(id, own);
            } else {
                effective.put(id, recomputed != null ? recomputed : expected);
            }
            if (!asked) {
                if (!same(id, effective.get(id), expected)) {
                    differs.add(id);
                }
                continue;
            }
            List<Mark.Input> differing = new ArrayList<>();
            for (QuantityId in : graph.inputs(id)) {
                if (differs.contains(in)) {
                    differing.add(new Mark.Input(in, effective.get(in), answers.containsKey(in)
                            && own(answers.get(in).written()) != null));
                }
            }
            Judgement judgement = judge(id, written, expected, recomputed, !differing.isEmpty(), effective);
            if (judgement.verdict() != Verdict.CORRECT && (own != null || !same(id, effective.get(id), expected))) {
                differs.add(id);
            }
            BigDecimal worth = scheme.pointsFor(id);
            BigDecimal earned = scheme.earned(judgement.verdict(), worth);
            score = score.add(earned);
            max = max.add(worth);
            marks.add(new Mark(id, written, answer == null ? 0 : answer.line(), expected,
                    expected.infinite() ? null : expected.value().shown(places(id)), recomputed, judgement.verdict(),
                    judgement.diagnosis(), differing, earned, worth));
        }
        return new CheckResult(submission, marks, notes, score, max);
    }

    private record Judgement(Verdict verdict, Diagnosis diagnosis) {
        static Judgement of(Verdict verdict) {
            return new Judgement(verdict, null);
        }
    }

    private Judgement judge(QuantityId id, Written written, Quantity expected, Quantity recomputed, boolean ownInputsDiffer,
            Map<QuantityId, Quantity> effective) {
        if (written instanceof Written.Blank) {
            return Judgement.of(Verdict.MISSING);
        }
        if (written instanceof Written.Unreadable) {
            return Judgement.of(Verdict.UNREADABLE);
        }
        Quantity own = own(written);
        if (own == null) {
            return Judgement.of(Verdict.WRONG); // −∞: no loss or anything else here can be
        }
        if (same(id, own, expected)) {
            return Judgement.of(Verdict.CORRECT);
        }
        if (recomputed != null && same(id, own, recomputed)) {
            // right from the student's inputs; when those are all ours, it is only the drift of carrying shown values
            return Judgement.of(ownInputsDiffer ? Verdict.FOLLOW_THROUGH : Verdict.CORRECT);
        }
        if (own.finite()) {
            BigDecimal given = own.value().toBigDecimal();
            Optional<Diagnosis> slip = expected.finite()
                    ? RoundingSlip.of(given, expected.unrounded().toBigDecimal(), places(id)) : Optional.empty();
            if (slip.isEmpty() && ownInputsDiffer && recomputed != null && recomputed.finite()) {
                slip = RoundingSlip.of(given, recomputed.unrounded().toBigDecimal(), places(id));
            }
            if (slip.isPresent()) {
                return new Judgement(Verdict.ROUNDING, slip.get());
            }
        }
        for (Recomputation.Candidate candidate : graph.mistakes(id, effective::get)) {
            if (same(id, own, candidate.value())) {
                return new Judgement(Verdict.WRONG, candidate.diagnosis());
            }
        }
        return Judgement.of(Verdict.WRONG);
    }

    /** Whether {@code value} counts as {@code expected} under the quantity's tolerance (infinite only as infinite). */
    private boolean same(QuantityId id, Quantity value, Quantity expected) {
        if (value == null || expected == null) {
            return false;
        }
        if (value.infinite() || expected.infinite()) {
            return value.infinite() && expected.infinite();
        }
        return scheme.toleranceFor(id).accepts(value.value().toBigDecimal(), expected.value().toBigDecimal(), places(id));
    }

    private int places(QuantityId id) {
        return problem.decimals().of(id.kind());
    }

    /** The student's value as a quantity to compute with; null when they wrote none. */
    private Quantity own(Written written) {
        if (written instanceof Written.Value v) {
            return Quantity.ofGiven(graph.arithmetic().given(v.value()));
        }
        if (written instanceof Written.Infinite inf && !inf.negative()) {
            return Quantity.ofInfinite();
        }
        return null;
    }

    // ---------------------------------------------------------------- matching answers to the problem

    /** Answers listed one by one in the notes at most; more are summed up in one note. */
    static final int LISTED_STRANGERS = 3;

    /** The answers by id, first of each; what does not match the problem becomes a note. */
    private Map<QuantityId, Answer> resolve(Submission submission, List<String> notes) {
        String file = submission.source();
        Map<QuantityId, Answer> byId = new LinkedHashMap<>();
        List<String> strangers = new ArrayList<>();
        List<Answer> strangeAnswers = new ArrayList<>();
        for (Answer answer : submission.answers()) {
            Optional<QuantityId> parsed = QuantityId.parse(answer.id(), d, problem.classCount());
            String problemWith = parsed.isEmpty() ? notAnId(answer.id()) : notInProblem(parsed.get(), answer.id());
            if (problemWith != null) {
                strangers.add(SubmissionReader.at(file, answer.line(), problemWith + "; not marked"));
                strangeAnswers.add(answer);
                continue;
            }
            QuantityId id = parsed.get();
            String name = id.toString(d);
            if (reference.get(id).given()) {
                notes.add(SubmissionReader.at(file, answer.line(), name + " is given by the problem; not marked"));
                continue;
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
                    continue;
                }
            }
            if (!scheme.asked().test(id)) {
                notes.add(SubmissionReader.at(file, answer.line(), name + " is not asked; not marked, "
                        + "but later values are recomputed from it"));
            }
            byId.put(id, answer);
        }
        if (strangers.size() <= LISTED_STRANGERS) {
            notes.addAll(strangers);
        } else {
            notes.add(file + ": " + strangers.size() + " answers have ids this problem does not have ("
                    + strangeAnswers.stream().limit(LISTED_STRANGERS).map(a -> a.id() + " on line " + a.line())
                            .collect(java.util.stream.Collectors.joining(", ")) + ", …); not marked");
        }
        if (!submission.title().isBlank() && !problem.title().isBlank()
                && !submission.title().strip().equalsIgnoreCase(problem.title().strip())) {
            notes.add(file + ": it is for “" + submission.title() + "”, but the problem is “" + problem.title()
                    + "”: is it a submission for another problem? The answers whose ids this problem has are checked.");
        } else if (!strangers.isEmpty() && strangers.size() * 2 > submission.answers().size()) {
            notes.add(file + ": " + strangers.size() + " of its " + submission.answers().size() + " answers are not "
                    + "quantities of this problem: is it a submission for another problem? The others are checked.");
        }
        return byId;
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
        if (trace.iterations().stream().noneMatch(it -> it.number() == id.iteration())) {
            return "there is no " + name + ": step " + id.iteration() + " is not shown in full";
        }
        if (id.kind().perSample() && (id.sample() < 1 || id.sample() > problem.sampleCount())) {
            return "there is no " + name + ": the samples are 1 to " + problem.sampleCount();
        }
        if (id.kind().perSample() && trace.iterations().stream().filter(it -> it.number() == id.iteration())
                .noneMatch(it -> it.batch().contains(id.sample()))) {
            return "there is no " + name + ": sample " + id.sample() + " is not in the batch of step " + id.iteration();
        }
        if (id.kind().perFeature() && (id.feature() < 1 || id.feature() > d)) {
            return "there is no " + name + (d == 0 ? ": the problem has no features" : ": the features are 1 to " + d);
        }
        return "there is no " + name + " in this problem: it cannot be derived from what the problem gives";
    }
}
