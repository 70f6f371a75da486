package org.showwork.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.StableMath;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Stochastic and mini-batch descent, the L2 penalty, stop rules and long runs, each against an
 * independent plain computation written here: the visit order (Fisher–Yates over a seeded
 * Mersenne Twister, reshuffled every epoch), the batch averages over m, the penalty terms.
 */
class ScheduleTest {

    /** A plain run: parameters after every update, and each update's batch cost. */
    private record Reference(List<double[]> weights, List<Double> biases, List<Double> costs, List<int[]> batches) {}

    private static Reference reference(Problem p, int batchSize, OptionalLong seed, double lambda, int updates) {
        int n = p.sampleCount();
        int d = p.featureCount();
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = p.samples().get(i).x().get(j).doubleValue();
            }
            y[i] = p.samples().get(i).y();
        }
        double[] w = p.weights().stream().mapToDouble(BigDecimal::doubleValue).toArray();
        double b = p.bias().doubleValue();
        double alpha = p.learningRate().doubleValue();
        MersenneTwister random = seed.isPresent() ? new MersenneTwister(seed.getAsLong()) : null;
        int[] order = new int[n];
        int position = n;
        int size = batchSize == 0 ? n : batchSize;
        Reference ref = new Reference(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int t = 0; t < updates; t++) {
            if (position >= n) {
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                for (int i = n - 1; random != null && i > 0; i--) {
                    int k = random.nextInt(i + 1);
                    int s = order[i];
                    order[i] = order[k];
                    order[k] = s;
                }
                position = 0;
            }
            int end = Math.min(n, position + size);
            int m = end - position;
            double cost = 0;
            double gb = 0;
            double[] gw = new double[d];
            int[] batch = new int[m];
            for (int k = position; k < end; k++) {
                int i = order[k];
                batch[k - position] = i + 1;
                double z = b;
                for (int j = 0; j < d; j++) {
                    z += w[j] * x[i][j];
                }
                double err = 1 / (1 + Math.exp(-z)) - y[i];
                cost += StableMath.logLossFromZ(y[i], z);
                gb += err;
                for (int j = 0; j < d; j++) {
                    gw[j] += err * x[i][j];
                }
            }
            double squares = 0;
            for (double v : w) {
                squares += v * v;
            }
            ref.costs().add(cost / m + lambda * squares / (2 * m));
            ref.batches().add(batch);
            for (int j = 0; j < d; j++) {
                w[j] -= alpha * (gw[j] / m + lambda * w[j] / m);
            }
            b -= alpha * gb / m;
            ref.weights().add(w.clone());
            ref.biases().add(b);
            position = end;
        }
        return ref;
    }

    private static Problem base(long seed, int n, int d) {
        return Problems.random(new Random(seed), n, d, 1, new BigDecimal("0.3"), 3, 1);
    }

    @ParameterizedTest(name = "batch {0}, seed {1}, λ {2}")
    @CsvSource({"1, -1, 0", "1, 42, 0", "2, 7, 0", "3, -1, 0.5", "0, -1, 0.5", "2, 11, 2", "5, 3, 0.1"})
    void everyScheduleMatchesAPlainComputation(int batch, long seed, String lambda) {
        Problem p = base(batch * 31L + seed, 7, 2);
        int updates = 12;
        OptionalLong shuffle = seed < 0 ? OptionalLong.empty() : OptionalLong.of(seed);
        Schedule schedule = new Schedule(batch, shuffle, new BigDecimal(lambda), Optional.empty(), Schedule.Show.ALL);
        Trace trace = Tracer.trace(Problems.withSchedule(p, schedule, updates), ArithmeticMode.EXACT);
        Reference ref = reference(p, batch, shuffle, Double.parseDouble(lambda), updates);
        assertThat(trace.updates()).isEqualTo(updates);
        for (int t = 0; t < updates; t++) {
            Iteration it = trace.iterations().get(t);
            assertThat(it.batch()).containsExactly(java.util.Arrays.stream(ref.batches().get(t)).boxed().toArray(Integer[]::new));
            assertThat(it.samples()).extracting(SampleStep::i).containsExactlyElementsOf(it.batch());
            assertThat(it.cost().value().toDouble()).isCloseTo(ref.costs().get(t), within(1e-12));
            for (int j = 0; j < p.featureCount(); j++) {
                assertThat(it.wNew().get(j).value().toDouble()).isCloseTo(ref.weights().get(t)[j], within(1e-12));
            }
            assertThat(it.bNew().value().toDouble()).isCloseTo(ref.biases().get(t), within(1e-12));
        }
    }

    @ParameterizedTest(name = "batch {0}")
    @CsvSource({"0", "1", "3"})
    void unshownUpdatesGiveTheSameBitsAsShownOnes(int batch) {
        Problem p = base(5 + batch, 9, 3);
        Schedule all = new Schedule(batch, OptionalLong.of(9), new BigDecimal("0.25"), Optional.empty(), Schedule.Show.ALL);
        Schedule few = new Schedule(batch, OptionalLong.of(9), new BigDecimal("0.25"), Optional.empty(),
                new Schedule.Show(false, List.of(5)));
        Trace full = Tracer.trace(Problems.withSchedule(p, all, 40), ArithmeticMode.EXACT);
        Trace brief = Tracer.trace(Problems.withSchedule(p, few, 40), ArithmeticMode.EXACT);
        assertThat(brief.iterations()).extracting(Iteration::number).containsExactly(1, 5, 40);
        assertThat(brief.progress()).hasSameSizeAs(full.progress());
        for (int k = 0; k < full.progress().size(); k++) {
            ProgressRow a = full.progress().get(k);
            ProgressRow b = brief.progress().get(k);
            assertThat(b.cost().value().toDouble()).isEqualTo(a.cost().value().toDouble());
            assertThat(b.gradientNorm()).isEqualTo(a.gradientNorm());
            assertThat(b.bias().toDouble()).isEqualTo(a.bias().toDouble());
        }
        assertThat(brief.last().bNew().value().toDouble()).isEqualTo(full.last().bNew().value().toDouble());
    }

    @Test
    void theL2GradientIsTheDerivativeOfThePenalisedCost() {
        Problem p = base(99, 6, 2);
        double lambda = 0.7;
        Schedule schedule = new Schedule(0, OptionalLong.empty(), BigDecimal.valueOf(lambda), Optional.empty(), Schedule.Show.ALL);
        Iteration it = Tracer.trace(Problems.withSchedule(p, schedule, 1), ArithmeticMode.EXACT).first();
        CostFunction cost = CostFunction.of(p);
        double[] w = p.weights().stream().mapToDouble(BigDecimal::doubleValue).toArray();
        double b = p.bias().doubleValue();
        double h = 1e-6;
        for (int j = 0; j < w.length; j++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[j] += h;
            down[j] -= h;
            double numeric = (penalised(cost, up, b, lambda, 6) - penalised(cost, down, b, lambda, 6)) / (2 * h);
            assertThat(it.gradW().get(j).value().toDouble()).isCloseTo(numeric, within(1e-7));
        }
        double numericB = (penalised(cost, w, b + h, lambda, 6) - penalised(cost, w, b - h, lambda, 6)) / (2 * h);
        assertThat(it.gradB().value().toDouble()).isCloseTo(numericB, within(1e-7));
        assertThat(it.cost().value().toDouble()).isCloseTo(penalised(cost, w, b, lambda, 6), within(1e-12));
    }

    private static double penalised(CostFunction cost, double[] w, double b, double lambda, int m) {
        double squares = 0;
        for (double v : w) {
            squares += v * v;
        }
        return cost.at(w, b) + lambda * squares / (2 * m);
    }

    @Test
    void aLongRunKeepsOnlyWhatItShowsAndABoundedProgressLog() {
        Problem p = base(3, 20, 2);
        Schedule schedule = new Schedule(4, OptionalLong.of(1), new BigDecimal("0.1"), Optional.empty(),
                new Schedule.Show(false, List.of(2)));
        Trace trace = Tracer.trace(Problems.withSchedule(p, schedule, 20_000), ArithmeticMode.EXACT);
        assertThat(trace.updates()).isEqualTo(20_000);
        assertThat(trace.iterations()).extracting(Iteration::number).containsExactly(1, 2, 20_000);
        assertThat(trace.progress().size()).isLessThanOrEqualTo(Tracer.PROGRESS_ROWS + 1);
        assertThat(trace.progress().get(0).number()).isEqualTo(1);
        assertThat(trace.progress().get(trace.progress().size() - 1).number()).isEqualTo(20_000);
        assertThat(trace.progress()).extracting(ProgressRow::number).isSorted();
    }

    @Test
    void theStopRuleEndsTheRunAtTheFirstShortGradient() {
        Problem p = base(17, 8, 1);
        BigDecimal threshold = new BigDecimal("0.01");
        Schedule schedule = new Schedule(0, OptionalLong.empty(), BigDecimal.ONE, Optional.of(new Schedule.StopRule(threshold, 50_000)),
                new Schedule.Show(false, List.of()));
        Trace trace = Tracer.trace(Problems.withSchedule(p, schedule, 50_000), ArithmeticMode.EXACT);
        assertThat(trace.stop()).isEqualTo(Stop.CONVERGED);
        List<ProgressRow> rows = trace.progress();
        assertThat(rows.get(rows.size() - 1).gradientNorm()).isLessThan(threshold.doubleValue());
        assertThat(rows.get(rows.size() - 2).gradientNorm()).isGreaterThanOrEqualTo(threshold.doubleValue());
        assertThat(trace.last().number()).isEqualTo(trace.updates());
    }

    /** By hand, unshown updates skip their boundaries and notes; the update the run stops at is shown with both. */
    @Test
    void aHandRunThatStopsAtAnUnshownUpdateShowsItInFull() {
        Problem p = Problems.withArithmetic(base(17, 8, 1), ArithmeticMode.HAND, DecimalPlaces.uniform(3));
        Schedule schedule = new Schedule(0, OptionalLong.empty(), BigDecimal.ONE,
                Optional.of(new Schedule.StopRule(new BigDecimal("0.05"), 5_000)), new Schedule.Show(false, List.of()));
        Trace trace = Tracer.trace(Problems.withSchedule(p, schedule, 5_000), ArithmeticMode.HAND);
        assertThat(trace.stop()).isNotEqualTo(Stop.PLANNED);
        Iteration last = trace.last();
        assertThat(last.number()).isEqualTo(trace.updates()).isGreaterThan(1);
        assertThat(last.get(QuantityId.of(last.number(), QuantityKind.BOUNDARY))).isNotNull();
        assertThat(last.get(QuantityId.of(last.number(), QuantityKind.BOUNDARY_NEW))).isNotNull();
        // the same update traced with every update shown has the same notes for it
        Trace full = Tracer.trace(Problems.withSchedule(p, new Schedule(0, OptionalLong.empty(), BigDecimal.ONE,
                Optional.of(new Schedule.StopRule(new BigDecimal("0.05"), 5_000)), Schedule.Show.ALL), 5_000), ArithmeticMode.HAND);
        assertThat(trace.notes().stream().filter(n -> n.id().iteration() == last.number()).toList())
                .isEqualTo(full.notes().stream().filter(n -> n.id().iteration() == last.number()).toList());
    }

    @Test
    void idsOfAnUpdateNameTheSamplesOfItsBatch() {
        Problem p = Problems.withArithmetic(base(23, 5, 1), ArithmeticMode.HAND, DecimalPlaces.uniform(3));
        Schedule sgd = new Schedule(1, OptionalLong.of(42), BigDecimal.ZERO, Optional.empty(), Schedule.Show.ALL);
        Trace trace = Tracer.trace(Problems.withSchedule(p, sgd, 3), ArithmeticMode.HAND);
        Iteration third = trace.iteration(3).orElseThrow();
        int sample = third.batch().get(0);
        assertThat(trace.find(QuantityId.ofSample(3, QuantityKind.Z, sample))).isPresent();
        int other = sample == 1 ? 2 : 1;
        assertThat(trace.find(QuantityId.ofSample(3, QuantityKind.Z, other))).isEmpty();
        // the update averages over its one sample: the bias gradient is that sample's error
        assertThat(third.gradB().value().toBigDecimal()).isEqualByComparingTo(third.samples().get(0).error().value().toBigDecimal());
    }
}
