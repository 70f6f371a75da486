package org.showwork.derive;

import java.util.ArrayList;
import java.util.List;
import org.showwork.numeric.Num;
import org.showwork.numeric.NumericOverflow;
import org.showwork.numeric.StableMath;
import org.showwork.quantity.Quantity;

/**
 * An update that a document does not show, in exact arithmetic, on plain doubles: a documented
 * optimisation of long runs. Every operation is the one the derivation graph's rules perform
 * through {@link org.showwork.numeric.ExactArithmetic}, in the same order, so both give the same
 * bits (a test holds them to it); nothing is recorded but what the run's loop needs. A value beyond
 * the range of doubles throws {@link NumericOverflow}, and the tracer derives the update in full to
 * name it.
 */
final class FastStep {
    private FastStep() {}

    static Tracer.Step of(RunInputs run, BatchOrder.Batch batch, List<Num> weightNums, Num biasNum) {
        int d = weightNums.size();
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = weightNums.get(j).toDouble();
        }
        double b = biasNum.toDouble();
        return finish(run, sums(run, batch.samples(), w, b), w, b, batch.samples().length);
    }

    /** Σ loss, Σ error and Σ error·xⱼ over these samples, in this order, at parameters (w, b). */
    static double[] sums(RunInputs run, int[] samples, double[] w, double b) {
        double[] sums = new double[w.length + 2];
        boolean first = true;
        for (int sample : samples) {
            accumulate(sums, run.xd()[sample - 1], run.y()[sample - 1], w, b, first);
            first = false;
        }
        return sums;
    }

    /** The cost from the sums over a batch of m samples: Σ loss/m, plus the penalty (λ·Σ wⱼ²)/(2m). */
    static double cost(RunInputs run, double[] sums, double[] w, double m) {
        double l2 = run.lambda().toDouble();
        double cost = sums[0] / m;
        return l2 != 0 ? cost + penalty(w, l2, m) : cost;
    }

    /** Adds one sample's loss, error and error·x to the running sums (the first sample starts them). */
    private static void accumulate(double[] sums, double[] xi, int label, double[] w, double b, boolean first) {
        int d = w.length;
        double z = b;
        if (d > 0) {
            double dot = w[0] * xi[0];
            for (int j = 1; j < d; j++) {
                dot = dot + w[j] * xi[j];
            }
            z = dot + b;
        }
        if (!Double.isFinite(z)) {
            throw new NumericOverflow(z); // σ would hide an infinite score
        }
        double p = StableMath.sigmoid(z);
        double loss = StableMath.logLossFromZ(label, z);
        double error = p - label;
        if (first) {
            sums[0] = loss;
            sums[1] = error;
            for (int j = 0; j < d; j++) {
                sums[2 + j] = error * xi[j];
            }
        } else {
            sums[0] = sums[0] + loss;
            sums[1] = sums[1] + error;
            for (int j = 0; j < d; j++) {
                sums[2 + j] = sums[2 + j] + error * xi[j];
            }
        }
    }

    private static Tracer.Step finish(RunInputs run, double[] sums, double[] w, double b, int batchSize) {
        int d = w.length;
        double m = batchSize;
        double l2 = run.lambda().toDouble();
        double cost = cost(run, sums, w, m);
        double alpha = run.learningRate().toDouble();
        double norm = 0;
        List<Num> next = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            double g = sums[2 + j] / m;
            if (l2 != 0) {
                g = g + l2 * w[j] / m;
            }
            norm += g * g;
            next.add(new Num.Binary(w[j] - alpha * g));
        }
        double gb = sums[1] / m;
        norm += gb * gb;
        Num carried = new Num.Binary(cost);
        return new Tracer.Step(Quantity.computed(carried, carried), Math.sqrt(norm), next,
                List.of(new Num.Binary(b - alpha * gb)));
    }

    /** (λ·Σ w_j²)/(2m), the squares summed in feature order: the same in both paths. */
    private static double penalty(double[] w, double l2, double m) {
        double squares = w[0] * w[0];
        for (int j = 1; j < w.length; j++) {
            squares = squares + w[j] * w[j];
        }
        return l2 * squares / (2 * m);
    }
}
