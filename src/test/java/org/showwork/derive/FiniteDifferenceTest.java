package org.showwork.derive;

import org.showwork.quantity.Quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;

/**
 * The gradients of the exact trace against central finite differences of the cost J(w, b), where
 * J is read from the traces of the problem with one parameter nudged up and down. A wrong sign, a
 * missing 1/n or a wrong feature index in the gradient shows up here as a large difference.
 */
class FiniteDifferenceTest {

    private static final double STEP = 1e-5;

    @ParameterizedTest(name = "seed {0}: n={1}, d={2}, {3} step(s)")
    @CsvSource({
        "11, 1, 1, 1, 1.0, 1.0",
        "12, 5, 1, 3, 2.0, 2.0",
        "13, 8, 2, 2, 1.0, 1.5",
        "14, 10, 3, 4, 3.0, 0.5",
        "15, 4, 5, 2, 1.0, 1.0",
        "16, 20, 2, 5, 5.0, 0.2",
    })
    void gradientsAgreeWithCentralDifferencesOfTheCost(long seed, int n, int d, int iterations, double featureScale,
            double weightScale) {
        Random random = new Random(seed);
        for (int k = 0; k < 8; k++) {
            Problem problem = Problems.random(random, n, d, iterations, new BigDecimal("0.2"), featureScale, weightScale);
            Trace trace = Tracer.trace(problem, ArithmeticMode.EXACT);
            assertThat(trace.iterations()).hasSize(iterations);
            // every step's gradient is the gradient of J at the parameters that step starts from
            for (Iteration it : trace.iterations()) {
                List<Double> w = it.weights().stream().map(v -> v.toDouble()).toList();
                double b = it.bias().toDouble();
                for (int j = 0; j < d; j++) {
                    int feature = j;
                    double numeric = centralDifference(problem, w, b, (ws, bs, h) -> ws.set(feature, ws.get(feature) + h));
                    assertClose("step " + it.number() + " grad_w[" + (j + 1) + "]",
                            it.gradW().get(j).value().toDouble(), numeric);
                }
                double numeric = centralDifference(problem, w, b, (ws, bs, h) -> bs[0] += h);
                assertClose("step " + it.number() + " grad_b", it.gradB().value().toDouble(), numeric);
            }
        }
    }

    interface Nudge {
        void apply(List<Double> weights, double[] bias, double h);
    }

    /** (J(θ + h) − J(θ − h)) / (2h) for the parameter {@code nudge} moves, with the h actually represented. */
    private static double centralDifference(Problem problem, List<Double> w, double b, Nudge nudge) {
        List<Double> wUp = new ArrayList<>(w);
        double[] bUp = {b};
        nudge.apply(wUp, bUp, STEP);
        List<Double> wDown = new ArrayList<>(w);
        double[] bDown = {b};
        nudge.apply(wDown, bDown, -STEP);
        double up = cost(problem, wUp, bUp[0]);
        double down = cost(problem, wDown, bDown[0]);
        double width = 0;
        for (int j = 0; j < w.size(); j++) {
            width += wUp.get(j) - wDown.get(j);
        }
        width += bUp[0] - bDown[0];
        return (up - down) / width;
    }

    /** J(w, b) as the first step of a trace from these parameters computes it. */
    private static double cost(Problem problem, List<Double> w, double b) {
        List<BigDecimal> weights = w.stream().map(BigDecimal::valueOf).toList();
        Problem moved = Problems.withParameters(problem, weights, BigDecimal.valueOf(b));
        Quantity cost = Tracer.trace(moved, ArithmeticMode.EXACT).first().cost();
        assertThat(cost.finite()).isTrue();
        return cost.value().toDouble();
    }

    private static void assertClose(String what, double analytic, double numeric) {
        double scale = Math.max(Math.abs(analytic), 1e-3);
        assertThat(Math.abs(analytic - numeric))
                .as("%s: trace %s, finite difference %s", what, analytic, numeric)
                .isLessThanOrEqualTo(1e-6 * scale);
    }
}
