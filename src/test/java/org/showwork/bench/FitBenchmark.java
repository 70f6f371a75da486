package org.showwork.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.showwork.fit.Fit;
import org.showwork.fit.FitSettings;
import org.showwork.fit.Fitter;
import org.showwork.fit.Objective;
import org.showwork.fit.NewtonSolver;
import org.showwork.fit.Penalty;
import org.showwork.fit.SeparationCheck;
import org.showwork.problem.FitProblem;
import org.showwork.problem.TrainingData;

/**
 * Times {@code showwork fit}'s engine in process on synthetic, seeded data with overlapping classes:
 * 569 × 30 (the size of a classic small medical data set) and 100,000 × 20. For each it reports the
 * median of five runs after two warm-up runs of the separation check, of Newton's method, and of
 * the whole fit. Run by {@code scripts/bench}; not a unit test, because timings are not something a
 * test should assert.
 */
public final class FitBenchmark {

    public static void main(String[] args) {
        report(data(569, 30, 569));
        report(data(100_000, 20, 100_000));
    }

    private static void report(TrainingData data) {
        FitSettings settings = FitSettings.defaults();
        Objective objective = Objective.of(data, settings.penalty(), null);
        double separation = median(() -> SeparationCheck.check(data));
        double newton = median(() -> NewtonSolver.solve(objective, settings.maxIterations(), true));
        Fit[] last = new Fit[1];
        double total = median(() -> last[0] = Fitter.fit(new FitProblem(data, Optional.empty()), settings));
        System.out.printf("fit %,d × %d (C = 1): separation check %.0f ms, Newton %.0f ms (%d iterations, %s), "
                        + "whole fit %.0f ms (median of 5)%n", data.sampleCount(), data.featureCount(), separation, newton,
                last[0].run().steps(), last[0].run().stop().id(), total);
    }

    private static double median(Runnable task) {
        for (int warm = 0; warm < 2; warm++) {
            task.run();
        }
        long[] times = new long[5];
        for (int k = 0; k < times.length; k++) {
            long start = System.nanoTime();
            task.run();
            times[k] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[2] / 1e6;
    }

    /** Gaussian features of different scales; labels drawn from a logistic model, so the classes overlap. */
    static TrainingData data(int n, int d, long seed) {
        Random random = new Random(seed);
        double[] truth = new double[d];
        for (int j = 0; j < d; j++) {
            truth[j] = random.nextGaussian();
        }
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double z = 0.3;
            for (int j = 0; j < d; j++) {
                double scale = 1 + j % 5;
                double v = random.nextGaussian() * scale + j;
                x[i * d + j] = v;
                z += truth[j] * (v - j) / scale;
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
        }
        return new TrainingData("benchmark", "", names, "y", x, y, null, null);
    }
}
