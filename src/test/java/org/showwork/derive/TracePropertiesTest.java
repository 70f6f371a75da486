package org.showwork.derive;

import org.showwork.quantity.Quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Properties every trace has, for random problems in both arithmetics: sums are the sums of their
 * rows, averages are sums over n, ids round-trip and find their quantities, and hand arithmetic
 * approaches exact arithmetic as the number of decimals grows.
 */
class TracePropertiesTest {

    /**
     * Small problems whose scores stay within about ±6.5 over three steps (features and
     * parameters in [−1, 1], α ≤ 0.3), so that ŷ stays away from 0 and 1 and 12 decimals are plenty.
     */
    @Provide
    Arbitrary<Problem> problems() {
        Arbitrary<Integer> ns = Arbitraries.integers().between(1, 8);
        Arbitrary<Integer> ds = Arbitraries.integers().between(1, 3);
        return ns.flatMap(n -> ds.flatMap(d -> {
            Arbitrary<Sample> sample = Combinators.combine(unit(2).list().ofSize(d), Arbitraries.of(0, 1))
                    .as(Sample::new);
            return Combinators.combine(
                    sample.list().ofSize(n),
                    unit(3).list().ofSize(d),
                    unit(3),
                    Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("0.3")).ofScale(2),
                    Arbitraries.integers().between(1, 3),
                    Arbitraries.integers().between(0, 6))
                    .as((samples, weights, bias, alpha, iterations, decimals) -> Problems.of(samples, weights, bias,
                            alpha, iterations, ArithmeticMode.HAND, DecimalPlaces.uniform(decimals), Map.of()));
        }));
    }

    private static Arbitrary<BigDecimal> unit(int scale) {
        return Arbitraries.bigDecimals().between(BigDecimal.ONE.negate(), BigDecimal.ONE).ofScale(scale);
    }

    private static Trace trace(Problem problem, ArithmeticMode mode) {
        return Tracer.trace(problem, mode);
    }

    @Property(tries = 300)
    void everySumIsTheSumOfItsRows(@ForAll("problems") Problem problem, @ForAll ArithmeticMode mode) {
        Trace trace = trace(problem, mode);
        for (Iteration it : trace.iterations()) {
            assertSum(mode, it.sumLoss(), it.samples().stream().map(SampleStep::loss).toList());
            assertSum(mode, it.sumError(), it.samples().stream().map(SampleStep::error).toList());
            for (int j = 0; j < problem.featureCount(); j++) {
                int feature = j;
                assertSum(mode, it.sumErrorX().get(j), it.samples().stream().map(s -> s.errorX().get(feature)).toList());
            }
        }
    }

    private static void assertSum(ArithmeticMode mode, Quantity sum, List<Quantity> rows) {
        if (rows.stream().anyMatch(Quantity::infinite)) {
            assertThat(sum.infinite()).as("a sum with an infinite row").isTrue();
            return;
        }
        assertThat(sum.finite()).isTrue();
        if (mode == ArithmeticMode.HAND) {
            BigDecimal total = BigDecimal.ZERO;
            for (Quantity row : rows) {
                total = total.add(row.value().toBigDecimal());
            }
            assertThat(sum.value().toBigDecimal()).isEqualByComparingTo(total);
        } else {
            double total = 0;
            double magnitude = 0;
            for (Quantity row : rows) {
                total += row.value().toDouble();
                magnitude += Math.abs(row.value().toDouble());
            }
            assertThat(Math.abs(sum.value().toDouble() - total)).isLessThanOrEqualTo(1e-14 * magnitude);
        }
    }

    @Property(tries = 300)
    void averagesAndUpdatesFollowFromTheCarriedValues(@ForAll("problems") Problem problem, @ForAll ArithmeticMode mode) {
        Trace trace = trace(problem, mode);
        int n = problem.sampleCount();
        int places = problem.decimals().base();
        for (Iteration it : trace.iterations()) {
            assertAverage(mode, it.cost(), it.sumLoss(), n, places);
            assertAverage(mode, it.gradB(), it.sumError(), n, places);
            for (int j = 0; j < problem.featureCount(); j++) {
                assertAverage(mode, it.gradW().get(j), it.sumErrorX().get(j), n, places);
                assertUpdate(mode, it.wNew().get(j), it.weights().get(j).toBigDecimal(), it.gradW().get(j),
                        problem.learningRate(), places);
            }
            assertUpdate(mode, it.bNew(), it.bias().toBigDecimal(), it.gradB(), problem.learningRate(), places);
        }
        // each step starts from the parameters the step before ended with
        for (int t = 1; t < trace.iterations().size(); t++) {
            Iteration before = trace.iterations().get(t - 1);
            Iteration after = trace.iterations().get(t);
            assertThat(after.bias()).isEqualTo(before.bNew().value());
            for (int j = 0; j < problem.featureCount(); j++) {
                assertThat(after.weights().get(j)).isEqualTo(before.wNew().get(j).value());
            }
        }
    }

    private static void assertAverage(ArithmeticMode mode, Quantity average, Quantity sum, int n, int places) {
        if (sum.infinite()) {
            assertThat(average.infinite()).isTrue();
            return;
        }
        if (mode == ArithmeticMode.HAND) {
            BigDecimal expected = sum.value().toBigDecimal().divide(BigDecimal.valueOf(n), places, RoundingMode.HALF_UP);
            assertThat(average.value().toBigDecimal()).isEqualTo(expected);
        } else {
            assertThat(average.value().toDouble()).isEqualTo(sum.value().toDouble() / n);
        }
    }

    private static void assertUpdate(ArithmeticMode mode, Quantity updated, BigDecimal parameter, Quantity gradient,
            BigDecimal alpha, int places) {
        BigDecimal g = gradient.value().toBigDecimal();
        if (mode == ArithmeticMode.HAND) {
            BigDecimal expected = parameter.subtract(alpha.multiply(g)).setScale(places, RoundingMode.HALF_UP);
            assertThat(updated.value().toBigDecimal()).isEqualTo(expected);
        } else {
            double expected = parameter.doubleValue() - alpha.doubleValue() * gradient.value().toDouble();
            assertThat(updated.value().toDouble()).isEqualTo(expected);
        }
    }

    @Property(tries = 200)
    void everyVisitedIdRoundTripsAndFindsItsQuantity(@ForAll("problems") Problem problem, @ForAll ArithmeticMode mode) {
        Trace trace = trace(problem, mode);
        int d = problem.featureCount();
        Set<QuantityId> seen = new HashSet<>();
        List<QuantityKind> kinds = new ArrayList<>();
        trace.forEachQuantity((id, q) -> {
            assertThat(seen.add(id)).as("%s visited twice", id).isTrue();
            assertThat(QuantityId.parse(id.toString(), d)).contains(id);
            assertThat(QuantityId.parse(id.toString(d), d)).contains(id);
            Optional<Quantity> found = trace.find(id);
            assertThat(found).isPresent();
            assertThat(found.get()).isSameAs(q);
            if (!kinds.contains(id.kind())) {
                kinds.add(id.kind());
            }
        });
        // every sample, feature and step is there
        int n = problem.sampleCount();
        int steps = trace.iterations().size();
        assertThat(steps).isEqualTo(problem.iterations());
        long perStep = 4L * n + (long) n * d + 3 + 3L * d + 2 + (d == 1 ? 2 : 0);
        long boundaries = seen.stream().filter(id -> id.kind() == QuantityKind.BOUNDARY
                || id.kind() == QuantityKind.BOUNDARY_NEW).count();
        assertThat(seen.size() + (d == 1 ? 2L * steps - boundaries : 0)).isEqualTo(perStep * steps);
        assertThat(trace.find(QuantityId.of(steps + 1, QuantityKind.COST))).isEmpty();
        assertThat(trace.find(QuantityId.ofSample(1, QuantityKind.Z, n + 1))).isEmpty();
    }

    @Property(tries = 200)
    void handArithmeticWithTwelveDecimalsIsCloseToExact(@ForAll("problems") Problem problem) {
        Trace hand = trace(Problems.withArithmetic(problem, ArithmeticMode.HAND, DecimalPlaces.uniform(12)),
                ArithmeticMode.HAND);
        Trace exact = trace(problem, ArithmeticMode.EXACT);
        List<QuantityId> handIds = new ArrayList<>();
        hand.forEachQuantity((id, q) -> handIds.add(id));
        List<QuantityId> exactIds = new ArrayList<>();
        exact.forEachQuantity((id, q) -> exactIds.add(id));
        assertThat(handIds).isEqualTo(exactIds);
        exact.forEachQuantity((id, e) -> {
            Quantity h = hand.find(id).orElseThrow();
            assertThat(h.finite()).as("%s is finite", id).isTrue();
            double x = e.value().toDouble();
            double tolerance = 1e-9 * Math.max(1, Math.abs(x));
            if (id.kind() == QuantityKind.BOUNDARY || id.kind() == QuantityKind.BOUNDARY_NEW) {
                // x = −b/w magnifies small differences in w by 1/w
                double w = (id.kind() == QuantityKind.BOUNDARY ? exact.iterations().get(id.iteration() - 1).weights()
                        .get(0) : exact.iterations().get(id.iteration() - 1).wNew().get(0).value()).toDouble();
                tolerance = 1e-9 * (1 + Math.abs(x)) / Math.min(1, Math.abs(w));
            }
            assertThat(Math.abs(h.value().toDouble() - x)).as("%s: hand %s, exact %s", id, h.value(), x)
                    .isLessThanOrEqualTo(tolerance);
        });
    }

    @Property(tries = 200)
    void moreDecimalsBringHandArithmeticCloserToExact(@ForAll("problems") Problem problem) {
        Trace exact = trace(problem, ArithmeticMode.EXACT);
        double two = maxDifference(problem, exact, 2);
        double four = maxDifference(problem, exact, 4);
        double eight = maxDifference(problem, exact, 8);
        assertThat(two).isGreaterThan(four);
        assertThat(four).isGreaterThan(eight);
        assertThat(eight).isLessThan(1e-5);
    }

    /** The largest difference between hand (with these decimals) and exact over the quantities finite in both. */
    private static double maxDifference(Problem problem, Trace exact, int decimals) {
        Trace hand = Tracer.trace(Problems.withArithmetic(problem, ArithmeticMode.HAND, DecimalPlaces.uniform(decimals)),
                ArithmeticMode.HAND);
        double[] max = {0};
        exact.forEachQuantity((id, e) -> {
            if (id.kind() == QuantityKind.BOUNDARY || id.kind() == QuantityKind.BOUNDARY_NEW) {
                return; // ill-conditioned where w is near 0; not a measure of rounding
            }
            hand.find(id).filter(Quantity::finite).ifPresent(h ->
                    max[0] = Math.max(max[0], Math.abs(h.value().toDouble() - e.value().toDouble())));
        });
        return max[0];
    }
}
