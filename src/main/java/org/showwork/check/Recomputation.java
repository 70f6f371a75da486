package org.showwork.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.showwork.derive.Iteration;
import org.showwork.quantity.Quantity;
import org.showwork.derive.SampleStep;
import org.showwork.derive.Trace;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.Num;
import org.showwork.problem.Problem;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The derivation graph, evaluated on anyone's numbers: each quantity from the values it depends
 * on, in the problem's arithmetic (hand: each result rounded half up to its places), by the rules
 * the tracer follows — z = w·x + b; ŷ = σ(z); the loss from ŷ and y; ŷ − y; (ŷ − y)·x; sums over
 * the samples of the update's batch; J = Σ L/m (+ λ/(2m)·Σ w²); ∂J/∂w = Σ (ŷ − y)·x/m (+ λ/m·w);
 * ∂J/∂b = Σ (ŷ − y)/m; w − α·∂J/∂w; b − α·∂J/∂b; the boundary −b/w. Update t ≥ 2 starts from the
 * new parameters of update t − 1 when the trace has that update, else from those the trace records.
 * It also computes each quantity the mistaken ways of the {@link Mistake} catalogue.
 */
final class Recomputation {

    /** The values quantities are computed from (a student's, or derived); null where there is none. */
    interface Values {
        Quantity get(QuantityId id);
    }

    /** A quantity computed as a named mistake would compute it. */
    record Candidate(Diagnosis diagnosis, Quantity value) {}

    private static final BigDecimal LN_10 = new BigDecimal("2.30258509299404568401799145468436420760110148862877297603");

    private final Problem problem;
    private final Arithmetic arithmetic;
    private final DecimalPlaces places;
    private final Num alpha;
    private final Num lambda;
    private final int d;
    private final Map<Integer, Iteration> iterations = new HashMap<>();
    /** Each update's sample rows by sample number, in the order of its batch. */
    private final Map<Integer, Map<Integer, SampleStep>> rows = new HashMap<>();

    Recomputation(Trace trace) {
        this.problem = trace.problem();
        this.arithmetic = ArithmeticMode.named(trace.provenance().arithmetic()).arithmetic();
        this.places = problem.decimals();
        this.alpha = arithmetic.given(problem.learningRate());
        this.lambda = arithmetic.given(problem.schedule().l2());
        this.d = problem.featuresKnown() ? problem.featureCount() : 0;
        for (Iteration it : trace.iterations()) {
            iterations.put(it.number(), it);
            Map<Integer, SampleStep> byNumber = new LinkedHashMap<>();
            for (SampleStep s : it.samples()) {
                byNumber.put(s.i(), s);
            }
            rows.put(it.number(), byNumber);
        }
    }

    Arithmetic arithmetic() {
        return arithmetic;
    }

    /** The quantity computed from {@code values}; null when they do not allow it (or it has no value, e.g. w = 0 for the boundary). */
    Quantity compute(QuantityId id, Values values) {
        return compute(id, values, UnaryOperator.identity());
    }

    /** The quantities {@code id} is computed from directly (the parameters of a later update included). */
    List<QuantityId> inputs(QuantityId id) {
        int t = id.iteration();
        int i = id.sample();
        List<QuantityId> in = new ArrayList<>();
        switch (id.kind()) {
            case Z, BOUNDARY -> in.addAll(parameters(t, 0));
            case P -> in.add(QuantityId.ofSample(t, QuantityKind.Z, i));
            case LOSS, ERROR -> in.add(QuantityId.ofSample(t, QuantityKind.P, i));
            case ERROR_X -> in.add(QuantityId.ofSample(t, QuantityKind.ERROR, i));
            case SUM_LOSS -> batch(t).forEach(k -> in.add(QuantityId.ofSample(t, QuantityKind.LOSS, k)));
            case SUM_ERROR -> batch(t).forEach(k -> in.add(QuantityId.ofSample(t, QuantityKind.ERROR, k)));
            case SUM_ERROR_X -> batch(t).forEach(k -> in.add(new QuantityId(t, QuantityKind.ERROR_X, k, id.feature())));
            case COST -> {
                in.add(QuantityId.of(t, QuantityKind.SUM_LOSS));
                if (lambda.signum() != 0) {
                    in.addAll(parameters(t, 0).stream().filter(p -> p.kind() == QuantityKind.W_NEW).toList());
                }
            }
            case GRAD_W -> {
                in.add(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, id.feature()));
                if (lambda.signum() != 0) {
                    in.addAll(parameters(t, id.feature()).stream().filter(p -> p.kind() == QuantityKind.W_NEW).toList());
                }
            }
            case GRAD_B -> in.add(QuantityId.of(t, QuantityKind.SUM_ERROR));
            case W_NEW -> {
                in.addAll(parameters(t, id.feature()).stream().filter(p -> p.kind() == QuantityKind.W_NEW).toList());
                in.add(QuantityId.ofFeature(t, QuantityKind.GRAD_W, id.feature()));
            }
            case B_NEW -> {
                in.addAll(parameters(t, 0).stream().filter(p -> p.kind() == QuantityKind.B_NEW).toList());
                in.add(QuantityId.of(t, QuantityKind.GRAD_B));
            }
            case BOUNDARY_NEW -> {
                in.add(QuantityId.ofFeature(t, QuantityKind.W_NEW, 1));
                in.add(QuantityId.of(t, QuantityKind.B_NEW));
            }
        }
        return in;
    }

    /** The new parameters of update t − 1 that update t starts from (feature {@code j} only, or all for 0), if the trace has that update. */
    private List<QuantityId> parameters(int t, int j) {
        if (!iterations.containsKey(t - 1)) {
            return List.of();
        }
        List<QuantityId> ids = new ArrayList<>();
        for (int k = 1; k <= d; k++) {
            if (j == 0 || j == k) {
                ids.add(QuantityId.ofFeature(t - 1, QuantityKind.W_NEW, k));
            }
        }
        ids.add(QuantityId.of(t - 1, QuantityKind.B_NEW));
        return ids;
    }

    private Set<Integer> batch(int t) {
        Map<Integer, SampleStep> r = rows.get(t);
        return r == null ? Set.of() : r.keySet();
    }

    // ---------------------------------------------------------------- the mistakes

    /**
     * The quantity as each mistake of the catalogue that can affect it would compute it, from
     * {@code values}, in the order of the catalogue; the same value may come from several.
     */
    List<Candidate> mistakes(QuantityId id, Values values) {
        int t = id.iteration();
        if (!iterations.containsKey(t)) {
            return List.of();
        }
        Inputs in = new Inputs(t, values, UnaryOperator.identity());
        List<Candidate> out = new ArrayList<>();
        try {
            addMistakes(id, in, out);
        } catch (ArithmeticException | IllegalArgumentException e) {
            // a mistaken computation that leaves the domain names no mistake
        }
        for (int k = inputPlaces(id) - 1; k >= 1; k--) {
            int places = k;
            Quantity early = compute(id, values, n -> arithmetic.given(n.toBigDecimal().setScale(places, RoundingMode.HALF_UP)));
            add(out, Mistake.ROUNDED_EARLY, "its inputs rounded to " + k + (k == 1 ? " place" : " places"), early);
        }
        return out;
    }

    private void addMistakes(QuantityId id, Inputs in, List<Candidate> out) {
        int t = id.iteration();
        int i = id.sample();
        switch (id.kind()) {
            case Z -> {
                if (d == 1) {
                    add(out, Mistake.SWAPPED_W_B, "b·x + w", carry(id, score(in, in.row(i), true)));
                }
            }
            case P -> {
                Num z = in.value(QuantityId.ofSample(t, QuantityKind.Z, i));
                add(out, Mistake.Z_FOR_P, "", z == null ? null : carry(id, z));
            }
            case LOSS -> add(out, Mistake.LOG_BASE_10, "", loss(id, in, true));
            case ERROR -> {
                Num p = in.value(QuantityId.ofSample(t, QuantityKind.P, i));
                Num z = in.value(QuantityId.ofSample(t, QuantityKind.Z, i));
                Num y = label(in, i);
                add(out, Mistake.ERROR_SIGN, "", p == null ? null : carry(id, arithmetic.subtract(y, p)));
                add(out, Mistake.Z_FOR_P, "z − y", z == null ? null : carry(id, arithmetic.subtract(z, y)));
            }
            case ERROR_X -> {
                Num error = in.value(QuantityId.ofSample(t, QuantityKind.ERROR, i));
                Num x = feature(in.row(i), id.feature());
                if (error != null && x != null) {
                    add(out, Mistake.ERROR_SIGN, "", carry(id, arithmetic.subtract(arithmetic.integer(0),
                            arithmetic.multiply(error, x))));
                    add(out, Mistake.FORGOT_X, "", carry(id, error));
                }
            }
            case SUM_LOSS -> {
                Num total = null;
                for (QuantityId term : inputs(id)) {
                    Quantity loss = loss(term, in, true);
                    if (loss == null || loss.infinite()) {
                        return;
                    }
                    total = total == null ? loss.value() : arithmetic.add(total, loss.value());
                }
                add(out, Mistake.LOG_BASE_10, "", carry(id, total));
            }
            case SUM_ERROR -> add(out, Mistake.ERROR_SIGN, "", sum(id, in, inputs(id), true));
            case SUM_ERROR_X -> {
                add(out, Mistake.ERROR_SIGN, "", sum(id, in, inputs(id), true));
                List<QuantityId> errors = batch(t).stream().map(k -> QuantityId.ofSample(t, QuantityKind.ERROR, k)).toList();
                add(out, Mistake.FORGOT_X, "the errors summed", sum(id, in, errors, false));
            }
            case COST -> {
                Quantity total = in.quantity(QuantityId.of(t, QuantityKind.SUM_LOSS));
                add(out, Mistake.SUM_NOT_AVERAGE, "", cost(id, in, total, arithmetic.integer(1)));
                for (int k : wrongCounts(t)) {
                    add(out, Mistake.WRONG_COUNT, wrongCount(k, t), cost(id, in, total, arithmetic.integer(k)));
                }
                Quantity base10 = null;
                List<Candidate> sums = new ArrayList<>();
                addMistakes(QuantityId.of(t, QuantityKind.SUM_LOSS), in, sums);
                for (Candidate c : sums) {
                    if (c.diagnosis().mistake() == Mistake.LOG_BASE_10) {
                        base10 = c.value();
                    }
                }
                add(out, Mistake.LOG_BASE_10, "", cost(id, in, base10, in.m()));
            }
            case GRAD_W, GRAD_B -> {
                boolean weight = id.kind() == QuantityKind.GRAD_W;
                QuantityId sumId = weight ? QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, id.feature())
                        : QuantityId.of(t, QuantityKind.SUM_ERROR);
                Num total = in.value(sumId);
                if (total == null) {
                    return;
                }
                add(out, Mistake.SUM_NOT_AVERAGE, "", carry(id, gradient(in, id, total, arithmetic.integer(1))));
                for (int k : wrongCounts(t)) {
                    add(out, Mistake.WRONG_COUNT, wrongCount(k, t), carry(id, gradient(in, id, total, arithmetic.integer(k))));
                }
                add(out, Mistake.ERROR_SIGN, "", carry(id, gradient(in, id, arithmetic.subtract(arithmetic.integer(0), total), in.m())));
                if (weight) {
                    Num errors = in.value(QuantityId.of(t, QuantityKind.SUM_ERROR));
                    add(out, Mistake.FORGOT_X, "", errors == null ? null : carry(id, gradient(in, id, errors, in.m())));
                }
            }
            case W_NEW, B_NEW -> {
                boolean weight = id.kind() == QuantityKind.W_NEW;
                Num parameter = weight ? in.weight(id.feature()) : in.bias();
                Num gradient = in.value(weight ? QuantityId.ofFeature(t, QuantityKind.GRAD_W, id.feature())
                        : QuantityId.of(t, QuantityKind.GRAD_B));
                add(out, Mistake.ADDED_GRADIENT, "", step(id, parameter, gradient, alpha, true));
                add(out, Mistake.NO_LEARNING_RATE, "", step(id, parameter, gradient, arithmetic.integer(1), false));
                if (d == 1) {
                    Num other = in.value(weight ? QuantityId.of(t, QuantityKind.GRAD_B)
                            : QuantityId.ofFeature(t, QuantityKind.GRAD_W, 1));
                    add(out, Mistake.SWAPPED_W_B, weight ? "stepped along ∂J/∂b" : "stepped along ∂J/∂w",
                            step(id, parameter, other, alpha, false));
                }
            }
            case BOUNDARY -> add(out, Mistake.SWAPPED_W_B, "−w/b", d == 1 ? boundary(id, in.bias(), in.weight(1)) : null);
            case BOUNDARY_NEW -> add(out, Mistake.SWAPPED_W_B, "−w/b", d == 1 ? boundary(id,
                    in.value(QuantityId.of(t, QuantityKind.B_NEW)), in.value(QuantityId.ofFeature(t, QuantityKind.W_NEW, 1))) : null);
        }
    }

    private Num gradient(Inputs in, QuantityId id, Num total, Num divisor) {
        return id.kind() == QuantityKind.GRAD_W ? gradientW(in, total, divisor, id.feature()) : arithmetic.divide(total, divisor);
    }

    /** Numbers of samples someone might divide by instead of m: n (when the batch is smaller), m − 1, m + 1. */
    private List<Integer> wrongCounts(int t) {
        int m = rows.get(t).size();
        Set<Integer> counts = new LinkedHashSet<>(List.of(problem.sampleCount(), m - 1, m + 1));
        counts.removeIf(k -> k < 2 || k == m);
        return List.copyOf(counts);
    }

    private String wrongCount(int k, int t) {
        return "divided by " + k + " instead of m = " + rows.get(t).size();
    }

    /** The most places any input of the quantity is written with, for trying them rounded to fewer. */
    private int inputPlaces(QuantityId id) {
        int most = 0;
        for (QuantityId in : inputs(id)) {
            most = Math.max(most, places.of(in.kind()));
        }
        Iteration it = iterations.get(id.iteration());
        if (it != null && !iterations.containsKey(id.iteration() - 1) && (id.kind() == QuantityKind.Z
                || id.kind() == QuantityKind.W_NEW || id.kind() == QuantityKind.B_NEW || id.kind() == QuantityKind.BOUNDARY)) {
            for (Num w : it.weights()) {
                most = Math.max(most, w.toBigDecimal().stripTrailingZeros().scale());
            }
            most = Math.max(most, it.bias().toBigDecimal().stripTrailingZeros().scale());
        }
        return Math.min(most, 12);
    }

    private static void add(List<Candidate> out, Mistake mistake, String detail, Quantity value) {
        if (value != null) {
            out.add(new Candidate(new Diagnosis(mistake, detail), value));
        }
    }

    // ---------------------------------------------------------------- the rules

    private Quantity compute(QuantityId id, Values v, UnaryOperator<Num> adjust) {
        int t = id.iteration();
        if (!iterations.containsKey(t)) {
            return null;
        }
        Inputs in = new Inputs(t, v, adjust);
        try {
            return switch (id.kind()) {
                case Z -> carry(id, score(in, in.row(id.sample()), false));
                case P -> {
                    Num z = in.value(QuantityId.ofSample(t, QuantityKind.Z, id.sample()));
                    yield z == null ? null : carry(id, arithmetic.sigmoid(z));
                }
                case LOSS -> loss(id, in, false);
                case ERROR -> {
                    Num p = in.value(QuantityId.ofSample(t, QuantityKind.P, id.sample()));
                    yield p == null ? null : carry(id, arithmetic.subtract(p, label(in, id.sample())));
                }
                case ERROR_X -> {
                    Num error = in.value(QuantityId.ofSample(t, QuantityKind.ERROR, id.sample()));
                    Num x = feature(in.row(id.sample()), id.feature());
                    yield error == null || x == null ? null : carry(id, arithmetic.multiply(error, x));
                }
                case SUM_LOSS, SUM_ERROR, SUM_ERROR_X -> sum(id, in, inputs(id), false);
                case COST -> {
                    Quantity total = in.quantity(QuantityId.of(t, QuantityKind.SUM_LOSS));
                    yield cost(id, in, total, in.m());
                }
                case GRAD_W -> {
                    Num total = in.value(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, id.feature()));
                    yield total == null ? null : carry(id, gradientW(in, total, in.m(), id.feature()));
                }
                case GRAD_B -> {
                    Num total = in.value(QuantityId.of(t, QuantityKind.SUM_ERROR));
                    yield total == null ? null : carry(id, arithmetic.divide(total, in.m()));
                }
                case W_NEW -> step(id, in.weight(id.feature()), in.value(QuantityId.ofFeature(t, QuantityKind.GRAD_W, id.feature())), alpha, false);
                case B_NEW -> step(id, in.bias(), in.value(QuantityId.of(t, QuantityKind.GRAD_B)), alpha, false);
                case BOUNDARY -> d == 1 ? boundary(id, in.weight(1), in.bias()) : null;
                case BOUNDARY_NEW -> d == 1 ? boundary(id, in.value(QuantityId.ofFeature(t, QuantityKind.W_NEW, 1)),
                        in.value(QuantityId.of(t, QuantityKind.B_NEW))) : null;
            };
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null; // a student's numbers can leave the domain (ln of a negative, an overflowing double)
        }
    }

    /** z = w·x + b, the products added in feature order and then the bias, as the tracer does; swapped: b·x + w. */
    private Num score(Inputs in, SampleStep s, boolean swapped) {
        if (d == 0 || s == null) {
            return null;
        }
        if (swapped) {
            return arithmetic.add(arithmetic.multiply(in.bias(), s.x().get(0)), in.weight(1));
        }
        Num dot = arithmetic.multiply(in.weight(1), s.x().get(0));
        for (int j = 2; j <= d; j++) {
            dot = arithmetic.add(dot, arithmetic.multiply(in.weight(j), s.x().get(j - 1)));
        }
        return arithmetic.add(dot, in.bias());
    }

    /** The loss as the tracer computes it (from z in exact arithmetic when ŷ was not written down), or to base 10. */
    private Quantity loss(QuantityId id, Inputs in, boolean base10) {
        int t = id.iteration();
        Quantity p = in.quantity(QuantityId.ofSample(t, QuantityKind.P, id.sample()));
        Quantity z = in.quantity(QuantityId.ofSample(t, QuantityKind.Z, id.sample()));
        if (p == null || p.infinite()) {
            return null;
        }
        Num probability = in.adjust.apply(p.value());
        BigDecimal value = probability.toBigDecimal();
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            return null; // not a probability: it has no loss
        }
        int y = in.row(id.sample()).y();
        boolean fromZ = z != null && z.finite() && !p.given() && !base10;
        boolean certain = value.signum() == 0 || value.compareTo(BigDecimal.ONE) == 0;
        if (certain && !(fromZ && !arithmetic.roundsEachStep()) && (value.signum() == 0) == (y == 1)) {
            return Quantity.ofInfinite();
        }
        Num natural = fromZ ? arithmetic.logLossFromZ(y, in.adjust.apply(z.value()), probability)
                : arithmetic.logLoss(y, probability);
        return carry(id, base10 ? arithmetic.divide(natural, arithmetic.given(LN_10)) : natural);
    }

    /** The sum of the inputs; infinite when one is; with {@code negated}, of their negatives. */
    private Quantity sum(QuantityId id, Inputs in, List<QuantityId> terms, boolean negated) {
        Num total = null;
        for (QuantityId term : terms) {
            Quantity q = in.quantity(term);
            if (q == null) {
                return null;
            }
            if (q.infinite()) {
                return Quantity.ofInfinite();
            }
            Num value = in.adjust.apply(q.value());
            total = total == null ? value : arithmetic.add(total, value);
        }
        if (total == null) {
            return null;
        }
        return carry(id, negated ? arithmetic.subtract(arithmetic.integer(0), total) : total);
    }

    /** J = sum/divisor, plus λ·Σ w²/(2m) under an L2 penalty. */
    private Quantity cost(QuantityId id, Inputs in, Quantity total, Num divisor) {
        if (total == null) {
            return null;
        }
        if (total.infinite()) {
            return Quantity.ofInfinite();
        }
        Num average = arithmetic.divide(in.adjust.apply(total.value()), divisor);
        if (lambda.signum() == 0 || d == 0) {
            return carry(id, average);
        }
        Num squares = arithmetic.multiply(in.weight(1), in.weight(1));
        for (int j = 2; j <= d; j++) {
            squares = arithmetic.add(squares, arithmetic.multiply(in.weight(j), in.weight(j)));
        }
        Num penalty = arithmetic.divide(arithmetic.multiply(lambda, squares), arithmetic.multiply(arithmetic.integer(2), in.m()));
        return carry(id, arithmetic.add(average, penalty));
    }

    /** Σ (ŷ − y)·x / divisor, plus λ·w/m under an L2 penalty. */
    private Num gradientW(Inputs in, Num total, Num divisor, int j) {
        Num average = arithmetic.divide(total, divisor);
        if (lambda.signum() == 0) {
            return average;
        }
        // the penalty's share stays λ·w/m when a mistake divides the sum by something else
        return arithmetic.add(average, arithmetic.divide(arithmetic.multiply(lambda, in.weight(j)), in.m()));
    }

    private Quantity step(QuantityId id, Num parameter, Num gradient, Num rate, boolean added) {
        if (parameter == null || gradient == null) {
            return null;
        }
        Num change = arithmetic.multiply(rate, gradient);
        return carry(id, added ? arithmetic.add(parameter, change) : arithmetic.subtract(parameter, change));
    }

    private Quantity boundary(QuantityId id, Num w, Num b) {
        if (w == null || b == null || w.signum() == 0) {
            return null;
        }
        return carry(id, arithmetic.divide(arithmetic.subtract(arithmetic.integer(0), b), w));
    }

    private Num label(Inputs in, int sample) {
        return arithmetic.integer(in.row(sample).y());
    }

    private static Num feature(SampleStep s, int j) {
        return s == null || j < 1 || j > s.x().size() ? null : s.x().get(j - 1);
    }

    private Quantity carry(QuantityId id, Num unrounded) {
        if (unrounded == null) {
            return null;
        }
        return Quantity.computed(arithmetic.carry(unrounded, places.of(id.kind())), unrounded);
    }

    /** The inputs of one update: values by id, the parameters it starts from, its rows; each number passed through {@code adjust}. */
    private final class Inputs {
        final int t;
        final Values values;
        final UnaryOperator<Num> adjust;

        Inputs(int t, Values values, UnaryOperator<Num> adjust) {
            this.t = t;
            this.values = values;
            this.adjust = adjust;
        }

        Quantity quantity(QuantityId id) {
            return values.get(id);
        }

        /** The finite value of a quantity, adjusted; null when there is none. */
        Num value(QuantityId id) {
            Quantity q = values.get(id);
            return q == null || q.infinite() ? null : adjust.apply(q.value());
        }

        SampleStep row(int sample) {
            return rows.get(t).get(sample);
        }

        Num m() {
            return arithmetic.integer(rows.get(t).size());
        }

        Num weight(int j) {
            Num w = iterations.containsKey(t - 1) ? value(QuantityId.ofFeature(t - 1, QuantityKind.W_NEW, j)) : null;
            return w != null ? w : adjust.apply(iterations.get(t).weights().get(j - 1));
        }

        Num bias() {
            Num b = iterations.containsKey(t - 1) ? value(QuantityId.of(t - 1, QuantityKind.B_NEW)) : null;
            return b != null ? b : adjust.apply(iterations.get(t).bias());
        }
    }
}
