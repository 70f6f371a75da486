package org.showwork.fit;

import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import org.showwork.problem.TrainingData;

/**
 * Fits scikit-learn's multinomial logistic regression: for each class whether a hyperplane splits
 * it off from the others, then Newton's method on the K·(d + 1) parameters from θ = 0, then the
 * representative whose intercepts (and without a penalty also weights) sum to zero over the
 * classes — the one scikit-learn reports, and the one gradient descent from zero stays on — and
 * what the documents report about it.
 */
public final class MultinomialFitter {
    private MultinomialFitter() {}

    public static MultinomialFit fit(TrainingData data, List<String> classes, FitSettings settings) {
        int k = classes.size();
        int d = data.featureCount();
        List<Integer> separable = separableClasses(data, k);
        Standardization scaling = settings.standardize() ? Standardization.of(data) : null;
        MultinomialObjective objective = MultinomialObjective.of(data, k, settings.penalty(), scaling);
        boolean minimumExists = settings.penalty() instanceof Penalty.L2 || separable.isEmpty();
        NewtonRun run = NewtonSolver.solve(objective, settings.maxIterations(), minimumExists);
        double[] theta = centred(run.last().parameters().toArray(), k, d, !(settings.penalty() instanceof Penalty.L2));
        Objective.Evaluation at = objective.evaluate(theta);
        List<List<Double>> weights = new ArrayList<>();
        List<Double> biases = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Double> w = new ArrayList<>();
            for (int j = 0; j < d; j++) {
                w.add(theta[c * (d + 1) + j]);
            }
            Parameters row = new Parameters(w, theta[c * (d + 1) + d]);
            Parameters original = scaling == null ? row : scaling.toOriginal(row);
            weights.add(original.weights());
            biases.add(original.bias());
        }
        Training training = training(objective.probabilities(theta), data, k);
        List<Double> gradient = new ArrayList<>();
        for (double g : at.gradient()) {
            gradient.add(g);
        }
        return new MultinomialFit(data, classes, settings, Optional.ofNullable(scaling), separable, run,
                weights, biases, at.value(), gradient, at.gradientNorm(), training.probabilities(), training.predicted(),
                training.correct());
    }

    /** Each training sample's class probabilities, its predicted class (the most probable), and how many are right. */
    private record Training(List<List<Double>> probabilities, List<Integer> predicted, int correct) {}

    private static Training training(double[] prob, TrainingData data, int k) {
        List<List<Double>> probabilities = new ArrayList<>();
        List<Integer> predicted = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < data.sampleCount(); i++) {
            List<Double> row = new ArrayList<>(k);
            int best = 0;
            for (int c = 0; c < k; c++) {
                row.add(prob[i * k + c]);
                best = prob[i * k + c] > prob[i * k + best] ? c : best;
            }
            probabilities.add(row);
            predicted.add(best);
            correct += best == data.y(i) ? 1 : 0;
        }
        return new Training(probabilities, predicted, correct);
    }

    /**
     * θ with the mean over the classes taken off every intercept (and, with {@code weightsToo}, every
     * weight): the probabilities do not change, so neither does F when only unpenalised parameters move.
     */
    static double[] centred(double[] theta, int k, int d, boolean weightsToo) {
        double[] out = theta.clone();
        for (int j = weightsToo ? 0 : d; j <= d; j++) {
            double mean = 0;
            for (int c = 0; c < k; c++) {
                mean += theta[c * (d + 1) + j];
            }
            mean /= k;
            for (int c = 0; c < k; c++) {
                out[c * (d + 1) + j] -= mean;
            }
        }
        return out;
    }

    /** The classes a hyperplane splits off from all the others (each checked as class against the rest). */
    static List<Integer> separableClasses(TrainingData data, int k) {
        List<Integer> separable = new ArrayList<>();
        int n = data.sampleCount();
        double[] x = data.features();
        double[] s = data.weights();
        for (int c = 0; c < k; c++) {
            int[] y = new int[n];
            for (int i = 0; i < n; i++) {
                y[i] = data.y(i) == c ? 1 : 0;
            }
            TrainingData oneAgainstRest = new TrainingData(data.source(), data.title(), data.featureNames(),
                    data.labelName(), x, y, data.weighted() ? s : null, data.weightName().orElse(null));
            if (SeparationCheck.check(oneAgainstRest).separable()) {
                separable.add(c);
            }
        }
        return separable;
    }
}
