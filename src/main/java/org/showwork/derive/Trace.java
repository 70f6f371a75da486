package org.showwork.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.showwork.problem.Problem;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The immutable record of a run: the problem, how the trace was made, the updates it shows with
 * every number (the first and the last always among them), a brief row per update (thinned in very
 * long runs), notes on the arithmetic, why the run stopped and after how many updates. Every
 * renderer and the checker read a trace; none of them computes.
 */
public record Trace(Problem problem, Provenance provenance, List<Iteration> iterations, List<ProgressRow> progress,
        List<Note> notes, Stop stop, int updates) {

    public Trace {
        iterations = List.copyOf(iterations);
        progress = List.copyOf(progress);
        notes = List.copyOf(notes);
    }

    public Trace withNotes(List<Note> others) {
        return new Trace(problem, provenance, iterations, progress, others, stop, updates);
    }


    /** The update with this number, if the trace shows it. */
    public Optional<Iteration> iteration(int number) {
        return iterations.stream().filter(it -> it.number() == number).findFirst();
    }

    public Iteration first() {
        return iterations.get(0);
    }

    public Iteration last() {
        return iterations.get(iterations.size() - 1);
    }

    /** Visits every derived quantity that is present, with its id, in the order of the derivation. */
    public void forEachQuantity(BiConsumer<QuantityId, Quantity> visitor) {
        for (Iteration it : iterations) {
            forEachQuantity(it, visitor);
        }
    }

    /** Visits the quantities of one step, in the order of the derivation. */
    public static void forEachQuantity(Iteration it, BiConsumer<QuantityId, Quantity> visitor) {
        int t = it.number();
        for (SampleStep s : it.samples()) {
            visit(visitor, QuantityId.ofSample(t, QuantityKind.Z, s.i()), s.z());
            visit(visitor, QuantityId.ofSample(t, QuantityKind.P, s.i()), s.p());
            visit(visitor, QuantityId.ofSample(t, QuantityKind.LOSS, s.i()), s.loss());
            visit(visitor, QuantityId.ofSample(t, QuantityKind.ERROR, s.i()), s.error());
            if (s.errorX() != null) {
                for (int j = 0; j < s.errorX().size(); j++) {
                    visit(visitor, new QuantityId(t, QuantityKind.ERROR_X, s.i(), j + 1), s.errorX().get(j));
                }
            }
        }
        visit(visitor, QuantityId.of(t, QuantityKind.SUM_LOSS), it.sumLoss());
        visit(visitor, QuantityId.of(t, QuantityKind.SUM_ERROR), it.sumError());
        visitFeatures(visitor, t, QuantityKind.SUM_ERROR_X, it.sumErrorX());
        visit(visitor, QuantityId.of(t, QuantityKind.COST), it.cost());
        visitFeatures(visitor, t, QuantityKind.GRAD_W, it.gradW());
        visit(visitor, QuantityId.of(t, QuantityKind.GRAD_B), it.gradB());
        visitFeatures(visitor, t, QuantityKind.W_NEW, it.wNew());
        visit(visitor, QuantityId.of(t, QuantityKind.B_NEW), it.bNew());
        visit(visitor, QuantityId.of(t, QuantityKind.BOUNDARY), it.boundary());
        visit(visitor, QuantityId.of(t, QuantityKind.BOUNDARY_NEW), it.boundaryNew());
    }

    private static void visitFeatures(BiConsumer<QuantityId, Quantity> visitor, int t, QuantityKind kind,
            List<Quantity> values) {
        for (int j = 0; j < values.size(); j++) {
            visit(visitor, QuantityId.ofFeature(t, kind, j + 1), values.get(j));
        }
    }

    private static void visit(BiConsumer<QuantityId, Quantity> visitor, QuantityId id, Quantity q) {
        if (q != null) {
            visitor.accept(id, q);
        }
    }

    /** The quantity with this id, if the trace has it. */
    public Optional<Quantity> find(QuantityId id) {
        Optional<Iteration> it = iteration(id.iteration());
        if (it.isEmpty()) {
            return Optional.empty();
        }
        List<Quantity> found = new ArrayList<>(1);
        forEachQuantity(it.get(), (qid, q) -> {
            if (qid.equals(id)) {
                found.add(q);
            }
        });
        return found.stream().findFirst();
    }
}
