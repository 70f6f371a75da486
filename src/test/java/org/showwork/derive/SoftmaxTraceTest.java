package org.showwork.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.Num;
import org.showwork.problem.Classes;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Softmax regression traced under every schedule against a plain computation written here (the
 * visit order a seeded Fisher–Yates shuffle, the softmax and its gradient from their definitions),
 * the fast path bit for bit against the recorded one, the gradients against central differences
 * of the cost, and hand arithmetic converging to exact arithmetic as the places grow.
 */
class SoftmaxTraceTest {

    private static final DecimalPlaces FOUR = DecimalPlaces.uniform(4);

    /** A plain run: each update's batch cost, and the parameters after the last update. */
    private record Reference(List<Double> costs, double[][] w, double[] b) {}

    private static Reference reference(Problem p, int batchSize, OptionalLong seed, double lambda, int updates) {
        int n = p.sampleCount();
        int d = p.featureCount();
        int k = p.classCount();
        double[][] w = new double[k][d];
        double[] b = new double[k];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                w[c][j] = p.weight(c + 1, j + 1).doubleValue();
            }
            b[c] = p.bias(c + 1).doubleValue();
        }
        double alpha = p.learningRate().doubleValue();
        MersenneTwister random = seed.isPresent() ? new MersenneTwister(seed.getAsLong()) : null;
        int[] order = new int[n];
        int position = n;
        int size = batchSize == 0 ? n : batchSize;
        List<Double> costs = new ArrayList<>();
        for (int t = 0; t < updates; t++) {
            if (position >= n) {
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                for (int i = n - 1; random != null && i > 0; i--) {
                    int r = random.nextInt(i + 1);
                    int s = order[i];
                    order[i] = order[r];
                    order[r] = s;
                }
                position = 0;
            }
            int end = Math.min(n, position + size);
            int m = end - position;
            double cost = 0;
            double[][] gw = new double[k][d];
            double[] gb = new double[k];
            for (int at = position; at < end; at++) {
                int i = order[at];
                double[] x = p.samples().get(i).x().stream().mapToDouble(BigDecimal::doubleValue).toArray();
                int y = p.samples().get(i).y();
                double[] probability = softmax(w, b, x);
                cost -= Math.log(probability[y]);
                for (int c = 0; c < k; c++) {
                    double error = probability[c] - (c == y ? 1 : 0);
                    gb[c] += error / m;
                    for (int j = 0; j < d; j++) {
                        gw[c][j] += error * x[j] / m;
                    }
                }
            }
            double squares = 0;
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    squares += w[c][j] * w[c][j];
                    gw[c][j] += lambda * w[c][j] / m;
                }
            }
            costs.add(cost / m + lambda * squares / (2 * m));
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    w[c][j] -= alpha * gw[c][j];
                }
                b[c] -= alpha * gb[c];
            }
            position = end;
        }
        return new Reference(costs, w, b);
    }

    /** The softmax by its definition, on scores small enough not to need the largest subtracted. */
    private static double[] softmax(double[][] w, double[] b, double[] x) {
        double[] e = new double[b.length];
        double total = 0;
        for (int c = 0; c < b.length; c++) {
            double z = b[c];
            for (int j = 0; j < x.length; j++) {
                z += w[c][j] * x[j];
            }
            e[c] = Math.exp(z);
            total += e[c];
        }
        for (int c = 0; c < b.length; c++) {
            e[c] /= total;
        }
        return e;
    }

    @ParameterizedTest(name = "seed {0}: n={1}, d={2}, K={3}, batch {4}, λ={5}")
    @CsvSource({
        "1, 6, 2, 3, 0, 0",
        "2, 9, 1, 4, 1, 0",
        "3, 10, 3, 3, 4, 0.5",
        "4, 7, 2, 2, 3, 0.1",
        "5, 12, 4, 5, 0, 1",
    })
    void everyScheduleAgreesWithAPlainComputation(long seed, int n, int d, int k, int batch, double lambda) {
        OptionalLong shuffle = batch == 0 ? OptionalLong.empty() : OptionalLong.of(seed * 7);
        int updates = 25;
        Schedule schedule = SoftmaxProblems.schedule(batch, shuffle, BigDecimal.valueOf(lambda),
                new Schedule.Show(false, List.of(1, 2, 7)));
        Problem p = SoftmaxProblems.random(new Random(seed), n, d, k, updates, new BigDecimal("0.3"),
                ArithmeticMode.EXACT, FOUR, schedule);
        Trace trace = Tracer.trace(p);
        Reference ref = reference(p, batch, shuffle, lambda, updates);
        assertThat(trace.progress()).hasSize(updates);
        for (int t = 0; t < updates; t++) {
            assertClose("cost of update " + (t + 1), trace.progress().get(t).cost().value().toDouble(), ref.costs().get(t));
        }
        Iteration last = trace.last();
        for (int c = 1; c <= k; c++) {
            for (int j = 1; j <= d; j++) {
                Quantity w = last.get(new QuantityId(updates, QuantityKind.W_NEW, 0, j, c));
                assertClose("w_new[" + c + "," + j + "]", w.value().toDouble(), ref.w()[c - 1][j - 1]);
            }
            Quantity b = last.get(new QuantityId(updates, QuantityKind.B_NEW, 0, 0, c));
            assertClose("b_new[" + c + "]", b.value().toDouble(), ref.b()[c - 1]);
        }
    }

    @ParameterizedTest(name = "seed {0}, batch {1}")
    @CsvSource({"11, 0", "12, 2", "13, 1"})
    void theFastPathGivesTheRecordedPathsBits(long seed, int batch) {
        OptionalLong shuffle = batch == 0 ? OptionalLong.empty() : OptionalLong.of(seed);
        Problem all = SoftmaxProblems.random(new Random(seed), 8, 3, 4, 30, new BigDecimal("0.5"),
                ArithmeticMode.EXACT, FOUR, SoftmaxProblems.schedule(batch, shuffle, new BigDecimal("0.2"),
                        Schedule.Show.ALL));
        Problem brief = SoftmaxProblems.withSchedule(all, SoftmaxProblems.schedule(batch, shuffle,
                new BigDecimal("0.2"), new Schedule.Show(false, List.of(1))));
        Trace recorded = Tracer.trace(all);
        Trace fast = Tracer.trace(brief);
        assertThat(fast.iterations()).hasSize(2);
        for (int t = 0; t < 30; t++) {
            ProgressRow a = recorded.progress().get(t);
            ProgressRow b = fast.progress().get(t);
            assertThat(bits(b.weights())).as("weights at update %d", t + 1).isEqualTo(bits(a.weights()));
            assertThat(bits(b.biases())).as("biases at update %d", t + 1).isEqualTo(bits(a.biases()));
            assertThat(Double.doubleToRawLongBits(b.cost().value().toDouble())).as("cost at update %d", t + 1)
                    .isEqualTo(Double.doubleToRawLongBits(a.cost().value().toDouble()));
            assertThat(Double.doubleToRawLongBits(b.gradientNorm())).isEqualTo(Double.doubleToRawLongBits(a.gradientNorm()));
        }
        assertThat(bits(fast.last().weights())).isEqualTo(bits(recorded.last().weights()));
    }

    private static List<Long> bits(List<Num> values) {
        return values.stream().map(v -> Double.doubleToRawLongBits(v.toDouble())).toList();
    }

    @ParameterizedTest(name = "seed {0}: K={1}, λ={2}")
    @CsvSource({"21, 3, 0", "22, 4, 0.7", "23, 2, 0"})
    void gradientsAgreeWithCentralDifferencesOfTheCost(long seed, int k, double lambda) {
        Problem p = SoftmaxProblems.random(new Random(seed), 7, 2, k, 1, BigDecimal.ONE, ArithmeticMode.EXACT, FOUR,
                SoftmaxProblems.schedule(0, OptionalLong.empty(), BigDecimal.valueOf(lambda), Schedule.Show.ALL));
        Iteration it = Tracer.trace(p).first();
        double h = 1e-5;
        for (int c = 1; c <= k; c++) {
            for (int j = 0; j <= 2; j++) {
                double numeric = (cost(nudged(p, c, j, h)) - cost(nudged(p, c, j, -h))) / (2 * h);
                QuantityId id = j == 0 ? new QuantityId(1, QuantityKind.GRAD_B, 0, 0, c)
                        : new QuantityId(1, QuantityKind.GRAD_W, 0, j, c);
                assertThat(it.get(id).value().toDouble()).as(id.toString()).isCloseTo(numeric,
                        within(1e-7));
            }
        }
    }

    /** The problem with weight j (0: the bias) of class c moved by h. */
    private static Problem nudged(Problem p, int c, int j, double h) {
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (List<BigDecimal> row : p.classes().weights()) {
            rows.add(new ArrayList<>(row));
        }
        List<BigDecimal> biases = new ArrayList<>(p.classes().biases());
        if (j == 0) {
            biases.set(c - 1, biases.get(c - 1).add(BigDecimal.valueOf(h)));
        } else {
            rows.get(c - 1).set(j - 1, rows.get(c - 1).get(j - 1).add(BigDecimal.valueOf(h)));
        }
        return SoftmaxProblems.withClasses(p, new Classes(p.classes().names(), rows, biases));
    }

    private static double cost(Problem p) {
        return Tracer.trace(p).first().cost().value().toDouble();
    }

    @Test
    void handArithmeticConvergesToExactArithmeticAsThePlacesGrow() {
        Problem exact = SoftmaxProblems.random(new Random(31), 6, 2, 3, 3, new BigDecimal("0.5"), ArithmeticMode.EXACT,
                FOUR, SoftmaxProblems.schedule(0, OptionalLong.empty(), BigDecimal.ZERO, Schedule.Show.ALL));
        double[] target = parameters(Tracer.trace(exact));
        double previous = Double.POSITIVE_INFINITY;
        for (int places : new int[] {2, 4, 7, 10, 14}) {
            Problem hand = SoftmaxProblems.withArithmetic(exact, ArithmeticMode.HAND, DecimalPlaces.uniform(places));
            double[] got = parameters(Tracer.trace(hand, ArithmeticMode.HAND));
            double error = 0;
            for (int i = 0; i < got.length; i++) {
                error = Math.max(error, Math.abs(got[i] - target[i]));
            }
            assertThat(error).as("largest difference with %d places", places).isLessThanOrEqualTo(previous);
            assertThat(error).as("with %d places", places).isLessThan(5 * Math.pow(10, -places) * 20);
            previous = error;
        }
        assertThat(previous).isLessThan(1e-11);
    }

    private static double[] parameters(Trace trace) {
        List<Quantity> all = new ArrayList<>(trace.last().all(QuantityKind.W_NEW));
        all.addAll(trace.last().all(QuantityKind.B_NEW));
        return all.stream().mapToDouble(q -> q.value().toDouble()).toArray();
    }

    private static void assertClose(String what, double got, double expected) {
        assertThat(Math.abs(got - expected)).as(what + ": " + got + " against " + expected)
                .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(expected)));
    }
}
