package org.showwork.fit;

import org.showwork.problem.TrainingData;

/**
 * scikit-learn's objective for multinomial (softmax) logistic regression over K classes,
 * F(θ) = c·Σᵢ sᵢ·(−ln p_{i,yᵢ}) + (λ/2)·Σₖ ‖wₖ‖², with c = C and λ = 1 for the L2 penalty, c = 1 and
 * λ = 0 without one; the intercepts are not penalised. θ holds K blocks of d weights and a bias,
 * class after class. −ln p_{i,y} = logsumexp(zᵢ) − z_{i,y} is evaluated with the largest score
 * subtracted, so it is finite for every finite θ. The Hessian's block (k, l) is
 * c·Σᵢ sᵢ (δₖₗ pᵢₖ − pᵢₖ pᵢₗ) x̃ᵢ x̃ᵢᵀ (x̃ = (x, 1)), plus λ on the weights' diagonal; it is singular
 * along adding one vector to every class (always for the intercepts), which Newton's method
 * handles with the pseudo-inverse, whose shortest solutions keep θ where the classes' parameters
 * sum to zero.
 */
public final class MultinomialObjective implements NewtonObjective {

    private final int n;
    private final int d;
    private final int k;
    private final double[] x;
    private final int[] y;
    private final double[] s;
    private final Penalty penalty;

    private MultinomialObjective(int n, int d, int k, double[] x, int[] y, double[] s, Penalty penalty) {
        this.n = n;
        this.d = d;
        this.k = k;
        this.x = x;
        this.y = y;
        this.s = s;
        this.penalty = penalty;
    }

    /** The objective over {@code classes} classes on the data's features, or their standardized values. */
    public static MultinomialObjective of(TrainingData data, int classes, Penalty penalty, Standardization scaling) {
        int n = data.sampleCount();
        int d = data.featureCount();
        double[] x = data.features();
        if (scaling != null) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < d; j++) {
                    x[i * d + j] = scaling.apply(j, x[i * d + j]);
                }
            }
        }
        return new MultinomialObjective(n, d, classes, x, data.labels(), data.weights(), penalty);
    }

    @Override
    public int dimension() {
        return k * (d + 1);
    }

    @Override
    public int sampleCount() {
        return n;
    }

    public int classes() {
        return k;
    }

    /** The scores z_{i,c} of sample i under θ, into {@code z}. */
    void scores(double[] theta, int i, double[] z) {
        int row = i * d;
        for (int c = 0; c < k; c++) {
            int base = c * (d + 1);
            double score = theta[base + d];
            for (int j = 0; j < d; j++) {
                score += theta[base + j] * x[row + j];
            }
            z[c] = score;
        }
    }

    /** Turns scores into probabilities in place (the largest subtracted first); returns ln Σ e^z. */
    static double softmax(double[] z) {
        double largest = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            largest = Math.max(largest, v);
        }
        double total = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - largest);
            total += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= total;
        }
        return largest + Math.log(total);
    }

    @Override
    public double value(double[] theta) {
        double losses = 0;
        double[] z = new double[k];
        for (int i = 0; i < n; i++) {
            if (s[i] != 0) {
                scores(theta, i, z);
                double own = z[y[i]];
                losses += s[i] * (softmax(z) - own);
            }
        }
        return penalty.lossFactor() * losses + 0.5 * penalty.weightFactor() * squaredWeights(theta);
    }

    @Override
    public Objective.Evaluation evaluate(double[] theta) {
        int p = dimension();
        int q = d + 1;
        double c = penalty.lossFactor();
        double losses = 0;
        double[] g = new double[p];
        double[] h = new double[p * p];
        double[] z = new double[k];
        double[] row = new double[q];
        double[] outer = new double[q * q];
        row[d] = 1;
        for (int i = 0; i < n; i++) {
            if (s[i] == 0) {
                continue;
            }
            System.arraycopy(x, i * d, row, 0, d);
            scores(theta, i, z);
            double own = z[y[i]];
            losses += s[i] * (softmax(z) - own);
            sample(c * s[i], y[i], z, row, outer, g, h);
        }
        double lambda = penalty.weightFactor();
        for (int kc = 0; kc < k; kc++) {
            for (int j = 0; j < d; j++) {
                int a = kc * q + j;
                g[a] += lambda * theta[a];
                h[a * p + a] += lambda;
            }
        }
        symmetrise(h, p, q);
        return new Objective.Evaluation(c * losses + 0.5 * lambda * squaredWeights(theta), g, h, p);
    }

    /**
     * Adds one sample's share to the gradient and the Hessian: its errors pₖ − [y = k] times x̃ = (x, 1),
     * and the blocks (pₖ[k = l] − pₖpₗ)·x̃x̃ᵀ, each times {@code weight} (C times its sample weight).
     */
    private void sample(double weight, int label, double[] p, double[] row, double[] outer, double[] g, double[] h) {
        int q = d + 1;
        int size = dimension();
        for (int a = 0; a < q; a++) {
            for (int b = 0; b < q; b++) {
                outer[a * q + b] = row[a] * row[b];
            }
        }
        for (int kc = 0; kc < k; kc++) {
            double error = weight * (p[kc] - (label == kc ? 1 : 0));
            for (int a = 0; a < q; a++) {
                g[kc * q + a] += error * row[a];
            }
            for (int lc = kc; lc < k; lc++) {
                double curvature = weight * ((kc == lc ? p[kc] : 0) - p[kc] * p[lc]);
                accumulate(h, size, kc * q, lc * q, q, curvature, outer);
            }
        }
    }

    /** Adds curvature·x̃x̃ᵀ to the q × q block at (rowStart, columnStart). */
    private static void accumulate(double[] h, int p, int rowStart, int columnStart, int q, double curvature,
            double[] outer) {
        if (curvature == 0) {
            return;
        }
        for (int a = 0; a < q; a++) {
            int base = (rowStart + a) * p + columnStart;
            int from = a * q;
            for (int b = 0; b < q; b++) {
                h[base + b] += curvature * outer[from + b];
            }
        }
    }

    /** The blocks below the diagonal are the transposes of those above it (each block x̃x̃ᵀ is symmetric itself). */
    private static void symmetrise(double[] h, int p, int q) {
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                if (b / q < a / q) {
                    h[a * p + b] = h[b * p + a];
                }
            }
        }
    }

    /** The probabilities of every class for every sample, row after row (sample i, class c at i·K + c). */
    public double[] probabilities(double[] theta) {
        double[] prob = new double[n * k];
        double[] z = new double[k];
        for (int i = 0; i < n; i++) {
            scores(theta, i, z);
            softmax(z);
            System.arraycopy(z, 0, prob, i * k, k);
        }
        return prob;
    }

    private double squaredWeights(double[] theta) {
        double sum = 0;
        for (int kc = 0; kc < k; kc++) {
            for (int j = 0; j < d; j++) {
                double w = theta[kc * (d + 1) + j];
                sum += w * w;
            }
        }
        return sum;
    }
}
