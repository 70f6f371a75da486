package org.showwork.cli;

import org.showwork.render.Format;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.showwork.fit.Fit;
import org.showwork.fit.FitSettings;
import org.showwork.fit.Fitter;
import org.showwork.fit.MultinomialFit;
import org.showwork.fit.MultinomialFitter;
import org.showwork.fit.Penalty;
import org.showwork.problem.FitProblem;
import org.showwork.problem.FitProblemReader;
import org.showwork.render.json.FitJsonRenderer;
import org.showwork.render.view.Document;
import org.showwork.render.json.SoftmaxFitJsonRenderer;
import org.showwork.render.view.FitView;
import org.showwork.render.view.SoftmaxFitView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code showwork fit DATA}: fits scikit-learn's logistic regression by Newton's method and shows
 * the work — objective, separation check, iterations, result.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Fits a logistic regression as scikit-learn's LogisticRegression does (L2 penalty, C = 1 by "
                + "default) by Newton's method, and shows the work: the objective, whether the classes are separable, "
                + "every iteration, the result.",
                "DATA is a CSV file with a header row (name the label column with --label) or a problem file "
                        + "(.yaml), whose weights and bias, if it states them, are compared with the fit."})
final class FitCommand implements Callable<Integer> {

    /** The penalties by the names scikit-learn gives them. */
    enum PenaltyName { l2, none }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA", description = "A CSV file with a header row, or a problem file (.yaml).")
    Path dataFile;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The CSV column holding the labels: 0 or 1, or "
            + "0, 1, 2, … for a softmax model of three or more classes.")
    String label;

    @Option(names = "--C", paramLabel = "C", description = "Inverse strength of the L2 penalty, positive (default: 1.0).")
    Double c;

    @Option(names = "--penalty", paramLabel = "PENALTY", defaultValue = "l2",
            description = "l2 (C·Σ losses + ½‖w‖²) or none (Σ losses) (default: ${DEFAULT-VALUE}).")
    PenaltyName penalty;

    @Option(names = "--standardize", description = "Fit on features scaled to mean 0 and standard deviation 1.")
    boolean standardize;

    @Option(names = "--sample-weight", paramLabel = "COLUMN", description = "The CSV column holding sample weights (≥ 0).")
    String sampleWeight;

    @Option(names = "--max-iter", paramLabel = "N", defaultValue = "100",
            description = "The most Newton iterations to take (default: ${DEFAULT-VALUE}).")
    int maxIterations;

    @Mixin
    DocumentOptions document;

    @Override
    public Integer call() throws Exception {
        document.check();
        FitSettings settings = settings();
        FitProblem problem;
        if (FitProblemReader.isProblemFile(dataFile)) {
            if (label != null || sampleWeight != null) {
                throw new UserException(dataFile + ": --label and --sample-weight are for CSV files; in a problem file "
                        + "the label is the last value of each sample");
            }
            problem = FitProblemReader.readProblemFile(dataFile);
        } else {
            problem = FitProblemReader.readCsv(dataFile, label, sampleWeight);
        }
        if (problem.multinomial()) {
            writeMultinomial(MultinomialFitter.fit(problem.data(), problem.classNames(), settings));
            return 0;
        }
        Fit fit = Fitter.fit(problem, settings);
        OutputPlan plan = OutputPlan.create().input(dataFile, "the data file");
        if (document.format == Format.json) {
            plan.file(document.output);
            Output.write(document.output, spec.commandLine().getOut(), out -> new FitJsonRenderer().render(fit, out));
        } else {
            Document view = FitView.of(fit);
            plan.document(view, document.format, document.output);
            DocumentOutput.write(view, document.format, document.output, document.rendering(),
                    document.paperSize(), spec);
        }
        return 0;
    }

    /** A fit of K classes: the softmax documents and JSON. */
    private void writeMultinomial(MultinomialFit fit) throws Exception {
        if (document.format == Format.json) {
            Output.write(document.output, spec.commandLine().getOut(), out -> new SoftmaxFitJsonRenderer().render(fit, out));
        } else {
            DocumentOutput.write(SoftmaxFitView.of(fit), document.format, document.output, document.rendering(),
                    document.paperSize(), spec);
        }
    }

    private FitSettings settings() throws UserException {
        if (maxIterations < 1) {
            throw new UserException("--max-iter must be at least 1, got " + maxIterations);
        }
        Penalty chosen;
        if (penalty == PenaltyName.none) {
            if (c != null) {
                throw new UserException("--C sets the strength of the L2 penalty and has no effect with --penalty none; "
                        + "leave one of them out");
            }
            chosen = new Penalty.None();
        } else {
            double value = c == null ? 1.0 : c;
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new UserException("--C must be a positive number, got " + (c == null ? value : c));
            }
            chosen = new Penalty.L2(value);
        }
        return new FitSettings(chosen, standardize, maxIterations);
    }
}
