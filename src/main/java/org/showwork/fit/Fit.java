package org.showwork.fit;

import java.util.List;
import java.util.Optional;
import org.showwork.problem.TrainingData;

/**
 * Everything a fit found, for the documents to show: the data and settings, the separation
 * finding, Newton's iterations and why they stopped, the parameters in the features' own units
 * (and on the standardized scale when the features were standardized), the objective and its
 * gradient there, each training sample's probability, and the comparison with quoted parameters.
 *
 * @param fitted        the parameters in the features' own units
 * @param fittedScaled  with {@code --standardize}: the parameters on the standardized scale, as fitted
 * @param objective     F at the fitted parameters, on the scale it was minimised on
 * @param gradient      ∇F there
 * @param correct       how many training samples the model classifies right (z > 0 means label 1)
 */
public record Fit(TrainingData data, FitSettings settings, Optional<Standardization> standardization,
        Separation separation, NewtonRun run, Parameters fitted, Optional<Parameters> fittedScaled, double objective,
        List<Double> gradient, double gradientNorm, List<Double> probabilities, int correct,
        Optional<QuotedComparison> quoted) {

    public Fit {
        gradient = List.copyOf(gradient);
        probabilities = List.copyOf(probabilities);
    }

    public boolean converged() {
        return run.stop().converged();
    }

    /**
     * Whether the objective has a minimum at all: not for separable data without a penalty, where
     * the likelihood rises without end as ‖w‖ grows.
     */
    public boolean minimumExists() {
        return settings.penalty() instanceof Penalty.L2 || !separation.separable();
    }

    /** The fraction of training samples classified right. */
    public double accuracy() {
        return (double) correct / data.sampleCount();
    }
}
