package org.showwork.derive;

import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.graph.StepShape;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.Num;
import org.showwork.numeric.NumericOverflow;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityKind;

/**
 * Runs gradient descent on a problem (full batch, stochastic or mini-batch, with an optional L2
 * penalty) and records every number on the way, in the problem's arithmetic: each update is the
 * derivation graph walked in order ({@link RecordedStep}). Only the updates the problem shows are
 * kept in full; the others leave a brief progress row, and in exact arithmetic are computed on
 * plain doubles in the very same order of operations ({@link FastStep}), so that a long run is fast
 * and its memory does not grow with the updates it does not show.
 */
public final class Tracer {

    /** The most progress rows a run keeps; beyond it every other row is dropped (and the stride doubles). */
    static final int PROGRESS_ROWS = 512;

    private final Problem problem;
    private final Schedule schedule;
    private final RunInputs run;
    private final List<Note> notes = new ArrayList<>();
    private final RecordedStep.NoteLog log = new RecordedStep.NoteLog(notes);

    private Tracer(Problem problem, ArithmeticMode mode) {
        this.problem = problem;
        this.schedule = problem.schedule();
        this.run = RunInputs.of(problem, mode.arithmetic());
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

    /** What the loop needs of an update: its cost, gradient length, and the parameters it leads to (null: none). */
    record Step(Quantity cost, double gradientNorm, List<Num> weights, List<Num> biases) {
        static Step of(Iteration it) {
            double norm = 0;
            boolean known = true;
            List<Quantity> gradients = new ArrayList<>(it.all(QuantityKind.GRAD_W));
            gradients.addAll(it.all(QuantityKind.GRAD_B));
            for (Quantity g : gradients) {
                known &= g != null && g.finite();
                norm += known ? square(g.value().toDouble()) : 0;
            }
            norm = known ? Math.sqrt(norm) : Double.NaN;
            List<Quantity> parameters = new ArrayList<>(it.all(QuantityKind.W_NEW));
            parameters.addAll(it.all(QuantityKind.B_NEW));
            boolean next = parameters.stream().allMatch(q -> q != null && q.finite());
            return new Step(it.cost(), norm, next ? values(it.all(QuantityKind.W_NEW)) : null,
                    next ? values(it.all(QuantityKind.B_NEW)) : null);
        }

        private static List<Num> values(List<Quantity> quantities) {
            return quantities.stream().map(Quantity::value).toList();
        }

        private static double square(double v) {
            return v * v;
        }
    }

    /** Where a run stands between updates: the parameters, the updates shown so far, the progress rows. */
    private static final class Run {
        List<Num> weights;
        List<Num> biases;
        final List<Iteration> shown = new ArrayList<>();
        final ProgressLog progress = new ProgressLog(PROGRESS_ROWS);
        Stop stop = Stop.PLANNED;
        int updates;

        boolean previousShown(int t) {
            return !shown.isEmpty() && shown.get(shown.size() - 1).number() == t - 1;
        }
    }

    private Trace run(ArithmeticMode mode) {
        Run state = new Run();
        state.weights = run.startingWeights();
        state.biases = run.startingBiases();
        int planned = schedule.until().map(Schedule.StopRule::maxIterations).orElse(problem.iterations());
        BatchOrder batches = new BatchOrder(problem.sampleCount(), schedule.batchSize(problem.sampleCount()),
                schedule.shuffleSeed());
        for (int t = 1; t <= planned && state.stop == Stop.PLANNED; t++) {
            update(state, t, batches.next(), t == 1 || t == planned || schedule.show().shows(t));
        }
        Provenance provenance = new Provenance(Provenance.currentVersion(), problem.source(), mode, problem.decimals());
        return new Trace(problem, provenance, state.shown, state.progress.rows(), notes, state.stop, state.updates);
    }

    /** One update: derived in full when it is shown (or must be), else on the fast path. */
    private void update(Run state, int t, BatchOrder.Batch batch, boolean show) {
        boolean fast = !run.arithmetic().roundsEachStep() && problem.featuresKnown();
        Iteration it = null;
        Step brief;
        if (show || !fast || hasGivens(t)) {
            it = derive(state, t, batch, show);
            brief = Step.of(it);
        } else {
            try {
                brief = run.classes() == 0 ? FastStep.of(run, batch, state.weights, state.biases.get(0))
                        : SoftmaxFastStep.of(run, batch, state.weights, state.biases);
            } catch (NumericOverflow e) {
                // the recorded path overflows at the same operation and names the quantity
                brief = Step.of(derive(state, t, batch, false));
            }
        }
        state.updates = t;
        state.progress.add(new ProgressRow(t, batch.epoch(), state.weights, state.biases, brief.cost(), brief.gradientNorm()));
        double threshold = schedule.until().map(rule -> rule.gradientNorm().doubleValue()).orElse(-1.0);
        if (brief.weights() == null) {
            state.stop = Stop.UNDERIVABLE;
        } else if (threshold >= 0 && brief.gradientNorm() < threshold) {
            state.stop = Stop.CONVERGED;
        }
        if (state.stop != Stop.PLANNED && (it == null || !show)) {
            it = derive(state, t, batch, true); // the run ends here: show this last update in full, notes too, after all
        }
        if (it != null && (show || state.stop != Stop.PLANNED)) {
            state.shown.add(it);
        }
        if (state.stop == Stop.PLANNED) {
            state.weights = brief.weights();
            state.biases = brief.biases();
        }
    }

    private Iteration derive(Run state, int t, BatchOrder.Batch batch, boolean recording) {
        log.recording(recording);
        List<Integer> members = new ArrayList<>(batch.samples().length);
        for (int i : batch.samples()) {
            members.add(i);
        }
        // an update not shown has no boundary: nothing after it reads one, and no document shows it
        boolean boundary = recording && problem.featuresKnown() && problem.featureCount() == 1;
        StepShape shape = new StepShape(t, members, run.features(), state.previousShown(t), boundary,
                schedule.l2().signum() != 0, run.classes());
        return RecordedStep.derive(run, batch.epoch(), shape, state.weights, state.biases, log);
    }

    private boolean hasGivens(int t) {
        return problem.given().keySet().stream().anyMatch(id -> id.iteration() == t);
    }
}
