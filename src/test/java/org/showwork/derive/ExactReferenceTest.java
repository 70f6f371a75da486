package org.showwork.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The exact-mode trace against a plain, untraced double implementation of full-batch gradient
 * descent written here: every quantity of every step must agree (bitwise, or within 1e-12
 * relative), and the trace must have exactly the quantities the reference has.
 */
class ExactReferenceTest {

    static Stream<Arguments> configurations() {
        return Stream.of(
                // seed, n, d, iterations, learning rate, feature scale, weight scale
                Arguments.of(1L, 1, 1, 1, "0.1", 1.0, 1.0),
                Arguments.of(2L, 5, 1, 3, "0.5", 5.0, 2.0),
                Arguments.of(3L, 12, 2, 4, "0.05", 2.0, 1.0),
                Arguments.of(4L, 7, 3, 2, "1.5", 1.0, 3.0),
                Arguments.of(5L, 30, 5, 5, "0.01", 10.0, 0.5),
                Arguments.of(6L, 3, 4, 6, "2", 0.5, 0.5),
                Arguments.of(7L, 9, 1, 10, "0.3", 3.0, 0.0),
                // large scores: σ(z) is 0 or 1 in double precision, the loss must stay finite
                Arguments.of(8L, 8, 2, 3, "0.1", 3.0, 30.0),
                Arguments.of(9L, 6, 1, 2, "0.001", 100.0, 20.0));
    }

    @ParameterizedTest(name = "seed {0}: n={1}, d={2}, {3} step(s), α={4}")
    @MethodSource("configurations")
    void exactTraceEqualsPlainDoubleComputation(long seed, int n, int d, int iterations, String alpha,
            double featureScale, double weightScale) {
        Random random = new Random(seed);
        for (int k = 0; k < 10; k++) {
            Problem problem = Problems.random(random, n, d, iterations, new BigDecimal(alpha), featureScale, weightScale);
            assertTraceMatchesReference(problem);
        }
    }

    @Test
    void confidentScoresKeepAFiniteLossInExactArithmetic() {
        // z = 50 with label 0: σ(z) is 1.0 in double precision, yet the loss softplus(50) = 50 is finite;
        // z = −800 with label 1: σ(z) underflows to 0.0, the loss is 800.
        Problem problem = Problems.of(
                List.of(new Sample(List.of(new BigDecimal("10")), 0), new Sample(List.of(new BigDecimal("-160")), 1)),
                List.of(new BigDecimal("5")), BigDecimal.ZERO, new BigDecimal("0.1"), 1, ArithmeticMode.EXACT,
                DecimalPlaces.uniform(4), Map.of());
        Trace trace = Tracer.trace(problem, ArithmeticMode.EXACT);
        SampleStep first = trace.first().samples().get(0);
        SampleStep second = trace.first().samples().get(1);
        assertThat(first.p().value().toDouble()).isEqualTo(1.0);
        assertThat(first.loss().infinite()).as("loss[1] infinite").isFalse();
        assertThat(first.loss().value().toDouble()).isEqualTo(50.0);
        assertThat(second.p().value().toDouble()).isEqualTo(0.0);
        assertThat(second.loss().infinite()).as("loss[2] infinite").isFalse();
        assertThat(second.loss().value().toDouble()).isEqualTo(800.0);
        assertThat(trace.first().cost().value().toDouble()).isEqualTo(425.0);
        assertThat(trace.notes()).isEmpty();
        assertTraceMatchesReference(problem);
    }

    static void assertTraceMatchesReference(Problem problem) {
        Map<QuantityId, Double> expected = reference(problem);
        Trace trace = Tracer.trace(problem, ArithmeticMode.EXACT);
        Map<QuantityId, Double> actual = new LinkedHashMap<>();
        trace.forEachQuantity((id, q) -> {
            if (q.infinite()) {
                fail("%s is infinite in the exact trace; the reference has %s", id, expected.get(id));
            }
            actual.put(id, q.value().toDouble());
        });
        assertThat(actual.keySet()).as("the quantities of the trace").containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<QuantityId, Double> e : expected.entrySet()) {
            double want = e.getValue();
            double got = actual.get(e.getKey());
            if (want != got && Math.abs(want - got) > 1e-12 * Math.max(Math.abs(want), Math.abs(got))) {
                fail("%s: trace %s, reference %s (weights %s, bias %s)", e.getKey(), got, want, problem.weights(),
                        problem.bias());
            }
        }
    }

    /** Gradient descent on doubles, written out plainly, keyed by the ids the trace uses, in its order. */
    static Map<QuantityId, Double> reference(Problem problem) {
        int n = problem.sampleCount();
        int d = problem.featureCount();
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            Sample s = problem.samples().get(i);
            y[i] = s.y();
            for (int j = 0; j < d; j++) {
                x[i][j] = Double.parseDouble(s.x().get(j).toString());
            }
        }
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = Double.parseDouble(problem.weights().get(j).toString());
        }
        double b = Double.parseDouble(problem.bias().toString());
        double alpha = Double.parseDouble(problem.learningRate().toString());

        Map<QuantityId, Double> out = new LinkedHashMap<>();
        for (int t = 1; t <= problem.iterations(); t++) {
            double[] error = new double[n];
            double[] loss = new double[n];
            double[][] errorX = new double[n][d];
            for (int i = 0; i < n; i++) {
                double z = w[0] * x[i][0];
                for (int j = 1; j < d; j++) {
                    z = z + w[j] * x[i][j];
                }
                z = z + b;
                double p = 1.0 / (1.0 + Math.exp(-z));
                // −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = ln(1 + e^(−z)) for y = 1, ln(1 + e^z) for y = 0
                double s = y[i] == 1 ? -z : z;
                loss[i] = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
                error[i] = p - y[i];
                put(out, QuantityId.ofSample(t, QuantityKind.Z, i + 1), z);
                put(out, QuantityId.ofSample(t, QuantityKind.P, i + 1), p);
                put(out, QuantityId.ofSample(t, QuantityKind.LOSS, i + 1), loss[i]);
                put(out, QuantityId.ofSample(t, QuantityKind.ERROR, i + 1), error[i]);
                for (int j = 0; j < d; j++) {
                    errorX[i][j] = error[i] * x[i][j];
                    put(out, new QuantityId(t, QuantityKind.ERROR_X, i + 1, j + 1), errorX[i][j]);
                }
            }
            double sumLoss = loss[0];
            double sumError = error[0];
            for (int i = 1; i < n; i++) {
                sumLoss = sumLoss + loss[i];
                sumError = sumError + error[i];
            }
            double[] sumErrorX = new double[d];
            for (int j = 0; j < d; j++) {
                sumErrorX[j] = errorX[0][j];
                for (int i = 1; i < n; i++) {
                    sumErrorX[j] = sumErrorX[j] + errorX[i][j];
                }
            }
            put(out, QuantityId.of(t, QuantityKind.SUM_LOSS), sumLoss);
            put(out, QuantityId.of(t, QuantityKind.SUM_ERROR), sumError);
            for (int j = 0; j < d; j++) {
                put(out, QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j + 1), sumErrorX[j]);
            }
            put(out, QuantityId.of(t, QuantityKind.COST), sumLoss / n);
            double[] gradW = new double[d];
            for (int j = 0; j < d; j++) {
                gradW[j] = sumErrorX[j] / n;
                put(out, QuantityId.ofFeature(t, QuantityKind.GRAD_W, j + 1), gradW[j]);
            }
            double gradB = sumError / n;
            put(out, QuantityId.of(t, QuantityKind.GRAD_B), gradB);
            double[] wNew = new double[d];
            for (int j = 0; j < d; j++) {
                wNew[j] = w[j] - alpha * gradW[j];
                put(out, QuantityId.ofFeature(t, QuantityKind.W_NEW, j + 1), wNew[j]);
            }
            double bNew = b - alpha * gradB;
            put(out, QuantityId.of(t, QuantityKind.B_NEW), bNew);
            if (d == 1) {
                // the decision boundary w·x + b = 0, i.e. x = −b / w, where w ≠ 0
                if (w[0] != 0) {
                    put(out, QuantityId.of(t, QuantityKind.BOUNDARY), (0.0 - b) / w[0]);
                }
                if (wNew[0] != 0) {
                    put(out, QuantityId.of(t, QuantityKind.BOUNDARY_NEW), (0.0 - bNew) / wNew[0]);
                }
            }
            w = wNew;
            b = bNew;
        }
        return out;
    }

    private static void put(Map<QuantityId, Double> out, QuantityId id, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("the reference itself overflowed at " + id + "; choose a smaller problem");
        }
        out.put(id, value);
    }

    /** The plain reference and the tracer agree on the same list of ids, not just on values. */
    @Test
    void referenceCoversEveryKindOfQuantity() {
        Problem problem = Problems.random(new Random(42), 4, 1, 2, new BigDecimal("0.1"), 1, 1);
        List<QuantityKind> kinds = new ArrayList<>();
        reference(problem).keySet().forEach(id -> {
            if (!kinds.contains(id.kind())) {
                kinds.add(id.kind());
            }
        });
        assertThat(kinds).containsExactlyInAnyOrder(QuantityKind.values());
    }
}
