package org.showwork.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.Num;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Runs full-batch gradient descent on a problem and records every number on the way, in the
 * problem's arithmetic. Each quantity is computed from the quantities before it, unless the
 * problem gives it: then the given value takes its place and everything after follows from it.
 */
public final class Tracer {

    private final Problem problem;
    private final Arithmetic arithmetic;
    private final DecimalPlaces places;
    private final Map<QuantityId, BigDecimal> given;
    private final List<Note> notes = new ArrayList<>();
    private final List<List<Num>> x;
    private final Num n;
    private final Num learningRate;

    private Tracer(Problem problem, ArithmeticMode mode) {
        this.problem = problem;
        this.arithmetic = mode.arithmetic();
        this.places = problem.decimals();
        this.given = problem.given();
        this.x = new ArrayList<>(problem.sampleCount());
        for (Sample s : problem.samples()) {
            List<Num> row = new ArrayList<>(s.x().size());
            for (BigDecimal v : s.x()) {
                row.add(arithmetic.given(v));
            }
            x.add(List.copyOf(row));
        }
        this.n = arithmetic.integer(problem.sampleCount());
        this.learningRate = arithmetic.given(problem.learningRate());
    }

    /** Traces the problem in the arithmetic it asks for. */
    public static Trace trace(Problem problem) {
        Trace trace = trace(problem, problem.arithmetic());
        if (problem.arithmetic() == ArithmeticMode.HAND) {
            List<Note> notes = new ArrayList<>(trace.notes());
            notes.addAll(DriftNotes.between(trace, trace(problem, ArithmeticMode.EXACT)));
            return new Trace(trace.problem(), trace.provenance(), trace.iterations(), notes);
        }
        return trace;
    }

    /** Traces the problem in the given arithmetic, whatever the problem asks for. */
    public static Trace trace(Problem problem, ArithmeticMode mode) {
        return new Tracer(problem, mode).run(mode);
    }

    private Trace run(ArithmeticMode mode) {
        List<Num> weights = new ArrayList<>();
        for (BigDecimal w : problem.weights()) {
            weights.add(arithmetic.given(w));
        }
        Num bias = arithmetic.given(problem.bias());
        List<Iteration> iterations = new ArrayList<>();
        for (int t = 1; t <= problem.iterations(); t++) {
            Iteration it = step(t, weights, bias);
            iterations.add(it);
            if (it.bNew() == null || it.wNew().stream().anyMatch(q -> q == null || q.infinite())) {
                break; // nothing further can be derived from what is given
            }
            weights = it.wNew().stream().map(Quantity::value).toList();
            bias = it.bNew().value();
        }
        Provenance provenance = new Provenance(Provenance.currentVersion(), problem.source(), mode.id(), places);
        return new Trace(problem, provenance, iterations, notes);
    }

    private Iteration step(int t, List<Num> weights, Num bias) {
        int d = problem.featureCount();
        boolean features = problem.featuresKnown();
        List<SampleStep> rows = new ArrayList<>(problem.sampleCount());
        for (int i = 1; i <= problem.sampleCount(); i++) {
            rows.add(sampleStep(t, i, weights, bias));
        }

        Quantity sumLoss = sum(QuantityId.of(t, QuantityKind.SUM_LOSS), rows.stream().map(SampleStep::loss).toList());
        Quantity sumError = sum(QuantityId.of(t, QuantityKind.SUM_ERROR), rows.stream().map(SampleStep::error).toList());
        List<Quantity> sumErrorX = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            int feature = j;
            sumErrorX.add(sum(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j + 1),
                    rows.stream().map(r -> r.errorX() == null ? null : r.errorX().get(feature)).toList()));
        }
        Quantity cost = average(QuantityId.of(t, QuantityKind.COST), sumLoss);
        List<Quantity> gradW = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            gradW.add(average(QuantityId.ofFeature(t, QuantityKind.GRAD_W, j + 1), sumErrorX.get(j)));
        }
        Quantity gradB = average(QuantityId.of(t, QuantityKind.GRAD_B), sumError);
        List<Quantity> wNew = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            wNew.add(update(QuantityId.ofFeature(t, QuantityKind.W_NEW, j + 1), weights.get(j), gradW.get(j)));
        }
        Quantity bNew = update(QuantityId.of(t, QuantityKind.B_NEW), bias, gradB);

        Quantity boundary = null;
        Quantity boundaryNew = null;
        if (features && d == 1) {
            boundary = boundary(QuantityId.of(t, QuantityKind.BOUNDARY), weights.get(0), bias);
            if (wNew.get(0) != null && bNew != null) {
                boundaryNew = boundary(QuantityId.of(t, QuantityKind.BOUNDARY_NEW), wNew.get(0).value(), bNew.value());
            }
        }
        return new Iteration(t, t, java.util.stream.IntStream.rangeClosed(1, problem.sampleCount()).boxed().toList(), weights, bias, rows, sumLoss, sumError, sumErrorX, cost, gradW, gradB, wNew, bNew,
                boundary, boundaryNew);
    }

    private SampleStep sampleStep(int t, int i, List<Num> weights, Num bias) {
        int y = problem.samples().get(i - 1).y();
        List<Num> xi = x.get(i - 1);
        boolean features = problem.featuresKnown();

        QuantityId zId = QuantityId.ofSample(t, QuantityKind.Z, i);
        Quantity z = givenOr(zId);
        if (z == null && features) {
            Num sum = bias;
            // z = w·x + b, summed in feature order and then the bias, as it is written out
            Num dot = null;
            for (int j = 0; j < xi.size(); j++) {
                Num term = arithmetic.multiply(weights.get(j), xi.get(j));
                dot = dot == null ? term : arithmetic.add(dot, term);
            }
            if (dot != null) {
                sum = arithmetic.add(dot, bias);
            }
            z = carry(zId, sum);
        }

        QuantityId pId = QuantityId.ofSample(t, QuantityKind.P, i);
        Quantity p = givenOr(pId);
        if (p == null && z != null) {
            p = carry(pId, arithmetic.sigmoid(z.value()));
        }

        QuantityId lossId = QuantityId.ofSample(t, QuantityKind.LOSS, i);
        Quantity loss = givenOr(lossId);
        if (loss == null && p != null) {
            loss = loss(lossId, y, z, p);
        }

        QuantityId errorId = QuantityId.ofSample(t, QuantityKind.ERROR, i);
        Quantity error = givenOr(errorId);
        if (error == null && p != null) {
            error = carry(errorId, arithmetic.subtract(p.value(), arithmetic.integer(y)));
        }

        List<Quantity> errorX = null;
        if (features) {
            errorX = new ArrayList<>(xi.size());
            for (int j = 0; j < xi.size(); j++) {
                QuantityId id = new QuantityId(t, QuantityKind.ERROR_X, i, j + 1);
                Quantity q = givenOr(id);
                if (q == null && error != null) {
                    q = carry(id, arithmetic.multiply(error.value(), xi.get(j)));
                }
                errorX.add(q);
            }
        }
        return new SampleStep(i, xi, y, z, p, loss, error, errorX);
    }

    private Quantity loss(QuantityId id, int y, Quantity z, Quantity p) {
        Num probability = p.value();
        // exact arithmetic computes the loss from z when ŷ is σ(z), which stays accurate where ŷ is near 0 or 1
        boolean fromZ = z != null && !p.given();
        boolean certain = probability.signum() == 0 || probability.toBigDecimal().compareTo(BigDecimal.ONE) == 0;
        // a double σ(z) of exactly 0 or 1 is not a rounded probability: the loss from z is finite and accurate
        if (certain && !(fromZ && !arithmetic.roundsEachStep())) {
            boolean contradicts = (probability.signum() == 0) == (y == 1);
            notes.add(new Note.CertainProbability(QuantityId.ofSample(id.iteration(), QuantityKind.P, id.sample()), y,
                    probability.toBigDecimal(), contradicts));
            if (contradicts) {
                return Quantity.ofInfinite();
            }
        }
        Num value = fromZ ? arithmetic.logLossFromZ(y, z.value(), probability)
                : arithmetic.logLoss(y, probability);
        return carry(id, value);
    }

    private Quantity sum(QuantityId id, List<Quantity> terms) {
        Quantity q = givenOr(id);
        if (q != null) {
            return q;
        }
        Num total = null;
        for (Quantity term : terms) {
            if (term == null) {
                return null;
            }
            if (term.infinite()) {
                return Quantity.ofInfinite();
            }
            total = total == null ? term.value() : arithmetic.add(total, term.value());
        }
        return total == null ? null : carry(id, total);
    }

    private Quantity average(QuantityId id, Quantity sum) {
        Quantity q = givenOr(id);
        if (q != null || sum == null) {
            return q;
        }
        if (sum.infinite()) {
            return Quantity.ofInfinite();
        }
        return carry(id, arithmetic.divide(sum.value(), n));
    }

    private Quantity update(QuantityId id, Num parameter, Quantity gradient) {
        Quantity q = givenOr(id);
        if (q != null || gradient == null || parameter == null) {
            return q;
        }
        return carry(id, arithmetic.subtract(parameter, arithmetic.multiply(learningRate, gradient.value())));
    }

    private Quantity boundary(QuantityId id, Num w, Num b) {
        Quantity q = givenOr(id);
        if (q != null || w.signum() == 0) {
            return q; // with w = 0 the probability is the same everywhere: there is no boundary
        }
        return carry(id, arithmetic.divide(arithmetic.subtract(arithmetic.integer(0), b), w));
    }

    private Quantity givenOr(QuantityId id) {
        if (given.isEmpty()) {
            return null;
        }
        BigDecimal value = given.get(id);
        return value == null ? null : Quantity.ofGiven(arithmetic.given(value));
    }

    /** Writes a result down with its places; hand arithmetic carries the rounded value and notes what rounding did. */
    private Quantity carry(QuantityId id, Num unrounded) {
        int decimals = places.of(id.kind());
        Num carried = arithmetic.carry(unrounded, decimals);
        if (arithmetic.roundsEachStep()) {
            noteRounding(id, unrounded.toBigDecimal(), carried.toBigDecimal(), decimals);
        }
        return Quantity.computed(carried, unrounded);
    }

    private void noteRounding(QuantityId id, BigDecimal unrounded, BigDecimal shown, int decimals) {
        if (shown.signum() == 0 && unrounded.signum() != 0) {
            notes.add(new Note.RoundedToZero(id, unrounded, shown));
            return;
        }
        BigDecimal truncated = unrounded.setScale(decimals, RoundingMode.DOWN);
        if (truncated.compareTo(shown) != 0 && lastDigit(truncated) == 9) {
            notes.add(new Note.RoundingCarry(id, unrounded, shown, truncated));
        }
    }

    private static int lastDigit(BigDecimal value) {
        return value.unscaledValue().abs().mod(java.math.BigInteger.TEN).intValue();
    }
}
