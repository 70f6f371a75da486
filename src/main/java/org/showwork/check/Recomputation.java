package org.showwork.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.showwork.derive.Iteration;
import org.showwork.derive.Trace;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.derive.graph.Outcome;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.problem.Problem;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;

/**
 * The derivation graph evaluated on anyone's numbers: each quantity from the values it depends on,
 * by the same rules the tracer follows, in the problem's arithmetic (hand: each result rounded half
 * up to its places). This is error carried forward: a student's later value is compared with what
 * their own earlier values give. The {@link MistakeCatalogue} evaluates a quantity the mistaken
 * ways, from the same inputs.
 */
final class Recomputation {

    /** A quantity computed as a named mistake would compute it. */
    record Candidate(Diagnosis diagnosis, Quantity value) {}

    private final Problem problem;
    private final Arithmetic arithmetic;
    private final DecimalPlaces places;
    private final Num alpha;
    private final Num lambda;
    private final int d;
    private final Map<Integer, Iteration> iterations = new HashMap<>();

    Recomputation(Trace trace) {
        this.problem = trace.problem();
        this.arithmetic = trace.provenance().arithmetic().arithmetic();
        this.places = problem.decimals();
        this.alpha = arithmetic.given(problem.learningRate());
        this.lambda = arithmetic.given(problem.schedule().l2());
        this.d = problem.featuresKnown() ? problem.featureCount() : 0;
        for (Iteration it : trace.iterations()) {
            iterations.put(it.number(), it);
        }
    }

    Arithmetic arithmetic() {
        return arithmetic;
    }

    Problem problem() {
        return problem;
    }

    /** The update a quantity belongs to, if the trace has it in full. */
    Iteration update(QuantityId id) {
        return iterations.get(id.iteration());
    }

    /** The quantity computed from {@code values}; null when they do not allow it (or it has no value, e.g. w = 0 for the boundary). */
    Quantity compute(QuantityId id, StudentInputs.Values values) {
        StudentInputs in = inputs(id, values);
        return in == null ? null : compute(id, in);
    }

    /** The quantity computed by its rule from these inputs, written down with its places. */
    Quantity compute(QuantityId id, StudentInputs in) {
        try {
            Outcome outcome = DerivationGraph.of(problem.classCount()).evaluate(id, in);
            return outcome == null ? null : outcome.infinite() ? Quantity.ofInfinite() : carry(id, outcome.value());
        } catch (ArithmeticException | IllegalArgumentException e) {
            return null; // a student's numbers can leave the domain (ln of a negative, an overflowing double)
        }
    }

    /** What the rules read for a quantity of an update the trace has in full; null for any other. */
    StudentInputs inputs(QuantityId id, StudentInputs.Values values) {
        Iteration it = update(id);
        return it == null ? null : new StudentInputs(it, values, null, arithmetic, alpha, lambda, d);
    }

    /** The quantities {@code id} is computed from directly (the parameters of a later update included). */
    List<QuantityId> inputs(QuantityId id) {
        Iteration it = update(id);
        return it == null ? List.of() : DerivationGraph.of(problem.classCount()).inputs(id, it.shape());
    }

    /**
     * The quantity as each mistake of the catalogue that can affect it would compute it, from
     * {@code values}, in the order of the catalogue; the same value may come from several.
     */
    List<Candidate> mistakes(QuantityId id, StudentInputs.Values values) {
        StudentInputs in = inputs(id, values);
        return in == null ? List.of() : MistakeCatalogue.candidates(id, in, this);
    }

    /** The places a quantity is written with. */
    int places(QuantityId id) {
        return places.of(id.kind());
    }

    /** A result written down with the quantity's places; null stays null. */
    Quantity carry(QuantityId id, Num unrounded) {
        if (unrounded == null) {
            return null;
        }
        return Quantity.computed(arithmetic.carry(unrounded, places(id)), unrounded);
    }

    /** An outcome written down with the quantity's places. */
    Quantity carry(QuantityId id, Outcome outcome) {
        if (outcome == null) {
            return null;
        }
        return outcome.infinite() ? Quantity.ofInfinite() : carry(id, outcome.value());
    }

    /** The number of features the derivation uses (0 without features). */
    int features() {
        return d;
    }
}
