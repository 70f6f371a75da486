package org.showwork.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.showwork.fit.FitSettings;
import org.showwork.fit.MultinomialFit;
import org.showwork.fit.MultinomialFitter;
import org.showwork.problem.Classes;
import org.showwork.problem.CsvDataReader;
import org.showwork.problem.TrainingData;

/**
 * Times the multinomial (softmax) fit in process: Fisher's iris (150 × 4, 3 classes, from
 * worked-examples/fit/iris.csv) and 100,000 × 20 synthetic samples in 5 classes drawn from a
 * softmax model, so that the classes overlap. Median of five runs after two warm-ups, separation
 * checks included. Run by {@code scripts/bench}; not a unit test.
 */
public final class SoftmaxFitBenchmark {

    public static void main(String[] args) throws Exception {
        report(CsvDataReader.read(Path.of("worked-examples/fit/iris.csv"), "species", null), 3, 5);
        report(data(100_000, 20, 5, 13), 5, args.length > 0 ? Integer.parseInt(args[0]) : 5);
    }

    private static void report(TrainingData data, int classes, int runs) {
        MultinomialFit[] last = new MultinomialFit[1];
        double total = median(() -> last[0] = MultinomialFitter.fit(data, Classes.defaultNames(classes),
                FitSettings.defaults()), runs);
        System.out.printf("softmax fit %,d × %d, %d classes (C = 1): %.0f ms (%d Newton iterations, %s; median of %d)%n",
                data.sampleCount(), data.featureCount(), classes, total, last[0].run().steps(),
                last[0].run().stop().id(), runs);
    }

    private static double median(Runnable task, int runs) {
        for (int warm = 0; warm < 2; warm++) {
            task.run();
        }
        long[] times = new long[runs];
        for (int k = 0; k < times.length; k++) {
            long start = System.nanoTime();
            task.run();
            times[k] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }

    /** Gaussian features; labels drawn from a softmax model with random rows, so the classes overlap. */
    static TrainingData data(int n, int d, int k, long seed) {
        Random random = new Random(seed);
        double[][] truth = new double[k][d];
        for (double[] row : truth) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian() * 0.5;
            }
        }
        double[] x = new double[n * d];
        int[] y = new int[n];
        double[] p = new double[k];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = random.nextGaussian();
            }
            double total = 0;
            for (int c = 0; c < k; c++) {
                double z = 0;
                for (int j = 0; j < d; j++) {
                    z += truth[c][j] * x[i * d + j];
                }
                p[c] = Math.exp(z);
                total += p[c];
            }
            double u = random.nextDouble() * total;
            int c = 0;
            while (c < k - 1 && u > p[c]) {
                u -= p[c];
                c++;
            }
            y[i] = c;
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
        }
        return new TrainingData("benchmark", "", names, "y", x, y, null, null);
    }
}
