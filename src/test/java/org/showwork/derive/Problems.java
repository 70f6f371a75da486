package org.showwork.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;

/** Builds problems for tests directly with the {@link Problem} constructor, without a file. */
final class Problems {
    private Problems() {}

    static Problem of(List<Sample> samples, List<BigDecimal> weights, BigDecimal bias, BigDecimal learningRate,
            int iterations, ArithmeticMode mode, DecimalPlaces places, Map<QuantityId, BigDecimal> given) {
        int d = weights.size();
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add(d == 1 ? "x" : "x" + j);
        }
        return new Problem("test", "test", names, samples, true, weights, bias, learningRate, iterations, mode,
                places, given);
    }

    /** The same problem starting from other parameters. */
    static Problem withParameters(Problem p, List<BigDecimal> weights, BigDecimal bias) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), weights, bias,
                p.learningRate(), p.iterations(), p.arithmetic(), p.decimals(), p.given(), p.schedule());
    }

    /** The same problem in another arithmetic with other places. */
    static Problem withArithmetic(Problem p, ArithmeticMode mode, DecimalPlaces places) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(),
                p.bias(), p.learningRate(), p.iterations(), mode, places, p.given(), p.schedule());
    }

    /** The same problem run on another schedule, for {@code iterations} updates. */
    static Problem withSchedule(Problem p, org.showwork.problem.Schedule schedule, int iterations) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(),
                p.bias(), p.learningRate(), iterations, p.arithmetic(), p.decimals(), p.given(), schedule);
    }

    /** A decimal drawn uniformly from [−scale, scale] with {@code places} decimal places. */
    static BigDecimal decimal(Random random, double scale, int places) {
        long units = Math.round(scale * Math.pow(10, places));
        long k = units == 0 ? 0 : (long) Math.floor(random.nextDouble() * (2 * units + 1)) - units;
        return BigDecimal.valueOf(k, places);
    }

    /**
     * A random exact-mode problem: n samples of d features drawn from [−featureScale, featureScale],
     * weights and bias from [−weightScale, weightScale], random labels.
     */
    static Problem random(Random random, int n, int d, int iterations, BigDecimal learningRate, double featureScale,
            double weightScale) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<BigDecimal> x = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                x.add(decimal(random, featureScale, 3));
            }
            samples.add(new Sample(x, random.nextInt(2)));
        }
        List<BigDecimal> weights = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            weights.add(decimal(random, weightScale, 3));
        }
        return of(samples, weights, decimal(random, weightScale, 3), learningRate, iterations, ArithmeticMode.EXACT,
                DecimalPlaces.uniform(4), Map.of());
    }
}
