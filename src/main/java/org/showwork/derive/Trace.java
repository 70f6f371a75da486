package org.showwork.derive;

import org.showwork.quantity.Quantity;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.showwork.problem.Problem;
import org.showwork.quantity.QuantityId;

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
            it.forEach(visitor);
        }
    }

    /** The quantity with this id, if the trace has it. */
    public Optional<Quantity> find(QuantityId id) {
        return iteration(id.iteration()).map(it -> it.get(id));
    }
}
