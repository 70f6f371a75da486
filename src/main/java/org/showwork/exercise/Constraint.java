package org.showwork.exercise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.showwork.derive.Iteration;
import org.showwork.derive.graph.ScoreRule;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.numeric.Num;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemException;
import org.showwork.problem.Sample;
import org.showwork.problem.TemplateConstraints;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * A condition a drawn variant must meet to be handed out: the defaults that keep the numbers
 * teachable, and the template's own ({@link Condition}). Conditions on the problem alone are
 * checked before the variant is traced, so that a draw they reject costs little.
 */
public sealed interface Constraint permits Constraint.ProbabilityMargin, Constraint.DistinctSamples,
        Constraint.BothLabels, Constraint.BoundaryInside, Constraint.ShownDecimals, Condition {

    /** What the constraint asks, in words, for a message about a template no draw satisfies. */
    String describe();

    /** How to relax it, for the same message. */
    String relax();

    /** Whether it looks at the derivation; if not, {@code trace} is null when it is checked. */
    boolean needsTrace();

    /** @throws ProblemException when the constraint cannot apply to the problem (a condition naming p[9] of 5 samples) */
    boolean holds(Problem problem, Trace trace) throws ProblemException;

    /**
     * For a constraint that needs the trace: false when the problem alone shows that it cannot hold,
     * so that the draw is rejected without being traced. It never rejects what {@link #holds} accepts.
     */
    default boolean possible(Problem problem) {
        return true;
    }

    /** The constraints a template asks for, the defaults it keeps first, in a fixed order. */
    static List<Constraint> of(TemplateConstraints settings) throws ProblemException {
        List<Constraint> all = new ArrayList<>();
        if (settings.distinctSamples()) {
            all.add(new DistinctSamples());
        }
        if (settings.bothLabels()) {
            all.add(new BothLabels());
        }
        if (settings.shownDecimals()) {
            all.add(new ShownDecimals());
        }
        if (settings.probabilityMargin().signum() > 0) {
            all.add(new ProbabilityMargin(settings.probabilityMargin()));
        }
        if (settings.boundaryInside()) {
            all.add(new BoundaryInside());
        }
        for (TemplateConstraints.Requirement requirement : settings.requirements()) {
            all.add(Condition.parse(requirement));
        }
        return List.copyOf(all);
    }

    /**
     * Every probability, as the worksheet shows it, at least {@code margin} from 0 and from 1: a
     * probability shown as 0.000 or 1.000 makes a loss infinite or meaningless on paper.
     */
    record ProbabilityMargin(BigDecimal margin) implements Constraint {
        @Override public String describe() {
            return "every probability, as shown, at least " + margin.toPlainString() + " from 0 and from 1";
        }

        @Override public String relax() {
            return "narrow the ranges of the features and the parameters so that the scores stay small, or lower "
                    + "it with constraints: {probability_margin: 0}";
        }

        @Override public boolean needsTrace() {
            return true;
        }

        @Override public boolean holds(Problem problem, Trace trace) {
            BigDecimal high = BigDecimal.ONE.subtract(margin);
            boolean[] holds = {true};
            for (Iteration it : trace.iterations()) {
                // every probability of every class (one per sample in the binary model)
                it.forEach((id, q) -> {
                    if (id.kind() == QuantityKind.LOSS && q.infinite()) {
                        holds[0] = false;
                    } else if (id.kind() == QuantityKind.P && q.finite()) {
                        BigDecimal p = shown(problem, id, q);
                        holds[0] &= p.compareTo(margin) >= 0 && p.compareTo(high) <= 0;
                    }
                });
            }
            return holds[0];
        }
    }

    /** No two samples with the same features: a repeated point teaches nothing and looks like a misprint. */
    record DistinctSamples() implements Constraint {
        @Override public String describe() {
            return "no two samples with the same feature values";
        }

        @Override public String relax() {
            return "widen the features' ranges or allow more decimals, or switch it off with "
                    + "constraints: {distinct_samples: false}";
        }

        @Override public boolean needsTrace() {
            return false;
        }

        @Override public boolean holds(Problem problem, Trace trace) {
            if (!problem.featuresKnown()) {
                return true;
            }
            Set<List<BigDecimal>> seen = new HashSet<>();
            for (Sample s : problem.samples()) {
                if (!seen.add(s.x().stream().map(BigDecimal::stripTrailingZeros).toList())) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Samples of both labels: with one label only, there is no boundary to learn. */
    record BothLabels() implements Constraint {
        @Override public String describe() {
            return "samples of both labels, 0 and 1";
        }

        @Override public String relax() {
            return "list the labels (labels: [0, 0, 1, 1, 1]) or draw more samples, or switch it off with "
                    + "constraints: {both_labels: false}";
        }

        @Override public boolean needsTrace() {
            return false;
        }

        @Override public boolean holds(Problem problem, Trace trace) {
            if (problem.softmax()) {
                // softmax: samples of at least two classes (a class without samples is still learnt: its scores fall)
                return problem.samples().stream().mapToInt(Sample::y).distinct().count() >= 2;
            }
            boolean zero = problem.samples().stream().anyMatch(s -> s.y() == 0);
            boolean one = problem.samples().stream().anyMatch(s -> s.y() == 1);
            return zero && one;
        }
    }

    /**
     * The decision boundary among the data, before the run and after it: some sample's score at
     * most 0 and some sample's at least 0 (with one feature, −b/w between the smallest and the
     * largest x). Parameters whose weights are all 0 have no boundary, and are not held to it.
     */
    record BoundaryInside() implements Constraint {
        @Override public String describe() {
            return "the decision boundary within the range of the data, before and after the run";
        }

        @Override public String relax() {
            return "draw the bias and the weights so that −b/w falls among the features' values, or switch it off "
                    + "with constraints: {boundary_inside: false}";
        }

        @Override public boolean needsTrace() {
            return true;
        }

        @Override public boolean possible(Problem problem) {
            return !problem.featuresKnown() || among(problem, problem.weights(), problem.bias());
        }

        @Override public boolean holds(Problem problem, Trace trace) {
            if (!problem.featuresKnown()) {
                return true;
            }
            if (!possible(problem)) {
                return false;
            }
            Iteration last = trace.last();
            if (last.bNew() == null || last.bNew().infinite()
                    || last.wNew().stream().anyMatch(q -> q == null || q.infinite())) {
                return true;   // nothing derived to hold to it
            }
            List<BigDecimal> weights = last.wNew().stream().map(q -> q.value().toBigDecimal()).toList();
            // a run may start at w = 0, but one that ends there (w rounded to 0.000) leaves no boundary to show
            return weights.stream().anyMatch(w -> w.signum() != 0) && among(problem, weights, last.bNew().value().toBigDecimal());
        }

        private static boolean among(Problem problem, List<BigDecimal> weights, BigDecimal bias) {
            if (weights.stream().allMatch(w -> w.signum() == 0)) {
                return true;
            }
            boolean below = false;
            boolean above = false;
            // the score's own rule, in decimals: exactly w·x + b
            Arithmetic exact = ArithmeticMode.HAND.arithmetic();
            List<Num> w = weights.stream().map(exact::given).toList();
            for (Sample s : problem.samples()) {
                Num z = ScoreRule.score(exact, w, s.x().stream().map(exact::given).toList(), exact.given(bias));
                below |= z.signum() <= 0;
                above |= z.signum() >= 0;
            }
            return below && above;
        }
    }

    /**
     * Every number the variant gives written with no more decimal places than the worksheet shows
     * for that kind of number: features with the problem's places, the starting weights and bias
     * with those of the updated ones, a given quantity with its own kind's.
     */
    record ShownDecimals() implements Constraint {
        @Override public String describe() {
            return "no given number with more decimal places than the worksheet shows";
        }

        @Override public String relax() {
            return "draw the values with fewer decimals, raise decimals:, or switch it off with "
                    + "constraints: {shown_decimals: false}";
        }

        @Override public boolean needsTrace() {
            return false;
        }

        @Override public boolean holds(Problem problem, Trace trace) {
            DecimalPlaces shown = problem.decimals();
            return problem.samples().stream().flatMap(s -> s.x().stream()).allMatch(x -> places(x) <= shown.base())
                    && problem.weights().stream().allMatch(w -> places(w) <= shown.of(QuantityKind.W_NEW))
                    && places(problem.bias()) <= shown.of(QuantityKind.B_NEW)
                    && problem.given().entrySet().stream()
                            .allMatch(given -> places(given.getValue()) <= shown.of(given.getKey().kind()));
        }

        private static int places(BigDecimal value) {
            return Math.max(0, value.stripTrailingZeros().scale());
        }
    }

    /** A quantity as the worksheet shows it: a given value as written, a computed one at its kind's places. */
    static BigDecimal shown(Problem problem, QuantityId id, Quantity q) {
        if (q.given() && problem.given().containsKey(id)) {
            return problem.given().get(id);
        }
        Num value = q.value();
        return value.shown(problem.decimals().of(id.kind()));
    }
}
