package org.showwork.problem;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a fit is given from either kind of file: a problem file ({@code .yaml} or {@code .yml},
 * whose samples become the data and whose weights and bias, when it states them, are parameters
 * to compare with the fit), or a CSV file with a header row.
 */
public final class FitProblemReader {
    private FitProblemReader() {}

    /** Whether the file is read as a problem file rather than as CSV. */
    public static boolean isProblemFile(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A CSV file's data; it quotes no parameters. */
    public static FitProblem readCsv(Path path, String labelColumn, String weightColumn) throws ProblemException {
        return new FitProblem(CsvDataReader.read(path, labelColumn, weightColumn), Optional.empty());
    }

    public static FitProblem readProblemFile(Path path) throws ProblemException {
        return readProblemFile(TextFile.read(path), path.toString());
    }

    public static FitProblem readProblemFile(String text, String name) throws ProblemException {
        Problem problem = ProblemReader.read(text, name);
        if (!problem.featuresKnown()) {
            throw new ProblemException(name + ": gives labels only; a fit needs samples with feature values "
                    + "('samples:', one row per sample: the features, then the label)");
        }
        if (problem.samples().stream().mapToInt(Sample::y).distinct().count() < 2) {
            throw new ProblemException(name + ": every sample has label " + problem.samples().get(0).y()
                    + (problem.softmax() ? "; a fit needs samples of at least two classes"
                    : "; logistic regression needs samples of both classes, 0 and 1"));
        }
        if (problem.sampleCount() < 2) {
            throw new ProblemException(name + ": a fit needs at least two samples");
        }
        Optional<QuotedParameters> quoted = Optional.empty();
        if (problem.softmax()) {
            return new FitProblem(TrainingData.of(problem), quoted, problem.classes().names());
        }
        if (statesParameters(text)) {
            quoted = Optional.of(new QuotedParameters(problem.weights(), problem.bias()));
        }
        return new FitProblem(TrainingData.of(problem), quoted);
    }

    /** Whether the file itself writes weights or a bias (a Problem cannot tell these from its defaults, zero). */
    private static boolean statesParameters(String text) {
        try {
            return YamlNode.parse(text) instanceof YamlNode.Mapping top
                    && (top.entries().containsKey("weights") || top.entries().containsKey("bias"));
        } catch (YamlNode.SyntaxError e) {
            return false;   // cannot happen: ProblemReader has read the same text
        }
    }
}
