package org.showwork.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.problem.Problem;
import org.showwork.quantity.QuantityId;

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

    private final Problem problem;
    private final MarkingScheme scheme;
    private final Recomputation graph;
    private final List<QuantityId> order = new ArrayList<>();
    private final Map<QuantityId, Quantity> reference = new HashMap<>();
    private final AnswerMatching matching;

    public Checker(Trace trace, MarkingScheme scheme) {
        this.problem = trace.problem();
        this.scheme = scheme;
        this.graph = new Recomputation(trace);
        trace.forEachQuantity((id, q) -> {
            order.add(id);
            reference.put(id, q);
        });
        this.matching = new AnswerMatching(trace, reference, scheme);
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
        Pass pass = new Pass(matching.match(submission, notes));
        for (QuantityId id : order) {
            pass.visit(id);
        }
        return new CheckResult(submission, pass.marks, notes, pass.score, pass.max);
    }

    /**
     * One submission's way through the derivation: each quantity takes the student's value, or
     * the value recomputed from theirs, and each asked one is marked; the values that differ from
     * ours are remembered, so that a later value knows whether it follows through from them.
     */
    private final class Pass {
        final Map<QuantityId, Answer> answers;
        final Map<QuantityId, Quantity> effective = new HashMap<>();
        final Set<QuantityId> differs = new HashSet<>();
        final List<Mark> marks = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal max = BigDecimal.ZERO;

        Pass(Map<QuantityId, Answer> answers) {
            this.answers = answers;
        }

        void visit(QuantityId id) {
            Quantity expected = reference.get(id);
            if (expected.given()) {
                effective.put(id, expected);
                return;
            }
            Answer answer = answers.get(id);
            Written written = answer == null ? new Written.Blank("") : answer.written();
            Quantity own = own(written);
            boolean asked = scheme.asked().test(id);
            Quantity recomputed = own != null && !asked ? null : graph.compute(id, effective::get);
            effective.put(id, own != null ? own : recomputed != null ? recomputed : expected);
            if (!asked) {
                if (!same(id, effective.get(id), expected)) {
                    differs.add(id);
                }
                return;
            }
            mark(id, answer, written, expected, recomputed, own);
        }

        private void mark(QuantityId id, Answer answer, Written written, Quantity expected, Quantity recomputed,
                Quantity own) {
            List<Mark.Input> differing = differingInputs(id);
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

        /** The inputs of {@code id} whose values differ from ours, and whether the student wrote each. */
        private List<Mark.Input> differingInputs(QuantityId id) {
            List<Mark.Input> differing = new ArrayList<>();
            for (QuantityId in : graph.inputs(id)) {
                if (differs.contains(in)) {
                    differing.add(new Mark.Input(in, effective.get(in), answers.containsKey(in)
                            && own(answers.get(in).written()) != null));
                }
            }
            return differing;
        }
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
}
