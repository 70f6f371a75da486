package org.showwork.derive;

import java.util.ArrayList;
import java.util.List;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;

/**
 * An unshown update of a softmax model in exact arithmetic, on plain doubles: the K-class
 * counterpart of {@link FastStep}, with every operation the rules perform (the score, the softmax
 * with the largest score subtracted, the loss as log-sum-exp, the per-class errors, sums, gradients
 * and steps) in the same order, so that both paths give the same bits (a test holds them to it).
 */
final class SoftmaxFastStep {
    private SoftmaxFastStep() {}

    static Tracer.Step of(RunInputs run, BatchOrder.Batch batch, List<Num> weightNums, List<Num> biasNums) {
        int classes = biasNums.size();
        int d = weightNums.size() / classes;
        double[][] w = new double[classes][d];
        double[] b = new double[classes];
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < d; j++) {
                w[k][j] = weightNums.get(k * d + j).toDouble();
            }
            b[k] = biasNums.get(k).toDouble();
        }
        Sums sums = sums(run, batch.samples(), w, b);
        return finish(run, sums, w, b, batch.samples().length);
    }

    /** Σ loss, and per class Σ error and Σ error·xⱼ, over these samples in this order. */
    record Sums(double loss, double[] error, double[][] errorX) {}

    static Sums sums(RunInputs run, int[] samples, double[][] w, double[] b) {
        int classes = b.length;
        int d = classes == 0 ? 0 : w[0].length;
        double loss = 0;
        double[] error = new double[classes];
        double[][] errorX = new double[classes][d];
        double[] z = new double[classes];
        boolean first = true;
        for (int sample : samples) {
            double[] xi = run.xd()[sample - 1];
            int label = run.y()[sample - 1];
            for (int k = 0; k < classes; k++) {
                z[k] = score(w[k], b[k], xi);
            }
            double largest = z[0];
            for (double value : z) {
                largest = value > largest ? value : largest;
            }
            double total = Math.exp(z[0] - largest);
            for (int k = 1; k < classes; k++) {
                total = total + Math.exp(z[k] - largest);
            }
            double own = largest + Math.log(total) - z[label];
            loss = first ? own : loss + own;
            for (int k = 0; k < classes; k++) {
                double e = Math.exp(z[k] - largest) / total - (label == k ? 1 : 0);
                error[k] = first ? e : error[k] + e;
                for (int j = 0; j < d; j++) {
                    errorX[k][j] = first ? e * xi[j] : errorX[k][j] + e * xi[j];
                }
            }
            first = false;
        }
        return new Sums(loss, error, errorX);
    }

    /** w·x + b, the products added in feature order, then the bias. */
    private static double score(double[] w, double b, double[] xi) {
        if (w.length == 0) {
            return b;
        }
        double dot = w[0] * xi[0];
        for (int j = 1; j < w.length; j++) {
            dot = dot + w[j] * xi[j];
        }
        return dot + b;
    }

    /** The cost from the sums: Σ loss/m, plus (λ·Σ_k Σ_j w_kj²)/(2m). */
    static double cost(RunInputs run, double loss, double[][] w, double m) {
        double l2 = run.lambda().toDouble();
        double cost = loss / m;
        if (l2 == 0 || w[0].length == 0) {
            return cost;
        }
        double squares = 0;
        boolean first = true;
        for (double[] row : w) {
            for (double v : row) {
                squares = first ? v * v : squares + v * v;
                first = false;
            }
        }
        return cost + l2 * squares / (2 * m);
    }

    private static Tracer.Step finish(RunInputs run, Sums sums, double[][] w, double[] b, int batchSize) {
        double m = batchSize;
        double l2 = run.lambda().toDouble();
        double alpha = run.learningRate().toDouble();
        double norm = 0;
        List<Num> weights = new ArrayList<>();
        for (int k = 0; k < b.length; k++) {
            for (int j = 0; j < w[k].length; j++) {
                double g = sums.errorX()[k][j] / m;
                if (l2 != 0) {
                    g = g + l2 * w[k][j] / m;
                }
                norm += g * g;
                weights.add(new Num.Binary(w[k][j] - alpha * g));
            }
        }
        List<Num> biases = new ArrayList<>();
        for (int k = 0; k < b.length; k++) {
            double g = sums.error()[k] / m;
            norm += g * g;
            biases.add(new Num.Binary(b[k] - alpha * g));
        }
        Num carried = new Num.Binary(cost(run, sums.loss(), w, m));
        return new Tracer.Step(Quantity.computed(carried, carried), Math.sqrt(norm), weights, biases);
    }
}
