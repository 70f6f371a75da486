package org.showwork.derive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.Num;
import org.showwork.numeric.NumericOverflow;
import org.showwork.numeric.StableMath;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.problem.Schedule;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Runs gradient descent on a problem (full batch, stochastic or mini-batch, with an optional L2
 * penalty) and records every number on the way, in the problem's arithmetic. Each quantity is
 * computed from the quantities before it, unless the problem gives it: then the given value takes
 * its place and everything after follows from it. Only the updates the problem shows are kept in
 * full; the others leave a brief progress row, and in exact arithmetic are computed on plain
 * doubles in the very same order of operations, so that a long run is fast and its memory does not
 * grow with the updates it does not show.
 */
public final class Tracer {

    /** The most progress rows a run keeps; beyond it every other row is dropped (and the stride doubles). */
    static final int PROGRESS_ROWS = 512;

    private final Problem problem;
    private final Schedule schedule;
    private final Arithmetic arithmetic;
    private final DecimalPlaces places;
    private final Map<QuantityId, BigDecimal> given;
    private final List<Note> notes = new ArrayList<>();
    private final List<List<Num>> x;
    private final Num learningRate;
    private final Num lambda;
    /** The features as doubles, for the fast path of exact arithmetic. */
    private final double[][] xd;
    private final int[] y;
    /** Whether the step being computed is shown: only shown steps leave notes. */
    private boolean recording;

    private Tracer(Problem problem, ArithmeticMode mode) {
        this.problem = problem;
        this.schedule = problem.schedule();
        this.arithmetic = mode.arithmetic();
        this.places = problem.decimals();
        this.given = problem.given();
        int n = problem.sampleCount();
        this.x = new ArrayList<>(n);
        this.xd = new double[n][];
        this.y = new int[n];
        for (int i = 0; i < n; i++) {
            Sample s = problem.samples().get(i);
            List<Num> row = new ArrayList<>(s.x().size());
            xd[i] = new double[s.x().size()];
            for (int j = 0; j < s.x().size(); j++) {
                row.add(arithmetic.given(s.x().get(j)));
                xd[i][j] = s.x().get(j).doubleValue();
            }
            x.add(List.copyOf(row));
            y[i] = s.y();
        }
        this.learningRate = arithmetic.given(problem.learningRate());
        this.lambda = arithmetic.given(schedule.l2());
    }

    /** Traces the problem in the arithmetic it asks for. */
    public static Trace trace(Problem problem) {
        Trace trace = trace(problem, problem.arithmetic());
        if (problem.arithmetic() == ArithmeticMode.HAND) {
            List<Note> notes = new ArrayList<>(trace.notes());
            notes.addAll(DriftNotes.between(trace, trace(problem, ArithmeticMode.EXACT)));
            return trace.withNotes(notes);
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
        int planned = schedule.until().map(Schedule.StopRule::maxIterations).orElse(problem.iterations());
        double threshold = schedule.until().map(rule -> rule.gradientNorm().doubleValue()).orElse(-1.0);
        BatchOrder batches = new BatchOrder(problem.sampleCount(), schedule.batchSize(problem.sampleCount()),
                schedule.shuffleSeed());
        boolean fast = !arithmetic.roundsEachStep() && problem.featuresKnown();
        List<Iteration> shown = new ArrayList<>();
        ProgressLog progress = new ProgressLog(PROGRESS_ROWS);
        Stop stop = Stop.PLANNED;
        int updates = 0;
        for (int t = 1; t <= planned; t++) {
            BatchOrder.Batch batch = batches.next();
            boolean show = t == 1 || t == planned || schedule.show().shows(t);
            Iteration it = null;
            Step brief;
            if (show || !fast || hasGivens(t)) {
                recording = show;
                it = step(t, batch, weights, bias);
                brief = Step.of(it);
            } else {
                try {
                    brief = fastStep(batch, weights, bias);
                } catch (NumericOverflow e) {
                    // the recorded path overflows at the same operation and names the quantity
                    brief = Step.of(step(t, batch, weights, bias));
                }
            }
            updates = t;
            progress.add(new ProgressRow(t, batch.epoch(), weights, bias, brief.cost(), brief.gradientNorm()));
            boolean converged = threshold >= 0 && brief.gradientNorm() < threshold;
            if (brief.weights() == null) {
                stop = Stop.UNDERIVABLE;
            } else if (converged) {
                stop = Stop.CONVERGED;
            }
            if (stop != Stop.PLANNED && it == null) {
                // the run ends here: show this last update in full after all
                recording = true;
                it = step(t, batch, weights, bias);
            }
            if (it != null && (show || stop != Stop.PLANNED)) {
                shown.add(it);
            }
            if (stop != Stop.PLANNED) {
                break;
            }
            weights = brief.weights();
            bias = brief.bias();
        }
        Provenance provenance = new Provenance(Provenance.currentVersion(), problem.source(), mode.id(), places);
        return new Trace(problem, provenance, shown, progress.rows(), notes, stop, updates);
    }

    private boolean hasGivens(int t) {
        return !given.isEmpty() && given.keySet().stream().anyMatch(id -> id.iteration() == t);
    }

    /** What the loop needs of an update: its cost, gradient length, and the parameters it leads to (null: none). */
    private record Step(Quantity cost, double gradientNorm, List<Num> weights, Num bias) {
        static Step of(Iteration it) {
            double norm = 0;
            boolean known = it.gradB() != null && it.gradB().finite();
            for (Quantity g : it.gradW()) {
                known &= g != null && g.finite();
                norm += known ? square(g.value().toDouble()) : 0;
            }
            norm = known ? Math.sqrt(norm + square(it.gradB().value().toDouble())) : Double.NaN;
            boolean next = it.bNew() != null && it.wNew().stream().allMatch(q -> q != null && q.finite());
            return new Step(it.cost(), norm, next ? it.wNew().stream().map(Quantity::value).toList() : null,
                    next ? it.bNew().value() : null);
        }

        private static double square(double v) {
            return v * v;
        }
    }

    /**
     * An unshown update in exact arithmetic, on plain doubles. Every operation is the one the
     * recorded path performs through {@link org.showwork.numeric.ExactArithmetic}, in the same
     * order, so both give the same bits (a test holds them to it).
     */
    private Step fastStep(BatchOrder.Batch batch, List<Num> weightNums, Num biasNum) {
        int d = weightNums.size();
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = weightNums.get(j).toDouble();
        }
        double b = biasNum.toDouble();
        double sumLoss = 0;
        double sumError = 0;
        double[] sumErrorX = new double[d];
        boolean first = true;
        for (int sample : batch.samples()) {
            double[] xi = xd[sample - 1];
            int label = y[sample - 1];
            double z = b;
            if (d > 0) {
                double dot = w[0] * xi[0];
                for (int j = 1; j < d; j++) {
                    dot = dot + w[j] * xi[j];
                }
                z = dot + b;
            }
            finite(z); // σ would hide an infinite score
            double p = StableMath.sigmoid(z);
            double loss = StableMath.logLossFromZ(label, z);
            double error = p - label;
            if (first) {
                sumLoss = loss;
                sumError = error;
                for (int j = 0; j < d; j++) {
                    sumErrorX[j] = error * xi[j];
                }
                first = false;
            } else {
                sumLoss = sumLoss + loss;
                sumError = sumError + error;
                for (int j = 0; j < d; j++) {
                    sumErrorX[j] = sumErrorX[j] + error * xi[j];
                }
            }
        }
        double m = batch.samples().length;
        double l2 = lambda.toDouble();
        double cost = sumLoss / m;
        if (l2 != 0) {
            cost = cost + penalty(w, l2, m);
        }
        double alpha = learningRate.toDouble();
        double norm = 0;
        List<Num> next = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            double g = sumErrorX[j] / m;
            if (l2 != 0) {
                g = g + l2 * w[j] / m;
            }
            norm += g * g;
            next.add(finite(w[j] - alpha * g));
        }
        double gb = sumError / m;
        norm += gb * gb;
        return new Step(Quantity.computed(finite(cost), finite(cost)), Math.sqrt(norm), next,
                finite(b - alpha * gb));
    }

    /** (λ·Σ w_j²)/(2m), the squares summed in feature order: the same in both paths. */
    private static double penalty(double[] w, double l2, double m) {
        double squares = w[0] * w[0];
        for (int j = 1; j < w.length; j++) {
            squares = squares + w[j] * w[j];
        }
        return l2 * squares / (2 * m);
    }

    /** The value as a quantity's number; beyond the range of doubles it throws {@link NumericOverflow}. */
    private static Num finite(double value) {
        return new Num.Binary(value);
    }

    private Iteration step(int t, BatchOrder.Batch batch, List<Num> weights, Num bias) {
        int d = problem.featureCount();
        boolean features = problem.featuresKnown();
        List<SampleStep> rows = new ArrayList<>(batch.samples().length);
        List<Integer> members = new ArrayList<>(batch.samples().length);
        for (int i : batch.samples()) {
            rows.add(sampleStep(t, i, weights, bias));
            members.add(i);
        }
        Num m = arithmetic.integer(rows.size());

        Quantity sumLoss = sum(QuantityId.of(t, QuantityKind.SUM_LOSS), rows.stream().map(SampleStep::loss).toList());
        Quantity sumError = sum(QuantityId.of(t, QuantityKind.SUM_ERROR), rows.stream().map(SampleStep::error).toList());
        List<Quantity> sumErrorX = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            int feature = j;
            sumErrorX.add(sum(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j + 1),
                    rows.stream().map(r -> r.errorX() == null ? null : r.errorX().get(feature)).toList()));
        }
        Quantity cost = cost(QuantityId.of(t, QuantityKind.COST), sumLoss, m, weights);
        List<Quantity> gradW = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            gradW.add(gradient(QuantityId.ofFeature(t, QuantityKind.GRAD_W, j + 1), sumErrorX.get(j), m, weights.get(j)));
        }
        Quantity gradB = gradient(QuantityId.of(t, QuantityKind.GRAD_B), sumError, m, null);
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
        return new Iteration(t, batch.epoch(), members, weights, bias, rows, sumLoss, sumError, sumErrorX, cost, gradW,
                gradB, wNew, bNew, boundary, boundaryNew);
    }

    private SampleStep sampleStep(int t, int i, List<Num> weights, Num bias) {
        int y = problem.samples().get(i - 1).y();
        List<Num> xi = x.get(i - 1);
        boolean features = problem.featuresKnown();

        QuantityId zId = QuantityId.ofSample(t, QuantityKind.Z, i);
        Quantity z = resolve(zId, !features ? null : () -> {
            // z = w·x + b, summed in feature order and then the bias, as it is written out
            Num dot = arithmetic.multiply(weights.get(0), xi.get(0));
            for (int j = 1; j < xi.size(); j++) {
                dot = arithmetic.add(dot, arithmetic.multiply(weights.get(j), xi.get(j)));
            }
            return arithmetic.add(dot, bias);
        });

        QuantityId pId = QuantityId.ofSample(t, QuantityKind.P, i);
        Quantity zFinal = z;
        Quantity p = resolve(pId, z == null ? null : () -> arithmetic.sigmoid(zFinal.value()));

        QuantityId lossId = QuantityId.ofSample(t, QuantityKind.LOSS, i);
        Quantity loss = givenOr(lossId);
        if (loss == null && p != null) {
            loss = loss(lossId, y, z, p);
        }

        QuantityId errorId = QuantityId.ofSample(t, QuantityKind.ERROR, i);
        Quantity pFinal = p;
        Quantity error = resolve(errorId, p == null ? null : () -> arithmetic.subtract(pFinal.value(), arithmetic.integer(y)));

        List<Quantity> errorX = null;
        if (features) {
            errorX = new ArrayList<>(xi.size());
            for (int j = 0; j < xi.size(); j++) {
                QuantityId id = new QuantityId(t, QuantityKind.ERROR_X, i, j + 1);
                Num feature = xi.get(j);
                Quantity errorFinal = error;
                errorX.add(resolve(id, error == null || error.infinite() ? null
                        : () -> arithmetic.multiply(errorFinal.value(), feature)));
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
            note(new Note.CertainProbability(QuantityId.ofSample(id.iteration(), QuantityKind.P, id.sample()), y,
                    probability.toBigDecimal(), contradicts));
            if (contradicts) {
                return Quantity.ofInfinite();
            }
        }
        Num value = derive(id, () -> fromZ ? arithmetic.logLossFromZ(y, z.value(), probability)
                : arithmetic.logLoss(y, probability));
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
            Num before = total;
            total = total == null ? term.value() : derive(id, () -> arithmetic.add(before, term.value()));
        }
        return total == null ? null : carry(id, total);
    }

    /** J = sum_loss/m, plus (λ·Σ w_j²)/(2m) with an L2 penalty. */
    private Quantity cost(QuantityId id, Quantity sumLoss, Num m, List<Num> weights) {
        if (sumLoss != null && sumLoss.infinite() && !given.containsKey(id)) {
            return Quantity.ofInfinite();
        }
        return resolve(id, sumLoss == null ? null : () -> {
            Num average = arithmetic.divide(sumLoss.value(), m);
            if (lambda.signum() == 0 || weights.isEmpty()) {
                return average;
            }
            Num squares = arithmetic.multiply(weights.get(0), weights.get(0));
            for (int j = 1; j < weights.size(); j++) {
                squares = arithmetic.add(squares, arithmetic.multiply(weights.get(j), weights.get(j)));
            }
            Num penalty = arithmetic.divide(arithmetic.multiply(lambda, squares),
                    arithmetic.multiply(arithmetic.integer(2), m));
            return arithmetic.add(average, penalty);
        });
    }

    /** A gradient: the sum over the batch divided by m, plus (λ·w_j)/m for a weight under an L2 penalty. */
    private Quantity gradient(QuantityId id, Quantity sum, Num m, Num weight) {
        if (sum != null && sum.infinite() && !given.containsKey(id)) {
            return Quantity.ofInfinite();
        }
        return resolve(id, sum == null ? null : () -> {
            Num average = arithmetic.divide(sum.value(), m);
            if (weight == null || lambda.signum() == 0) {
                return average;
            }
            return arithmetic.add(average, arithmetic.divide(arithmetic.multiply(lambda, weight), m));
        });
    }

    private Quantity update(QuantityId id, Num parameter, Quantity gradient) {
        return resolve(id, gradient == null || gradient.infinite() || parameter == null ? null
                : () -> arithmetic.subtract(parameter, arithmetic.multiply(learningRate, gradient.value())));
    }

    private Quantity boundary(QuantityId id, Num w, Num b) {
        // with w = 0 the probability is the same everywhere: there is no boundary
        return resolve(id, w.signum() == 0 || OverflowReport.boundaryBeyondRange(w, b) ? null
                : () -> arithmetic.divide(arithmetic.subtract(arithmetic.integer(0), b), w));
    }

    /**
     * The quantity with this id: the given value if the problem gives it, else the derivation's
     * result written down with its places; null when it cannot be derived. A given value that
     * differs, at the shown places, from what the derivation would give is noted.
     */
    private Quantity resolve(QuantityId id, Supplier<Num> derivation) {
        Quantity q = givenOr(id);
        if (q == null) {
            return derivation == null ? null : carry(id, derive(id, derivation));
        }
        if (derivation != null && recording) {
            Num derived = derive(id, derivation);
            int decimals = places.of(id.kind());
            BigDecimal shown = arithmetic.carry(derived, decimals).toBigDecimal().setScale(decimals, RoundingMode.HALF_UP);
            BigDecimal written = given.get(id);
            if (shown.compareTo(written.setScale(Math.max(decimals, written.scale()), RoundingMode.HALF_UP)) != 0) {
                note(new Note.GivenDiffers(id, written, derived.toBigDecimal(), shown));
            }
        }
        return q;
    }

    /** A derived value; one beyond the range of doubles is the user's overflow, named by its quantity. */
    private Num derive(QuantityId id, Supplier<Num> derivation) {
        try {
            return derivation.get();
        } catch (NumericOverflow e) {
            throw OverflowReport.of(problem, id);
        }
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
        if (OverflowReport.beyondRange(unrounded)) {
            throw OverflowReport.of(problem, id);
        }
        int decimals = places.of(id.kind());
        Num carried = arithmetic.carry(unrounded, decimals);
        if (arithmetic.roundsEachStep() && recording) {
            noteRounding(id, unrounded.toBigDecimal(), carried.toBigDecimal(), decimals);
        }
        return Quantity.computed(carried, unrounded);
    }

    private void noteRounding(QuantityId id, BigDecimal unrounded, BigDecimal shown, int decimals) {
        if (shown.signum() == 0 && unrounded.signum() != 0) {
            note(new Note.RoundedToZero(id, unrounded, shown));
            return;
        }
        BigDecimal truncated = unrounded.setScale(decimals, RoundingMode.DOWN);
        if (truncated.compareTo(shown) != 0 && lastDigit(truncated) == 9) {
            note(new Note.RoundingCarry(id, unrounded, shown, truncated));
        }
    }

    /** Notes are for the updates a document shows; the others leave none. */
    private void note(Note note) {
        if (recording) {
            notes.add(note);
        }
    }

    private static int lastDigit(BigDecimal value) {
        return value.unscaledValue().abs().mod(java.math.BigInteger.TEN).intValue();
    }
}
