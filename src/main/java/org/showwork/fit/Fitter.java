package org.showwork.fit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.showwork.problem.FitProblem;
import org.showwork.problem.QuotedParameters;
import org.showwork.problem.TrainingData;

/**
 * Fits scikit-learn's logistic regression to a problem's data: the separation check, then
 * Newton's method on the (optionally standardized) features, then everything the documents
 * report about the result. One named call per stage, so each can be tested on its own.
 */
public final class Fitter {
    private Fitter() {}

    public static Fit fit(FitProblem problem, FitSettings settings) {
        TrainingData data = problem.data();
        FitOverflow.checkData(data, settings);
        Standardization scaling = settings.standardize() ? Standardization.of(data) : null;
        Objective objective = Objective.of(data, settings.penalty(), scaling);
        boolean penalised = settings.penalty() instanceof Penalty.L2;
        // with a penalty the minimum exists whatever the data, so Newton goes first and its answer,
        // when it separates the classes, spares the separation check its linear programs
        Separation separation = penalised ? null : SeparationCheck.check(data);
        NewtonRun run = NewtonSolver.solve(objective, settings.maxIterations(), penalised || !separation.separable());

        NewtonIteration last = run.last();
        Parameters onFitScale = last.parameters();
        Parameters fitted = scaling == null ? onFitScale : scaling.toOriginal(onFitScale);
        if (penalised) {
            separation = SeparationCheck.check(data, Optional.of(fitted));
        }
        double[] theta = onFitScale.toArray();
        double[] scores = objective.scores(theta);
        double[] probabilities = objective.probabilities(theta);
        List<Double> p = new ArrayList<>(probabilities.length);
        int correct = 0;
        for (int i = 0; i < probabilities.length; i++) {
            p.add(probabilities[i]);
            // scikit-learn's predict: label 1 exactly when the score is positive
            if ((scores[i] > 0 ? 1 : 0) == data.y(i)) {
                correct++;
            }
        }
        Optional<QuotedComparison> quoted = problem.quoted().map(q -> compare(q, objective, scaling));
        Fit fit = new Fit(data, settings, Optional.ofNullable(scaling), separation, run, fitted,
                scaling == null ? Optional.empty() : Optional.of(onFitScale), last.objective(), last.gradient(),
                last.gradientNorm(), p, correct, quoted);
        FitOverflow.checkResult(fit);
        return fit;
    }

    static QuotedComparison compare(QuotedParameters quoted, Objective objective, Standardization scaling) {
        List<Double> w = quoted.weights().stream().map(BigDecimal::doubleValue).toList();
        Parameters asQuoted = new Parameters(w, quoted.bias().doubleValue());
        Parameters onFitScale = scaling == null ? asQuoted : scaling.toStandardized(asQuoted);
        Objective.Evaluation at = objective.evaluate(onFitScale.toArray());
        List<Double> gradient = new ArrayList<>();
        for (double g : at.gradient()) {
            gradient.add(g);
        }
        return new QuotedComparison(quoted, onFitScale, at.value(), gradient, at.gradientNorm());
    }
}
