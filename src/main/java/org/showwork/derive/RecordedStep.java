package org.showwork.derive;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.derive.graph.Inputs;
import org.showwork.derive.graph.LossRule;
import org.showwork.derive.graph.SoftmaxLossRule;
import org.showwork.derive.graph.Outcome;
import org.showwork.derive.graph.StepShape;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.numeric.NumericOverflow;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * One update derived in full: the graph's rules evaluated in the order of the update's shape, each
 * on the values before it. A value the problem gives takes the place of its rule; each result is
 * written down with its places (and in hand arithmetic carried rounded). A shown update leaves notes
 * on what rounding did and on given values that differ from what they replace.
 */
final class RecordedStep implements Inputs {

    private final RunInputs run;
    private final StepShape shape;
    private final List<Num> weights;
    private final List<Num> biases;
    private final DerivationGraph graph;
    private final Quantity[] values;
    private final Num m;
    private final Map<QuantityId, BigDecimal> given;
    private final DecimalPlaces places;
    private final NoteLog notes;

    private RecordedStep(RunInputs run, StepShape shape, List<Num> weights, List<Num> biases, NoteLog notes) {
        this.run = run;
        this.shape = shape;
        this.weights = weights;
        this.biases = biases;
        this.graph = DerivationGraph.of(shape.classes());
        this.values = new Quantity[shape.size()];
        this.m = run.arithmetic().integer(shape.m());
        this.given = run.problem().given();
        this.places = run.problem().decimals();
        this.notes = notes;
    }

    /** The notes a run collects, from the updates it shows. */
    static final class NoteLog {
        private final List<Note> notes;
        private boolean recording;

        NoteLog(List<Note> notes) {
            this.notes = notes;
        }

        void recording(boolean on) {
            recording = on;
        }

        boolean recording() {
            return recording;
        }

        void add(Note note) {
            if (recording) {
                notes.add(note);
            }
        }
    }

    static Iteration derive(RunInputs run, int epoch, StepShape shape, List<Num> weights, List<Num> biases,
            NoteLog notes) {
        RecordedStep step = new RecordedStep(run, shape, weights, biases, notes);
        int[] slot = {0};
        shape.forEachId(id -> {
            step.values[slot[0]++] = step.resolve(id);
            if (id.kind() == QuantityKind.P && id.classIndex() == shape.classes() && shape.classes() > 0) {
                step.noteProbabilitySum(id);
            }
        });
        return new Iteration(shape.update(), epoch, shape, weights, biases, Arrays.asList(step.values), run.data());
    }

    /** The given value, or the rule's result written down; null when neither is to be had. */
    private Quantity resolve(QuantityId id) {
        BigDecimal written = given.isEmpty() ? null : given.get(id);
        if (written != null) {
            if (notes.recording()) {
                compare(id, written);
            }
            return Quantity.ofGiven(run.arithmetic().given(written));
        }
        Outcome outcome = evaluate(id);
        if (outcome == null) {
            return null;
        }
        if (id.kind() == QuantityKind.LOSS && notes.recording()) {
            noteCertainty(id);
        }
        return outcome.infinite() ? Quantity.ofInfinite() : carry(id, outcome.value());
    }

    /** The rule's result; one beyond the range of doubles is the user's overflow, named by its quantity and input. */
    private Outcome evaluate(QuantityId id) {
        try {
            return graph.evaluate(id, this);
        } catch (NumericOverflow e) {
            throw OverflowReport.of(run.problem(), id);
        }
    }

    /** Notes a given value that differs, at the shown places, from what the derivation would give. */
    private void compare(QuantityId id, BigDecimal written) {
        Outcome derived = evaluate(id);
        if (derived == null || derived.infinite()) {
            return;
        }
        int decimals = places.of(id.kind());
        BigDecimal shown = run.arithmetic().carry(derived.value(), decimals).toBigDecimal()
                .setScale(decimals, RoundingMode.HALF_UP);
        if (shown.compareTo(written.setScale(Math.max(decimals, written.scale()), RoundingMode.HALF_UP)) != 0) {
            notes.add(new Note.GivenDiffers(id, written, derived.value().toBigDecimal(), shown));
        }
    }

    /** A probability rounded to 0 or 1 makes the loss infinite against its label, or 0 with it: both are worth a note. */
    private void noteCertainty(QuantityId id) {
        if (shape.classes() > 0) {
            noteOwnClassCertainty(id);
            return;
        }
        QuantityId pId = QuantityId.ofSample(id.iteration(), QuantityKind.P, id.sample());
        Quantity p = quantity(pId);
        if (p != null && LossRule.roundedToCertainty(p.value(), LossRule.fromScore(id, this), run.arithmetic())) {
            int y = label(id.sample());
            notes.add(new Note.CertainProbability(pId, y, p.value().toBigDecimal(), LossRule.contradicts(p.value(), y)));
        }
    }

    /** In a softmax model: the probability of the own class written down as 0 (infinite loss) or 1 (no loss). */
    private void noteOwnClassCertainty(QuantityId id) {
        QuantityId pId = SoftmaxLossRule.own(id, this);
        Quantity p = quantity(pId);
        if (p == null || p.infinite() || SoftmaxLossRule.fromScores(id, this)) {
            return;
        }
        boolean zero = p.value().signum() == 0;
        if (zero || p.value().toBigDecimal().compareTo(BigDecimal.ONE) == 0) {
            notes.add(new Note.CertainProbability(pId, 1, p.value().toBigDecimal(), zero));
        }
    }

    /** Hand arithmetic: a sample's K probabilities, each rounded, need not add up to exactly 1. */
    private void noteProbabilitySum(QuantityId last) {
        if (!run.arithmetic().roundsEachStep()) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int k = 1; k <= shape.classes(); k++) {
            Quantity p = quantity(last.inClass(k));
            if (p == null || p.infinite()) {
                return;
            }
            total = total.add(p.value().toBigDecimal());
        }
        if (total.compareTo(BigDecimal.ONE) != 0) {
            notes.add(new Note.ProbabilitiesSum(last.inClass(0), total));
        }
    }

    /** Writes a result down with its places; hand arithmetic carries the rounded value and notes what rounding did. */
    private Quantity carry(QuantityId id, Num unrounded) {
        if (OverflowReport.beyondRange(unrounded)) {
            throw OverflowReport.of(run.problem(), id);
        }
        int decimals = places.of(id.kind());
        Num carried = run.arithmetic().carry(unrounded, decimals);
        if (run.arithmetic().roundsEachStep() && notes.recording()) {
            noteRounding(id, unrounded, carried.toBigDecimal(), decimals);
        }
        return Quantity.computed(carried, unrounded);
    }

    /**
     * Notes a value rounded to 0, or one whose rounding carried (0.89980… shown as 0.900). A carry
     * leaves 0 as the shown value's last digit, so only then are the unrounded value's digits worked
     * out: in hand arithmetic they are the costly part of a step (see {@code Num.Approximate}).
     */
    private void noteRounding(QuantityId id, Num unrounded, BigDecimal shown, int decimals) {
        if (shown.signum() == 0 && unrounded.signum() != 0) {
            notes.add(new Note.RoundedToZero(id, unrounded.toBigDecimal(), shown));
            return;
        }
        if (lastDigit(shown.setScale(decimals, RoundingMode.HALF_UP)) != 0) {
            return;
        }
        BigDecimal digits = unrounded.toBigDecimal();
        BigDecimal truncated = digits.setScale(decimals, RoundingMode.DOWN);
        if (truncated.compareTo(shown) != 0 && lastDigit(truncated) == 9) {
            notes.add(new Note.RoundingCarry(id, digits, shown, truncated));
        }
    }

    private static int lastDigit(BigDecimal value) {
        return value.unscaledValue().abs().mod(BigInteger.TEN).intValue();
    }

    // ---------------------------------------------------------------- what the rules read

    @Override
    public Arithmetic arithmetic() {
        return run.arithmetic();
    }

    @Override
    public Quantity quantity(QuantityId id) {
        int slot = shape.slot(id);
        return slot < 0 ? null : values[slot];
    }

    @Override
    public Num feature(int i, int j) {
        return run.features() == 0 ? null : run.data().x().get(i - 1).get(j - 1);
    }

    @Override
    public int label(int i) {
        return run.y()[i - 1];
    }

    @Override
    public Num weight(int k, int j) {
        return weights.get(ParameterIndex.index(k, j, run.problem().featureCount()));
    }

    @Override
    public Num bias(int k) {
        return biases.get(Math.max(k, 1) - 1);
    }

    @Override
    public int classes() {
        return shape.classes();
    }

    @Override
    public Num learningRate() {
        return run.learningRate();
    }

    @Override
    public Num lambda() {
        return run.lambda();
    }

    @Override
    public List<Integer> batch() {
        return shape.batch();
    }

    @Override
    public int features() {
        return run.features();
    }

    @Override
    public Num m() {
        return m;
    }
}
