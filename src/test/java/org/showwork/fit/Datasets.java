package org.showwork.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.showwork.problem.FitProblem;
import org.showwork.problem.TrainingData;

/** Small data sets for the fit's tests, and an independent gradient to check fits against. */
final class Datasets {
    private Datasets() {}

    static TrainingData of(double[][] x, int[] y) {
        return of(x, y, null);
    }

    static TrainingData of(double[][] x, int[] y, double[] weights) {
        int d = x[0].length;
        double[] flat = new double[x.length * d];
        for (int i = 0; i < x.length; i++) {
            System.arraycopy(x[i], 0, flat, i * d, d);
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add(d == 1 ? "x" : "x" + j);
        }
        return new TrainingData("test", "", names, "y", flat, y, weights, weights == null ? null : "s");
    }

    /** The tutorial's five points: x = 1..5, labels 0, 0, 0, 1, 1 (completely separable). */
    static TrainingData fivePoints() {
        return of(new double[][] {{1}, {2}, {3}, {4}, {5}}, new int[] {0, 0, 0, 1, 1});
    }

    /** Gaussian features of assorted scales, labels drawn from a logistic model; both classes guaranteed. */
    static TrainingData random(long seed, int n, int d) {
        Random random = new Random(seed);
        double[] truth = new double[d + 1];
        for (int j = 0; j <= d; j++) {
            truth[j] = random.nextGaussian();
        }
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double z = truth[d];
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian() * (1 + j) + j;
                z += truth[j] * x[i][j] / (1 + j);
            }
            y[i] = random.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
        }
        y[0] = 0;
        y[1] = 1;
        return of(x, y);
    }

    static Fit fit(TrainingData data, Penalty penalty) {
        return Fitter.fit(new FitProblem(data, Optional.empty()), new FitSettings(penalty, false, 100));
    }

    /**
     * ∇F written straight from its formula, with the textbook σ, on the data as given: the
     * reference the solver's result must satisfy, sharing no code with {@link Objective}.
     */
    static double[] gradient(TrainingData data, Penalty penalty, Parameters at) {
        int d = data.featureCount();
        double c = penalty instanceof Penalty.L2 l2 ? l2.c() : 1;
        double[] g = new double[d + 1];
        for (int i = 0; i < data.sampleCount(); i++) {
            double z = at.bias();
            for (int j = 0; j < d; j++) {
                z += at.weights().get(j) * data.x(i, j);
            }
            double error = 1 / (1 + Math.exp(-z)) - data.y(i);
            for (int j = 0; j < d; j++) {
                g[j] += c * data.weight(i) * error * data.x(i, j);
            }
            g[d] += c * data.weight(i) * error;
        }
        if (penalty instanceof Penalty.L2) {
            for (int j = 0; j < d; j++) {
                g[j] += at.weights().get(j);
            }
        }
        return g;
    }

    static double norm(double[] v) {
        double s = 0;
        for (double e : v) {
            s += e * e;
        }
        return Math.sqrt(s);
    }
}
