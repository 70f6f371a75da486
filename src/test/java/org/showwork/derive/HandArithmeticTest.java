package org.showwork.derive;

import org.showwork.quantity.Quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The tutorial's worked examples, checked against numbers worked out by hand (3 decimals, 4 for
 * the gradients and the cost, each rounded value carried forward), and the hand-arithmetic rules:
 * rounding carries, certain probabilities, given quantities.
 */
class HandArithmeticTest {

    private static final Path EXAMPLES = Path.of("worked-examples");

    private static Trace traceOf(String file) throws Exception {
        Problem problem = ProblemReader.read(EXAMPLES.resolve(file));
        assertThat(problem.arithmetic()).isEqualTo(ArithmeticMode.HAND);
        return Tracer.trace(problem);
    }

    /** The values of one column of the sample table, as carried (with their places). */
    private static List<BigDecimal> column(Trace trace, Function<SampleStep, Quantity> quantity) {
        return trace.first().samples().stream().map(quantity).map(q -> q.value().toBigDecimal()).toList();
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal value(Quantity q) {
        assertThat(q).isNotNull();
        assertThat(q.finite()).isTrue();
        return q.value().toBigDecimal();
    }

    // five points: x = 1..5, labels 0 0 0 1 1, w = 2.197, b = −6.593, α = 0.1
    //   z = 2.197·x − 6.593:          −4.396, −2.199, −0.002, 2.195, 4.392
    //   ŷ = σ(z), rounded to 3:        0.012,  0.100,  0.500, 0.900, 0.988   (σ(2.195) = 0.89980…)
    //   loss = −ln(1 − ŷ) or −ln ŷ:    0.012,  0.105,  0.693, 0.105, 0.012   (−ln 0.9 = 0.10536…)

    @Test
    void fivePointsScoresProbabilitiesAndLosses() throws Exception {
        Trace trace = traceOf("tutorial-five-points.yaml");
        assertThat(trace.iterations()).hasSize(1);
        // compare with equals, not compareTo: hand values keep the places they were written with
        assertThat(column(trace, SampleStep::z)).isEqualTo(decimals("-4.396", "-2.199", "-0.002", "2.195", "4.392"));
        assertThat(column(trace, SampleStep::p)).isEqualTo(decimals("0.012", "0.100", "0.500", "0.900", "0.988"));
        assertThat(column(trace, SampleStep::loss)).isEqualTo(decimals("0.012", "0.105", "0.693", "0.105", "0.012"));
    }

    @Test
    void fivePointsGradientStep() throws Exception {
        // errors ŷ − y: 0.012, 0.100, 0.500, 0.900 − 1 = −0.100, 0.988 − 1 = −0.012; their sum is 0.500
        // (ŷ − y)·x:   0.012, 0.200, 1.500, −0.400, −0.060;               their sum is 1.252
        // grad_w = 1.252 / 5 = 0.2504, grad_b = 0.500 / 5 = 0.1000, cost = 0.927 / 5 = 0.1854
        // w := 2.197 − 0.1·0.2504 = 2.17196 → 2.172, b := −6.593 − 0.1·0.1000 = −6.603
        Trace trace = traceOf("tutorial-five-points.yaml");
        Iteration it = trace.first();
        assertThat(column(trace, SampleStep::error)).isEqualTo(decimals("0.012", "0.100", "0.500", "-0.100", "-0.012"));
        assertThat(column(trace, s -> s.errorX().get(0)))
                .isEqualTo(decimals("0.012", "0.200", "1.500", "-0.400", "-0.060"));
        assertThat(value(it.sumLoss())).isEqualTo("0.927");
        assertThat(value(it.sumError())).isEqualTo("0.500");
        assertThat(value(it.sumErrorX().get(0))).isEqualTo("1.252");
        assertThat(value(it.cost())).isEqualTo("0.1854");
        assertThat(value(it.gradW().get(0))).isEqualTo("0.2504");
        assertThat(value(it.gradB())).isEqualTo("0.1000");
        assertThat(value(it.wNew().get(0))).isEqualTo("2.172");
        assertThat(value(it.bNew())).isEqualTo("-6.603");
        // the boundary x = −b/w: 6.593 / 2.197 = 3.00091…, then 6.603 / 2.172 = 3.04005…
        assertThat(value(it.boundary())).isEqualTo("3.001");
        assertThat(value(it.boundaryNew())).isEqualTo("3.040");
        assertThat(it.stationary()).contains(false);
    }

    @Test
    void roundingCarryIsNotedForTheTutorialsProbability() throws Exception {
        Trace trace = traceOf("tutorial-five-points.yaml");
        QuantityId p4 = QuantityId.ofSample(1, QuantityKind.P, 4);
        List<Note.RoundingCarry> carries = trace.notes().stream()
                .filter(Note.RoundingCarry.class::isInstance).map(Note.RoundingCarry.class::cast)
                .filter(n -> n.id().equals(p4)).toList();
        assertThat(carries).hasSize(1);
        Note.RoundingCarry carry = carries.get(0);
        assertThat(carry.shown()).isEqualTo("0.900");
        assertThat(carry.truncated()).isEqualTo("0.899");
        assertThat(carry.unrounded()).isBetween(new BigDecimal("0.89979"), new BigDecimal("0.89981"));
        // σ(−4.396) = 0.01217… neither carries nor rounds to zero
        assertThat(trace.notes()).noneMatch(n -> n.id().equals(QuantityId.ofSample(1, QuantityKind.P, 1)));
        // no infinite losses anywhere in the tutorial
        assertThat(trace.notes()).noneMatch(Note.CertainProbability.class::isInstance);
    }

    // the tutorial's gradient table, from its own ŷ = 0.012, 0.100, 0.500, 0.899, 0.988:
    //   errors −0.101 and −0.012 for the positives; (ŷ − y)·x = 0.012, 0.200, 1.500, −0.404, −0.060
    //   Σ error = 0.499, Σ error·x = 1.248, grad_w = 0.2496, grad_b = 0.0998
    //   losses 0.012, 0.105, 0.693, −ln 0.899 = 0.10647… → 0.106, 0.012: Σ = 0.928, cost = 0.1856
    //   w := 2.197 − 0.02496 = 2.17204 → 2.172, b := −6.593 − 0.00998 = −6.60298 → −6.603

    @Test
    void gradientTableFromTheTutorialsProbabilities() throws Exception {
        Trace trace = traceOf("tutorial-gradient-table.yaml");
        Iteration it = trace.first();
        assertThat(it.samples()).allMatch(s -> s.p().given());
        assertThat(column(trace, SampleStep::p)).isEqualTo(decimals("0.012", "0.100", "0.500", "0.899", "0.988"));
        assertThat(column(trace, SampleStep::error)).isEqualTo(decimals("0.012", "0.100", "0.500", "-0.101", "-0.012"));
        assertThat(column(trace, s -> s.errorX().get(0)))
                .isEqualTo(decimals("0.012", "0.200", "1.500", "-0.404", "-0.060"));
        assertThat(column(trace, SampleStep::loss)).isEqualTo(decimals("0.012", "0.105", "0.693", "0.106", "0.012"));
        assertThat(value(it.sumError())).isEqualTo("0.499");
        assertThat(value(it.sumErrorX().get(0))).isEqualTo("1.248");
        assertThat(value(it.gradW().get(0))).isEqualTo("0.2496");
        assertThat(value(it.gradB())).isEqualTo("0.0998");
        assertThat(value(it.sumLoss())).isEqualTo("0.928");
        assertThat(value(it.cost())).isEqualTo("0.1856");
        assertThat(value(it.wNew().get(0))).isEqualTo("2.172");
        assertThat(value(it.bNew())).isEqualTo("-6.603");
        // z is still computed from the parameters; the given ŷ replaces σ(z)
        assertThat(column(trace, SampleStep::z)).isEqualTo(decimals("-4.396", "-2.199", "-0.002", "2.195", "4.392"));
    }

    @Test
    void twoSamplesUpdateOnlyTheBias() throws Exception {
        // labels 1, 0 with ŷ = 0.9, 0.2: errors −0.1, 0.2; grad_b = 0.1 / 2 = 0.05; b := 0 − 0.1·0.05 = −0.005
        // losses −ln 0.9 = 0.105, −ln 0.8 = 0.223; cost = 0.328 / 2 = 0.164
        Trace trace = traceOf("tutorial-two-samples.yaml");
        Iteration it = trace.first();
        assertThat(trace.problem().featuresKnown()).isFalse();
        assertThat(column(trace, SampleStep::error)).isEqualTo(decimals("-0.100", "0.200"));
        assertThat(column(trace, SampleStep::loss)).isEqualTo(decimals("0.105", "0.223"));
        assertThat(value(it.sumError())).isEqualTo("0.100");
        assertThat(value(it.gradB())).isEqualTo("0.050");
        assertThat(value(it.bNew())).isEqualTo("-0.005");
        assertThat(value(it.cost())).isEqualTo("0.164");
        assertThat(it.samples()).allMatch(s -> s.z() == null && s.errorX() == null);
        assertThat(it.gradW()).isEmpty();
        assertThat(it.wNew()).isEmpty();
        assertThat(it.boundary()).isNull();
    }

    @Test
    void probabilityRoundedToCertaintyAgainstItsLabelMakesTheLossInfinite() {
        // x = 1 and x = −1, both labelled 0, w = 10, b = 0, 3 decimals:
        //   z = 10.000, −10.000; σ(10) = 0.99995… → 1.000, σ(−10) = 0.0000454… → 0.000
        //   loss[1] = −ln(1 − 1.000) = ∞; loss[2] = −ln(1 − 0.000) = 0.000
        //   errors 1.000, 0.000; (ŷ − y)·x = 1.000, 0.000; grad_w = 1.000 / 2 = 0.500, grad_b = 0.500
        //   w := 10 − 0.1·0.500 = 9.950, b := 0 − 0.050 = −0.050
        Problem problem = Problems.of(
                List.of(new Sample(List.of(BigDecimal.ONE), 0), new Sample(List.of(BigDecimal.ONE.negate()), 0)),
                List.of(BigDecimal.TEN), BigDecimal.ZERO, new BigDecimal("0.1"), 1, ArithmeticMode.HAND,
                DecimalPlaces.uniform(3), Map.of());
        Trace trace = Tracer.trace(problem);
        Iteration it = trace.first();
        SampleStep first = it.samples().get(0);
        SampleStep second = it.samples().get(1);
        assertThat(value(first.p())).isEqualTo("1.000");
        assertThat(first.loss().infinite()).isTrue();
        assertThat(first.loss().value()).isNull();
        assertThat(value(second.p())).isEqualTo("0.000");
        assertThat(value(second.loss())).isEqualTo("0.000");
        assertThat(it.sumLoss().infinite()).isTrue();
        assertThat(it.cost().infinite()).isTrue();

        assertThat(trace.notes()).contains(
                new Note.CertainProbability(QuantityId.ofSample(1, QuantityKind.P, 1), 0, new BigDecimal("1.000"), true));
        assertThat(trace.notes()).anyMatch(n -> n instanceof Note.CertainProbability c
                && c.id().equals(QuantityId.ofSample(1, QuantityKind.P, 2)) && !c.infiniteLoss());
        assertThat(trace.notes()).anyMatch(n -> n instanceof Note.RoundedToZero z
                && z.id().equals(QuantityId.ofSample(1, QuantityKind.P, 2)));

        // the gradient does not involve the loss: it stays finite
        assertThat(column(trace, SampleStep::error)).isEqualTo(decimals("1.000", "0.000"));
        assertThat(value(it.sumError())).isEqualTo("1.000");
        assertThat(value(it.sumErrorX().get(0))).isEqualByComparingTo("1.000");
        assertThat(value(it.gradW().get(0))).isEqualTo("0.500");
        assertThat(value(it.gradB())).isEqualTo("0.500");
        assertThat(value(it.wNew().get(0))).isEqualTo("9.950");
        assertThat(value(it.bNew())).isEqualTo("-0.050");
    }

    @Test
    void probabilityRoundedToCertaintyWithItsLabelGivesZeroLoss() {
        // x = 1, label 1, w = 10: ŷ = 1.000 and the loss −ln 1.000 = 0.000 (the true loss is 0.0000454)
        Problem problem = Problems.of(List.of(new Sample(List.of(BigDecimal.ONE), 1)), List.of(BigDecimal.TEN),
                BigDecimal.ZERO, new BigDecimal("0.1"), 1, ArithmeticMode.HAND, DecimalPlaces.uniform(3), Map.of());
        Trace trace = Tracer.trace(problem);
        assertThat(value(trace.first().samples().get(0).loss())).isEqualByComparingTo("0");
        assertThat(trace.notes()).contains(
                new Note.CertainProbability(QuantityId.ofSample(1, QuantityKind.P, 1), 1, new BigDecimal("1.000"), false));
        assertThat(value(trace.first().cost())).isEqualByComparingTo("0");
    }

    @Test
    void givenGradientReplacesItsComputation() throws Exception {
        // given grad_b = 0.2: b := −6.593 − 0.1·0.2 = −6.613; w is updated from the computed grad_w as before
        Problem tutorial = ProblemReader.read(EXAMPLES.resolve("tutorial-five-points.yaml"));
        Problem problem = withGiven(tutorial, Map.of(QuantityId.of(1, QuantityKind.GRAD_B), new BigDecimal("0.2")));
        Iteration it = Tracer.trace(problem).first();
        assertThat(it.gradB().given()).isTrue();
        assertThat(value(it.gradB())).isEqualTo("0.2");
        assertThat(value(it.bNew())).isEqualTo("-6.613");
        assertThat(value(it.wNew().get(0))).isEqualTo("2.172");
        assertThat(it.sumError().given()).isFalse();
    }

    @Test
    void givenScoreReplacesItsComputationAndEverythingAfterFollows() throws Exception {
        // given z[4] = 0: ŷ = 0.500, loss = −ln 0.5 = 0.693, error = −0.500, (ŷ − y)·x = −2.000
        // Σ error = 0.012 + 0.100 + 0.500 − 0.500 − 0.012 = 0.100; Σ error·x = 0.012 + 0.200 + 1.500 − 2.000 − 0.060 = −0.348
        Problem tutorial = ProblemReader.read(EXAMPLES.resolve("tutorial-five-points.yaml"));
        Problem problem = withGiven(tutorial, Map.of(QuantityId.ofSample(1, QuantityKind.Z, 4), BigDecimal.ZERO));
        Trace trace = Tracer.trace(problem);
        SampleStep fourth = trace.first().samples().get(3);
        assertThat(fourth.z().given()).isTrue();
        assertThat(value(fourth.p())).isEqualTo("0.500");
        assertThat(value(fourth.loss())).isEqualTo("0.693");
        assertThat(value(fourth.error())).isEqualTo("-0.500");
        assertThat(value(fourth.errorX().get(0))).isEqualTo("-2.000");
        assertThat(value(trace.first().sumError())).isEqualTo("0.100");
        assertThat(value(trace.first().sumErrorX().get(0))).isEqualTo("-0.348");
        assertThat(value(trace.first().gradW().get(0))).isEqualTo("-0.0696");
    }

    private static Problem withGiven(Problem p, Map<QuantityId, BigDecimal> given) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(),
                p.bias(), p.learningRate(), p.iterations(), p.arithmetic(), p.decimals(), given);
    }
}
