package org.showwork.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.showwork.problem.TrainingData;

/**
 * The data or C are too large for the fit's double-precision arithmetic: a feature's squares, or
 * C times the losses and their derivatives, pass the largest double (about 1.8·10³⁰⁸). It is the
 * user's input that cannot be fitted as it stands, so the message names it and says what to do.
 */
public final class FitOverflow extends RuntimeException {

    private FitOverflow(String message) {
        super(message);
    }

    /**
     * Refuses, before any work, data with a feature whose squares (weighted, and times C) add up
     * beyond double precision: the Hessian, the standardization and the separation check all need them.
     */
    static void checkData(TrainingData data, FitSettings settings) {
        double c = settings.penalty().lossFactor();
        for (int j = 0; j < data.featureCount(); j++) {
            double sum = 0;
            double squares = 0;
            double largest = 0;
            for (int i = 0; i < data.sampleCount(); i++) {
                double x = data.x(i, j);
                sum += data.weight(i) * x;
                squares += data.weight(i) * x * x;
                largest = Math.max(largest, Math.abs(x));
            }
            if (Double.isInfinite(sum) || Double.isInfinite(c * squares)) {
                throw new FitOverflow(data.source() + ": column '" + data.featureNames().get(j) + "' holds numbers as "
                        + "large as " + largest + "; the fit adds up their squares" + (c == 1 ? "" : " times C")
                        + ", which passes the largest number double precision holds (about 1.8e308). Divide the "
                        + "column by a power of ten and fit again");
            }
        }
    }

    /** Refuses a fit that came out with a number that is not finite, naming C or the data as its cause. */
    static void checkResult(Fit fit) {
        if (numbers(fit).allMatch(Double::isFinite)) {
            return;
        }
        TrainingData data = fit.data();
        if (fit.settings().penalty() instanceof Penalty.L2 l2 && l2.c() > 1) {
            throw new FitOverflow("--C " + l2.c() + " is too large for " + data.source() + ": C times the losses, "
                    + "their gradient or their curvature passes the largest number double precision holds (about "
                    + "1.8e308); use a smaller C");
        }
        throw new FitOverflow(data.source() + ": the fit's numbers pass the largest number double precision holds "
                + "(about 1.8e308); scale the features down and fit again");
    }

    /** Every number a fit reports. */
    private static Stream<Double> numbers(Fit fit) {
        List<Stream<Double>> all = new ArrayList<>();
        all.add(parameters(fit.fitted()));
        fit.fittedScaled().ifPresent(p -> all.add(parameters(p)));
        all.add(Stream.of(fit.objective(), fit.gradientNorm()));
        all.add(fit.gradient().stream());
        all.add(fit.probabilities().stream());
        fit.standardization().ifPresent(s -> all.add(Stream.concat(s.means().stream(), s.deviations().stream())));
        fit.separation().witness().ifPresent(p -> all.add(parameters(p)));
        NewtonRun run = fit.run();
        all.add(Stream.of(run.threshold(), run.startGradientNorm()));
        for (NewtonIteration k : run.iterations()) {
            all.add(parameters(k.parameters()));
            all.add(Stream.of(k.objective(), k.gradientNorm()));
            all.add(k.gradient().stream());
            k.hessian().forEach(row -> all.add(row.stream()));
            k.step().ifPresent(s -> all.add(Stream.concat(s.direction().stream(), Stream.of(s.size()))));
        }
        fit.quoted().ifPresent(q -> {
            all.add(parameters(q.onFitScale()));
            all.add(Stream.of(q.objective(), q.gradientNorm()));
            all.add(q.gradient().stream());
        });
        return all.stream().flatMap(s -> s);
    }

    private static Stream<Double> parameters(Parameters p) {
        return Stream.concat(p.weights().stream(), Stream.of(p.bias()));
    }
}
