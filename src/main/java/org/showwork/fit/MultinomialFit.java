package org.showwork.fit;

import java.util.List;
import java.util.Optional;
import org.showwork.problem.TrainingData;

/**
 * Everything a multinomial (softmax) fit found, for the documents: the data, the class names and
 * settings, which classes can be split off from all the others by a hyperplane, Newton's iterations
 * (their parameters θ are K blocks of d weights and a bias, class after class, on the fitting
 * scale), the fitted rows of weights and biases in the features' own units (the representative
 * whose intercepts — and without a penalty also weights — sum to zero over the classes), the
 * objective and its gradient there, each training sample's class probabilities and predicted
 * class (the one with the largest score), and how many are right.
 *
 * @param separableClasses the classes (from 0) that a hyperplane puts on one side and every other
 *                         class on the other: with any, and no penalty, no maximum-likelihood estimate exists
 */
public record MultinomialFit(TrainingData data, List<String> classes, FitSettings settings,
        Optional<Standardization> standardization, List<Integer> separableClasses, NewtonRun run,
        List<List<Double>> weights, List<Double> biases, double objective, List<Double> gradient, double gradientNorm,
        List<List<Double>> probabilities, List<Integer> predicted, int correct) {

    public MultinomialFit {
        classes = List.copyOf(classes);
        separableClasses = List.copyOf(separableClasses);
        weights = weights.stream().map(List::copyOf).toList();
        biases = List.copyOf(biases);
        gradient = List.copyOf(gradient);
        probabilities = probabilities.stream().map(List::copyOf).toList();
        predicted = List.copyOf(predicted);
    }

    public int classCount() {
        return classes.size();
    }

    public boolean converged() {
        return run.stop().converged();
    }

    /** Whether the objective has a minimum: not without a penalty when some class can be split off. */
    public boolean minimumExists() {
        return settings.penalty() instanceof Penalty.L2 || separableClasses.isEmpty();
    }

    /** The fraction of training samples whose predicted class is their label. */
    public double accuracy() {
        return (double) correct / data.sampleCount();
    }
}
