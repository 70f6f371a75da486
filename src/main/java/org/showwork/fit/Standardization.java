package org.showwork.fit;

import java.util.ArrayList;
import java.util.List;
import org.showwork.problem.TrainingData;

/**
 * Scaling each feature to mean 0 and standard deviation 1 before fitting, as scikit-learn's
 * {@code StandardScaler} does: the population standard deviation (divided by n, not n − 1), over
 * all samples whatever their weights, and a feature with no spread is only centred (divided by 1).
 * It translates parameters between the two scales: z = Σ w′ⱼ·(xⱼ − mⱼ)/sⱼ + b′ = Σ wⱼ·xⱼ + b
 * with wⱼ = w′ⱼ/sⱼ and b = b′ − Σ w′ⱼ·mⱼ/sⱼ.
 *
 * @param means      mⱼ
 * @param deviations the population standard deviations, 0 for a constant feature
 */
public record Standardization(List<Double> means, List<Double> deviations) {

    public Standardization {
        means = List.copyOf(means);
        deviations = List.copyOf(deviations);
    }

    public static Standardization of(TrainingData data) {
        int n = data.sampleCount();
        int d = data.featureCount();
        List<Double> means = new ArrayList<>(d);
        List<Double> deviations = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += data.x(i, j);
            }
            double mean = sum / n;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double c = data.x(i, j) - mean;
                squares += c * c;
            }
            means.add(mean);
            deviations.add(Math.sqrt(squares / n));
        }
        return new Standardization(means, deviations);
    }

    /** What feature j is divided by: its deviation, or 1 when it has none (as StandardScaler does). */
    public double scale(int j) {
        double s = deviations.get(j);
        return s == 0 ? 1 : s;
    }

    /** Whether feature j has the same value in every sample. */
    public boolean constant(int j) {
        return deviations.get(j) == 0;
    }

    public double apply(int j, double x) {
        return (x - means.get(j)) / scale(j);
    }

    /** Parameters fitted on the standardized features, in the features' own units. */
    public Parameters toOriginal(Parameters standardized) {
        List<Double> w = new ArrayList<>();
        double b = standardized.bias();
        for (int j = 0; j < means.size(); j++) {
            double wj = standardized.weights().get(j) / scale(j);
            w.add(wj);
            b -= wj * means.get(j);
        }
        return new Parameters(w, b);
    }

    /** Parameters in the features' own units, on the standardized scale (the inverse of {@link #toOriginal}). */
    public Parameters toStandardized(Parameters original) {
        List<Double> w = new ArrayList<>();
        double b = original.bias();
        for (int j = 0; j < means.size(); j++) {
            double wj = original.weights().get(j);
            w.add(wj * scale(j));
            b += wj * means.get(j);
        }
        return new Parameters(w, b);
    }
}
