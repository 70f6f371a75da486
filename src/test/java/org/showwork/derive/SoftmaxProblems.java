package org.showwork.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Classes;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.problem.Schedule;
import org.showwork.quantity.DecimalPlaces;

/** Builds softmax problems for tests with the {@link Problem} constructor, without a file. */
final class SoftmaxProblems {
    private SoftmaxProblems() {}

    /** A random problem of K classes: features, weights and biases drawn with two decimals. */
    static Problem random(Random random, int n, int d, int k, int iterations, BigDecimal learningRate,
            ArithmeticMode mode, DecimalPlaces places, Schedule schedule) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<BigDecimal> x = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                x.add(Problems.decimal(random, 2, 2));
            }
            samples.add(new Sample(x, i < k ? i : random.nextInt(k)));
        }
        List<List<BigDecimal>> rows = new ArrayList<>();
        List<BigDecimal> biases = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<BigDecimal> row = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                row.add(Problems.decimal(random, 1, 2));
            }
            rows.add(row);
            biases.add(Problems.decimal(random, 1, 2));
        }
        return of(samples, new Classes(Classes.defaultNames(k), rows, biases), learningRate, iterations, mode, places,
                schedule);
    }

    static Problem of(List<Sample> samples, Classes classes, BigDecimal learningRate, int iterations,
            ArithmeticMode mode, DecimalPlaces places, Schedule schedule) {
        int d = samples.get(0).x().size();
        List<String> names = new ArrayList<>();
        List<BigDecimal> zeros = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add(d == 1 ? "x" : "x" + j);
            zeros.add(BigDecimal.ZERO);
        }
        return new Problem("test", "test", names, samples, true, zeros, BigDecimal.ZERO, learningRate, iterations, mode,
                places, Map.of(), schedule, classes);
    }

    /** The same problem with other starting parameters. */
    static Problem withClasses(Problem p, Classes classes) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(),
                p.bias(), p.learningRate(), p.iterations(), p.arithmetic(), p.decimals(), p.given(), p.schedule(),
                classes);
    }

    /** The same problem on another schedule. */
    static Problem withSchedule(Problem p, Schedule schedule) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(),
                p.bias(), p.learningRate(), p.iterations(), p.arithmetic(), p.decimals(), p.given(), schedule,
                p.classes());
    }

    /** The same problem in another arithmetic with other places. */
    static Problem withArithmetic(Problem p, ArithmeticMode mode, DecimalPlaces places) {
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(),
                p.bias(), p.learningRate(), p.iterations(), mode, places, p.given(), p.schedule(), p.classes());
    }

    static Schedule schedule(int batch, OptionalLong seed, BigDecimal l2, Schedule.Show show) {
        return new Schedule(batch, seed, l2, Optional.empty(), show);
    }
}
