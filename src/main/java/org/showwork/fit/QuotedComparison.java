package org.showwork.fit;

import java.util.List;
import org.showwork.problem.QuotedParameters;

/**
 * The objective and its gradient at parameters a problem file quotes, to set beside the fit's:
 * a gradient far from zero says the quoted parameters are not the minimum of this objective.
 *
 * @param onFitScale the quoted parameters on the scale the objective was fitted on (the
 *                   standardized one with {@code --standardize}, else the same as quoted)
 */
public record QuotedComparison(QuotedParameters quoted, Parameters onFitScale, double objective, List<Double> gradient,
        double gradientNorm) {

    public QuotedComparison {
        gradient = List.copyOf(gradient);
    }
}
