package org.showwork.check;

import java.util.List;
import java.util.function.UnaryOperator;
import org.showwork.derive.Iteration;
import org.showwork.derive.graph.Inputs;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;

/**
 * What the derivation graph's rules read when the checker recomputes a quantity of one update
 * from someone's own values: their quantities, the problem's samples, and the parameters the
 * update starts from — their new parameters of the update before when the trace has it in full,
 * else those the trace records. With {@code adjust}, every number but the samples' passes through
 * it, so that a rule can be evaluated on inputs rounded early.
 */
final class StudentInputs implements Inputs {

    /** The values quantities are computed from (a student's, or derived); null where there is none. */
    interface Values {
        Quantity get(QuantityId id);
    }

    private final Iteration update;
    private final boolean previous;
    private final Values values;
    private final UnaryOperator<Num> adjust;
    private final Arithmetic arithmetic;
    private final Num learningRate;
    private final Num lambda;
    private final int features;

    StudentInputs(Iteration update, Values values, UnaryOperator<Num> adjust, Arithmetic arithmetic, Num learningRate,
            Num lambda, int features) {
        this.update = update;
        this.previous = update.shape().previous();
        this.values = values;
        this.adjust = adjust;
        this.arithmetic = arithmetic;
        this.learningRate = learningRate;
        this.lambda = lambda;
        this.features = features;
    }

    /** The same inputs with every number but the samples' passed through {@code other}. */
    StudentInputs adjusted(UnaryOperator<Num> other) {
        return new StudentInputs(update, values, other, arithmetic, learningRate, lambda, features);
    }

    @Override
    public Arithmetic arithmetic() {
        return arithmetic;
    }

    @Override
    public Quantity quantity(QuantityId id) {
        Quantity q = values.get(id);
        if (q == null || q.infinite() || adjust == null) {
            return q;
        }
        return new Quantity(adjust.apply(q.value()), q.unrounded(), q.given(), false);
    }

    @Override
    public Num feature(int i, int j) {
        return features == 0 || j < 1 || j > features ? null : update.data().x().get(i - 1).get(j - 1);
    }

    @Override
    public int label(int i) {
        return update.data().y().get(i - 1);
    }

    @Override
    public Num weight(int k, int j) {
        List<QuantityId> own = update.shape().weights(k, j);
        Num w = previous && !own.isEmpty() ? value(own.get(0)) : null;
        return w != null ? w : adjusted(update.weight(k, j));
    }

    @Override
    public Num bias(int k) {
        List<QuantityId> own = update.shape().bias(k);
        Num b = previous && !own.isEmpty() ? value(own.get(0)) : null;
        return b != null ? b : adjusted(update.bias(k));
    }

    @Override
    public int classes() {
        return update.shape().classes();
    }

    private Num adjusted(Num value) {
        return adjust == null ? value : adjust.apply(value);
    }

    @Override
    public Num learningRate() {
        return learningRate;
    }

    @Override
    public Num lambda() {
        return lambda;
    }

    @Override
    public List<Integer> batch() {
        return update.batch();
    }

    @Override
    public int features() {
        return features;
    }
}
