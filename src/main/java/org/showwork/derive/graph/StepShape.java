package org.showwork.derive.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Which quantities one update has, and in which order the derivation produces them: for each
 * sample of its batch, in the order visited, the per-sample kinds (an id per feature where the kind
 * has a feature index); then the update's own kinds in the same way. The decision boundary exists
 * with exactly one known feature. Each id has a slot, so an update's values fit one array.
 *
 * <p>{@code previous} says whether update t − 1 is recorded in full, so that its new parameters
 * are the quantities this update starts from; {@code features} is 0 when the problem gives none.
 * {@code classes} is K for a softmax model (0 for the binary one): then each kind with a class
 * index has K times the ids, class by class (and feature by feature within a class).
 */
public final class StepShape {

    private static final List<QuantityKind> SAMPLE_KINDS =
            Arrays.stream(QuantityKind.values()).filter(QuantityKind::perSample).toList();
    private static final List<QuantityKind> STEP_KINDS =
            Arrays.stream(QuantityKind.values()).filter(k -> !k.perSample()).toList();

    private final int update;
    private final List<Integer> batch;
    private final int features;
    private final boolean previous;
    private final boolean boundary;
    private final boolean penalised;
    private final int classes;
    /** Each sample's position in the batch, by sample number; −1 for samples not in it. */
    private final int[] position;
    /** Where each kind's ids start: within a sample's block for per-sample kinds, after all the blocks for the others. */
    private final int[] start = new int[QuantityKind.values().length];
    private final int sampleBlock;

    public StepShape(int update, List<Integer> batch, int features, boolean previous, boolean boundary,
            boolean penalised) {
        this(update, batch, features, previous, boundary, penalised, 0);
    }

    /** The shape of an update of a model with {@code classes} classes (0: the binary model, which has no class index). */
    public StepShape(int update, List<Integer> batch, int features, boolean previous, boolean boundary,
            boolean penalised, int classes) {
        this.classes = classes;
        this.update = update;
        this.batch = List.copyOf(batch);
        this.features = features;
        this.previous = previous;
        this.boundary = boundary;
        this.penalised = penalised;
        int largest = 0;
        for (int i : this.batch) {
            largest = Math.max(largest, i);
        }
        this.position = new int[largest + 1];
        Arrays.fill(position, -1);
        for (int k = 0; k < this.batch.size(); k++) {
            position[this.batch.get(k)] = k;
        }
        int offset = 0;
        for (QuantityKind kind : SAMPLE_KINDS) {
            start[kind.ordinal()] = offset;
            offset += width(kind);
        }
        this.sampleBlock = offset;
        offset *= this.batch.size();
        for (QuantityKind kind : STEP_KINDS) {
            start[kind.ordinal()] = offset;
            offset += width(kind);
        }
    }

    public int update() {
        return update;
    }

    public List<Integer> batch() {
        return batch;
    }

    public int features() {
        return features;
    }

    public boolean previous() {
        return previous;
    }

    public boolean boundary() {
        return boundary;
    }

    /** Whether an L2 penalty makes the weights inputs of the cost and of their gradients. */
    public boolean penalised() {
        return penalised;
    }

    /** The number of classes K of a softmax model; 0 for the binary model. */
    public int classes() {
        return classes;
    }

    /** The new weight j (0: every weight) and bias of update t − 1, when it is recorded: what this update starts from. */
    public List<QuantityId> parameters(int j) {
        return parameters(0, j);
    }

    /**
     * The new weight j (0: every weight) and bias of class k (0: every class; always 0 in the
     * binary model) of update t − 1, when it is recorded, class by class.
     */
    public List<QuantityId> parameters(int k, int j) {
        if (!previous) {
            return List.of();
        }
        List<QuantityId> ids = new ArrayList<>();
        for (int c = classes == 0 ? 0 : 1; c <= classes; c++) {
            if (k != 0 && k != c) {
                continue;
            }
            for (int f = 1; f <= features; f++) {
                if (j == 0 || j == f) {
                    ids.add(new QuantityId(update - 1, QuantityKind.W_NEW, 0, f, c));
                }
            }
            ids.add(new QuantityId(update - 1, QuantityKind.B_NEW, 0, 0, c));
        }
        return ids;
    }

    /** The previous update's new weights (feature j, or all for 0) that this update starts from. */
    public List<QuantityId> weights(int j) {
        return weights(0, j);
    }

    /** The previous update's new weights of class k (0: every class) and feature j (0: every feature). */
    public List<QuantityId> weights(int k, int j) {
        return parameters(k, j).stream().filter(id -> id.kind() == QuantityKind.W_NEW).toList();
    }

    /** The previous update's new bias that this update starts from. */
    public List<QuantityId> bias() {
        return bias(0);
    }

    /** The previous update's new bias of class k (0: every class) that this update starts from. */
    public List<QuantityId> bias(int k) {
        return parameters(k, 0).stream().filter(id -> id.kind() == QuantityKind.B_NEW).toList();
    }

    /** The kinds each sample of a batch has, in the order of the derivation. */
    public static List<QuantityKind> sampleKinds() {
        return SAMPLE_KINDS;
    }

    /** The kinds an update has once, in the order of the derivation. */
    public static List<QuantityKind> stepKinds() {
        return STEP_KINDS;
    }

    public int m() {
        return batch.size();
    }

    /** How many ids of a kind there are per sample (per-sample kinds) or per update (the others). */
    public int width(QuantityKind kind) {
        if (isBoundary(kind)) {
            return boundary && classes == 0 ? 1 : 0;
        }
        return (kind.perFeature() ? features : 1) * copies(kind);
    }

    /** How many classes a kind's ids run over: K for a per-class kind of a softmax model, else one. */
    private int copies(QuantityKind kind) {
        return classes > 0 && kind.perClass() ? classes : 1;
    }

    private static boolean isBoundary(QuantityKind kind) {
        return kind == QuantityKind.BOUNDARY || kind == QuantityKind.BOUNDARY_NEW;
    }

    /** The number of slots: every id of the update. */
    public int size() {
        QuantityKind last = STEP_KINDS.get(STEP_KINDS.size() - 1);
        return start[last.ordinal()] + width(last);
    }

    /** Visits every id of the update in the order of the derivation (the order of the slots). */
    public void forEachId(Consumer<QuantityId> visitor) {
        for (int i : batch) {
            for (QuantityKind kind : SAMPLE_KINDS) {
                visitKind(kind, i, visitor);
            }
        }
        for (QuantityKind kind : STEP_KINDS) {
            if (width(kind) > 0) {
                visitKind(kind, 0, visitor);
            }
        }
    }

    /** The ids of one kind for sample i (0 for the update's own kinds): class by class, feature by feature. */
    private void visitKind(QuantityKind kind, int i, Consumer<QuantityId> visitor) {
        int first = classes > 0 && kind.perClass() ? 1 : 0;
        int last = first == 0 ? 0 : classes;
        for (int c = first; c <= last; c++) {
            if (kind.perFeature()) {
                for (int j = 1; j <= features; j++) {
                    visitor.accept(new QuantityId(update, kind, i, j, c));
                }
            } else {
                visitor.accept(new QuantityId(update, kind, i, 0, c));
            }
        }
    }

    /** Every id of the update, in the order of the derivation. */
    public List<QuantityId> ids() {
        List<QuantityId> ids = new ArrayList<>(size());
        forEachId(ids::add);
        return ids;
    }

    /**
     * The first slot of a kind the update has once (not per sample), whose ids then take the slots
     * that follow, {@link #width} of them, in the order of the derivation; −1 for a per-sample kind.
     */
    public int firstSlot(QuantityKind kind) {
        return kind.perSample() ? -1 : start[kind.ordinal()];
    }

    /** The slot of an id of this update; −1 when the update has no such quantity. */
    public int slot(QuantityId id) {
        if (id.iteration() != update || width(id.kind()) == 0) {
            return -1;
        }
        if (id.kind().perFeature() && (id.feature() < 1 || id.feature() > features)) {
            return -1;
        }
        int copies = copies(id.kind());
        if (copies > 1 ? id.classIndex() < 1 || id.classIndex() > copies : id.classIndex() != 0) {
            return -1;
        }
        int offset = id.kind().perFeature() ? id.feature() - 1 : 0;
        if (copies > 1) {
            offset += (id.classIndex() - 1) * (id.kind().perFeature() ? features : 1);
        }
        if (id.kind().perSample()) {
            int at = id.sample() >= 1 && id.sample() < position.length ? position[id.sample()] : -1;
            return at < 0 ? -1 : at * sampleBlock + start[id.kind().ordinal()] + offset;
        }
        return start[id.kind().ordinal()] + offset;
    }

    /** Whether the sample is in the update's batch. */
    public boolean sees(int sample) {
        return sample >= 1 && sample < position.length && position[sample] >= 0;
    }
}
