package org.showwork.derive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.showwork.derive.graph.StepShape;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * One gradient-descent update as recorded: the parameters it starts from and a value for every
 * quantity of its {@link StepShape}, in the shape's order; a quantity that cannot be derived is
 * null. The samples' features and labels are shared by every update of a trace.
 *
 * @param number  1-based update number (ids of update t carry the prefix {@code tN:} from t = 2)
 * @param epoch   1-based pass over the data this update belongs to (equal to the number in full-batch descent)
 * @param shape   the quantities the update has; its batch is the samples it sees, in the order visited
 * @param weights the weights it starts from, class by class in a softmax model (K rows of d, one list)
 * @param biases  the bias it starts from (one per class in a softmax model)
 * @param values  the quantities, by slot of the shape
 * @param data    the features (in the trace's arithmetic) and labels of every sample
 */
public record Iteration(int number, int epoch, StepShape shape, List<Num> weights, List<Num> biases,
        List<Quantity> values, SampleData data) {

    /** The features (one list per sample, empty without features) and labels of the problem's samples. */
    public record SampleData(List<List<Num>> x, List<Integer> y) {
        public SampleData {
            x = List.copyOf(x);
            y = List.copyOf(y);
        }
    }

    public Iteration {
        weights = List.copyOf(weights);
        biases = List.copyOf(biases);
        // unlike List.copyOf, keeps the nulls of quantities that cannot be derived
        values = Collections.unmodifiableList(new ArrayList<>(values));
        if (values.size() != shape.size()) {
            throw new IllegalArgumentException("one value per quantity of the update's shape");
        }
    }

    /** The bias the update starts from (of the binary model, or of class 1). */
    public Num bias() {
        return biases.get(0);
    }

    /** Starting weight j of class k (1-based; 0 in the binary model). */
    public Num weight(int k, int j) {
        return weights.get(ParameterIndex.index(k, j, shape.features()));
    }

    /** The starting bias of class k (1-based; 0 in the binary model). */
    public Num bias(int k) {
        return biases.get(Math.max(k, 1) - 1);
    }

    /** Every quantity of one kind, in the order of the derivation (class by class, feature by feature). */
    public List<Quantity> all(QuantityKind kind) {
        int first = shape.firstSlot(kind);
        if (first >= 0) {
            // a kind the update has once: its slots follow one another (the tracer asks for these every update)
            return values.subList(first, first + shape.width(kind));
        }
        List<Quantity> list = new ArrayList<>();
        forEachSlot((id, q) -> {
            if (id.kind() == kind) {
                list.add(q);
            }
        });
        return Collections.unmodifiableList(list);
    }

    private void forEachSlot(BiConsumer<QuantityId, Quantity> visitor) {
        int[] slot = {0};
        shape.forEachId(id -> visitor.accept(id, values.get(slot[0]++)));
    }

    /** The samples this update sees, in the order visited; m is their number. */
    public List<Integer> batch() {
        return shape.batch();
    }

    /** The quantity with this id; null when the update has no such quantity or it cannot be derived. */
    public Quantity get(QuantityId id) {
        int slot = shape.slot(id);
        return slot < 0 ? null : values.get(slot);
    }

    public Quantity get(QuantityKind kind) {
        return get(QuantityId.of(number, kind));
    }

    public Quantity get(QuantityKind kind, int sample) {
        return get(QuantityId.ofSample(number, kind, sample));
    }

    /** The quantities of a per-feature kind of the update, by feature. */
    public List<Quantity> perFeature(QuantityKind kind) {
        List<Quantity> list = new ArrayList<>(shape.features());
        for (int j = 1; j <= shape.features(); j++) {
            list.add(get(QuantityId.ofFeature(number, kind, j)));
        }
        return Collections.unmodifiableList(list);
    }

    /** Visits every quantity that is present, with its id, in the order of the derivation. */
    public void forEach(BiConsumer<QuantityId, Quantity> visitor) {
        int[] slot = {0};
        shape.forEachId(id -> {
            Quantity q = values.get(slot[0]++);
            if (q != null) {
                visitor.accept(id, q);
            }
        });
    }

    /** Each sample's row of the update, in the order visited. */
    public List<SampleStep> samples() {
        List<SampleStep> rows = new ArrayList<>(shape.m());
        for (int i : shape.batch()) {
            List<Quantity> errorX = null;
            if (shape.features() > 0) {
                errorX = new ArrayList<>(shape.features());
                for (int j = 1; j <= shape.features(); j++) {
                    errorX.add(get(new QuantityId(number, QuantityKind.ERROR_X, i, j)));
                }
            }
            rows.add(new SampleStep(i, data.x().get(i - 1), data.y().get(i - 1), get(QuantityKind.Z, i),
                    get(QuantityKind.P, i), get(QuantityKind.LOSS, i), get(QuantityKind.ERROR, i), errorX));
        }
        return rows;
    }

    public Quantity sumLoss() {
        return get(QuantityKind.SUM_LOSS);
    }

    public Quantity sumError() {
        return get(QuantityKind.SUM_ERROR);
    }

    public List<Quantity> sumErrorX() {
        return perFeature(QuantityKind.SUM_ERROR_X);
    }

    public Quantity cost() {
        return get(QuantityKind.COST);
    }

    public List<Quantity> gradW() {
        return perFeature(QuantityKind.GRAD_W);
    }

    public Quantity gradB() {
        return get(QuantityKind.GRAD_B);
    }

    public List<Quantity> wNew() {
        return perFeature(QuantityKind.W_NEW);
    }

    public Quantity bNew() {
        return get(QuantityKind.B_NEW);
    }

    /** The decision boundary x = −b/w of the starting parameters (one feature only). */
    public Quantity boundary() {
        return get(QuantityKind.BOUNDARY);
    }

    /** The decision boundary of the updated parameters (one feature only). */
    public Quantity boundaryNew() {
        return get(QuantityKind.BOUNDARY_NEW);
    }

    /**
     * Whether the gradient, as carried, is exactly zero: then the starting parameters are a
     * stationary point of the cost and gradient descent does not move them. Empty when the
     * gradient could not be derived.
     */
    public Optional<Boolean> stationary() {
        Quantity gradB = gradB();
        List<Quantity> gradW = gradW();
        if (gradB == null || gradW.stream().anyMatch(q -> q == null)) {
            return Optional.empty();
        }
        boolean zero = gradB.value().signum() == 0 && gradW.stream().allMatch(g -> g.value().signum() == 0);
        return Optional.of(zero);
    }
}
