package org.showwork.fit;

import org.showwork.numeric.StableMath;
import org.showwork.problem.TrainingData;

/**
 * scikit-learn's objective for logistic regression, F(w, b) = c·Σ sᵢ·Lᵢ + (λ/2)·‖w‖², with c = C
 * and λ = 1 for the L2 penalty, c = 1 and λ = 0 without one; Lᵢ = ln(1 + e^zᵢ) − yᵢ·zᵢ is the
 * cross-entropy written in terms of the score zᵢ = w·xᵢ + b, evaluated stably for every z.
 * Its gradient and Hessian are accumulated in one pass over the samples with plain arrays, which
 * is what keeps a 100,000 × 20 Newton step fast.
 */
public final class Objective implements NewtonObjective {

    private final int n;
    private final int d;
    /** The samples' features as given, or null when they are standardized into {@link #x}. */
    private final TrainingData data;
    /** The standardized features, row after row, or null when the data's own are used. */
    private final double[] x;
    private final int[] y;
    private final double[] s;
    private final Penalty penalty;

    private Objective(int n, int d, TrainingData data, double[] x, int[] y, double[] s, Penalty penalty) {
        this.n = n;
        this.d = d;
        this.data = data;
        this.x = x;
        this.y = y;
        this.s = s;
        this.penalty = penalty;
    }

    /** The objective on the data's features, or on their standardized values when {@code scaling} is given. */
    public static Objective of(TrainingData data, Penalty penalty, Standardization scaling) {
        int n = data.sampleCount();
        int d = data.featureCount();
        if (scaling == null) {
            // the data's own features, read a row at a time: no copy of a large data set
            return new Objective(n, d, data, null, data.labels(), data.weights(), penalty);
        }
        double[] x = data.features();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i * d + j] = scaling.apply(j, x[i * d + j]);
            }
        }
        return new Objective(n, d, null, x, data.labels(), data.weights(), penalty);
    }

    public Penalty penalty() {
        return penalty;
    }

    /** The number of parameters, d weights and the bias. */
    @Override
    public int dimension() {
        return d + 1;
    }

    @Override
    public int sampleCount() {
        return n;
    }

    /** zᵢ = w·xᵢ + b for θ = (w, b), for every sample. */
    public double[] scores(double[] theta) {
        double[] z = new double[n];
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            z[i] = score(theta, row(i, row));
        }
        return z;
    }

    /** Sample i's features, copied into {@code row}. */
    private double[] row(int i, double[] row) {
        if (x == null) {
            data.copyRow(i, row);
        } else {
            System.arraycopy(x, i * d, row, 0, d);
        }
        return row;
    }

    /** w·x + b for θ = (w, b) and one sample's features x (θ may be longer: its bias is at d). */
    private double score(double[] theta, double[] features) {
        double z = theta[d];
        for (int j = 0; j < d; j++) {
            z += theta[j] * features[j];
        }
        return z;
    }

    /** F(θ), in one pass. */
    @Override
    public double value(double[] theta) {
        double losses = 0;
        double[] row = new double[d];
        for (int i = 0; i < n; i++) {
            if (s[i] != 0) {
                losses += s[i] * StableMath.logLossFromZ(y[i], score(theta, row(i, row)));
            }
        }
        return penalty.lossFactor() * losses + 0.5 * penalty.weightFactor() * squaredWeights(theta);
    }

    /** F(θ), its gradient and its Hessian, in one pass over the samples. */
    @Override
    public Evaluation evaluate(double[] theta) {
        int p = d + 1;
        double c = penalty.lossFactor();
        double losses = 0;
        double[] g = new double[p];
        double[] h = new double[p * p];
        double[] row = new double[p];
        row[d] = 1;
        for (int i = 0; i < n; i++) {
            if (s[i] == 0) {
                continue;
            }
            row(i, row);
            double z = score(theta, row);
            losses += s[i] * StableMath.logLossFromZ(y[i], z);
            double prob = StableMath.sigmoid(z);
            double error = c * s[i] * (prob - y[i]);
            // σ(z)·σ(−z) rather than p·(1 − p): no cancellation when p is within rounding of 1
            double curvature = c * s[i] * prob * StableMath.sigmoid(-z);
            for (int a = 0; a < p; a++) {
                g[a] += error * row[a];
                double va = curvature * row[a];
                int base = a * p;
                for (int b = a; b < p; b++) {
                    h[base + b] += va * row[b];
                }
            }
        }
        double lambda = penalty.weightFactor();
        for (int j = 0; j < d; j++) {
            g[j] += lambda * theta[j];
            h[j * p + j] += lambda;
        }
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < a; b++) {
                h[a * p + b] = h[b * p + a];
            }
        }
        return new Evaluation(c * losses + 0.5 * lambda * squaredWeights(theta), g, h, p);
    }

    /** σ(zᵢ) for every sample. */
    public double[] probabilities(double[] theta) {
        double[] prob = scores(theta);
        for (int i = 0; i < n; i++) {
            prob[i] = StableMath.sigmoid(prob[i]);
        }
        return prob;
    }

    private double squaredWeights(double[] theta) {
        double sum = 0;
        for (int j = 0; j < d; j++) {
            sum += theta[j] * theta[j];
        }
        return sum;
    }

    /** The objective's value, gradient and Hessian (row after row) at one point. */
    public record Evaluation(double value, double[] gradient, double[] hessian, int dimension) {

        /** A copy: the evaluation stays as it was computed. */
        @Override public double[] gradient() {
            return gradient.clone();
        }

        /** A copy, row after row. */
        @Override public double[] hessian() {
            return hessian.clone();
        }

        public double gradientNorm() {
            return norm(gradient);
        }

        public double hessian(int a, int b) {
            return hessian[a * dimension + b];
        }
    }

    static double norm(double[] v) {
        double sum = 0;
        for (double e : v) {
            sum += e * e;
        }
        return Math.sqrt(sum);
    }
}
