package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.showwork.derive.Iteration;
import org.showwork.derive.graph.StepShape;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;
import org.showwork.problem.Schedule;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The recomputation follows the rules of mini-batches, the L2 penalty and thinned runs, which the
 * tracer is learning now: built here directly, with the expected values worked out by hand.
 */
class RecomputationTest {

    private static Problem tutorial() throws Exception {
        return ProblemReader.read(Path.of("worked-examples/tutorial-five-points.yaml"));
    }

    private static Map<QuantityId, Quantity> values(Trace trace) {
        Map<QuantityId, Quantity> values = new HashMap<>();
        trace.forEachQuantity(values::put);
        return values;
    }

    @Test
    void theL2PenaltyAddsToTheCostAndTheWeightGradientButNotTheBias() throws Exception {
        Problem plain = tutorial();
        Problem penalised = new Problem(plain.source(), plain.title(), plain.featureNames(), plain.samples(), true,
                plain.weights(), plain.bias(), plain.learningRate(), 1, plain.arithmetic(), plain.decimals(), Map.of(),
                new Schedule(0, OptionalLong.empty(), new BigDecimal("0.5"), Optional.empty(), Schedule.Show.ALL));
        Trace trace = Tracer.trace(penalised);
        Map<QuantityId, Quantity> values = values(trace);
        Recomputation graph = new Recomputation(trace);
        // J = 0.927/5 + 0.5·2.197²/(2·5) = 0.1854 + 0.2413404… ≈ 0.4267
        assertThat(value(graph, values, QuantityId.of(1, QuantityKind.COST))).isEqualByComparingTo("0.4267");
        // ∂J/∂w = 1.252/5 + 0.5·2.197/5 = 0.2504 + 0.2197 = 0.4701
        assertThat(value(graph, values, QuantityId.ofFeature(1, QuantityKind.GRAD_W, 1))).isEqualByComparingTo("0.4701");
        // ∂J/∂b = 0.500/5: the bias is not penalised
        assertThat(value(graph, values, QuantityId.of(1, QuantityKind.GRAD_B))).isEqualByComparingTo("0.1000");
        // a student who forgot 1/m still gets the penalty's λw/m: 1.252 + 0.2197 = 1.4717
        values.put(QuantityId.ofFeature(1, QuantityKind.GRAD_W, 1), Quantity.ofGiven(graph.arithmetic().given(new BigDecimal("1.4717"))));
        assertThat(graph.mistakes(QuantityId.ofFeature(1, QuantityKind.GRAD_W, 1), values::get)).anyMatch(c ->
                c.diagnosis().mistake() == Mistake.SUM_NOT_AVERAGE
                        && c.value().value().toBigDecimal().compareTo(new BigDecimal("1.4717")) == 0);
    }

    @Test
    void aMiniBatchAveragesOverItsOwnSamplesAndUpdatesAreFoundByNumber() throws Exception {
        Trace full = Tracer.trace(tutorial());
        Iteration first = full.first();
        // update 2 sees samples 3 and 4 only, and starts from update 1's new parameters
        StepShape shape = new StepShape(2, List.of(3, 4), 1, true, true, false);
        List<Quantity> rows = new ArrayList<>();
        shape.forEachId(id -> rows.add(id.kind().perSample() ? first.get(id.inIteration(1)) : null));
        Iteration second = new Iteration(2, 1, shape, List.of(first.wNew().get(0).value()), List.of(first.bNew().value()), rows,
                first.data());
        Trace batched = new Trace(full.problem(), full.provenance(), List.of(first, second), List.of(), List.of(),
                org.showwork.derive.Stop.PLANNED, 2);
        Map<QuantityId, Quantity> values = values(batched);
        Recomputation graph = new Recomputation(batched);
        // z₃ = w′·3 + b′ = 2.172·3 − 6.603 = −0.087, from update 1's new w and b
        Quantity z3 = graph.compute(QuantityId.ofSample(2, QuantityKind.Z, 3), values::get);
        assertThat(z3.value().toBigDecimal()).isEqualByComparingTo("-0.087");
        values.put(QuantityId.ofSample(2, QuantityKind.ERROR, 3), given(graph, "0.478"));
        values.put(QuantityId.ofSample(2, QuantityKind.ERROR, 4), given(graph, "-0.110"));
        Quantity sum = graph.compute(QuantityId.of(2, QuantityKind.SUM_ERROR), values::get);
        assertThat(sum.value().toBigDecimal()).isEqualByComparingTo("0.368");
        values.put(QuantityId.of(2, QuantityKind.SUM_ERROR), sum);
        // m = 2, the batch, not n = 5
        assertThat(value(graph, values, QuantityId.of(2, QuantityKind.GRAD_B))).isEqualByComparingTo("0.1840");
        assertThat(graph.inputs(QuantityId.of(2, QuantityKind.SUM_ERROR))).containsExactly(
                QuantityId.ofSample(2, QuantityKind.ERROR, 3), QuantityId.ofSample(2, QuantityKind.ERROR, 4));
        // dividing by n = 5 instead of m = 2 is a named mistake: 0.368/5 = 0.0736
        assertThat(graph.mistakes(QuantityId.of(2, QuantityKind.GRAD_B), values::get)).anyMatch(c ->
                c.diagnosis().mistake() == Mistake.WRONG_COUNT && c.diagnosis().detail().equals("divided by 5 instead of m = 2")
                        && c.value().value().toBigDecimal().compareTo(new BigDecimal("0.0736")) == 0);
    }

    @Test
    void anUpdateWhosePredecessorIsNotKeptStartsFromTheParametersItRecords() throws Exception {
        Trace three = Tracer.trace(ProblemReader.read(Path.of("worked-examples/tutorial-exact.yaml")));
        assertThat(three.iterations()).hasSize(3);
        Trace thinned = new Trace(three.problem(), three.provenance(), List.of(three.iterations().get(0),
                three.iterations().get(2)), three.progress(), three.notes(), three.stop(), three.updates());
        CheckResult result = new Checker(thinned, MarkingScheme.defaults()).check(Answers.submission(Answers.key(thinned)));
        assertThat(result.marks()).anyMatch(m -> m.id().iteration() == 3);
        assertThat(result.marks()).allMatch(m -> m.verdict() == Verdict.CORRECT);
        // a t2 answer is for an update the trace does not keep
        CheckResult stray = new Checker(thinned, MarkingScheme.defaults()).check(Answers.submission(Map.of("t2:cost", "0.1")));
        assertThat(stray.notes()).anyMatch(n -> n.contains("t2:cost") && n.contains("not shown in full"));
    }

    private static Quantity given(Recomputation graph, String value) {
        return Quantity.ofGiven(graph.arithmetic().given(new BigDecimal(value)));
    }

    private static BigDecimal value(Recomputation graph, Map<QuantityId, Quantity> values, QuantityId id) {
        return graph.compute(id, values::get).value().toBigDecimal();
    }
}
