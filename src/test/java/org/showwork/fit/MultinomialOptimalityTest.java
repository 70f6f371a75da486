package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.showwork.problem.Classes;
import org.showwork.problem.FitProblem;
import org.showwork.problem.FitProblemReader;
import org.showwork.problem.TrainingData;

/**
 * The multinomial fit checked by its optimality conditions, computed here from the definitions
 * and not by the objective's own code: at the minimum of C·Σ −ln p_{i,yᵢ} + ½Σ‖wₖ‖², for every class
 * k and feature j, C·Σᵢ (p_{ik} − [yᵢ = k]) x_{ij} + w_{kj} = 0, and Σᵢ (p_{ik} − [yᵢ = k]) = 0 for the
 * unpenalised intercepts; the intercepts sum to zero over the classes (so do the weights, there
 * automatically). Without a penalty and with a class split off, no minimum exists and the fit says so.
 */
class MultinomialOptimalityTest {

    /** The largest optimality residual, relative to the size of the terms it balances. */
    private static double residual(MultinomialFit fit, double c, boolean penalised) {
        TrainingData data = fit.data();
        int k = fit.classCount();
        int d = data.featureCount();
        double worst = 0;
        for (int kc = 0; kc < k; kc++) {
            for (int j = 0; j <= d; j++) {
                double sum = 0;
                double scale = 0;
                for (int i = 0; i < data.sampleCount(); i++) {
                    double x = j == d ? 1 : data.x(i, j);
                    double error = probability(fit, data, i, kc) - (data.y(i) == kc ? 1 : 0);
                    sum += data.weight(i) * error * x;
                    scale += Math.abs(data.weight(i) * x);
                }
                // with standardized features the penalty is on σⱼ·wⱼ, so its derivative in original units is σⱼ²·wⱼ
                int feature = j;
                double sigma = j == d ? 0 : fit.standardization().map(st -> st.scale(feature)).orElse(1.0);
                double w = j == d ? 0 : sigma * sigma * fit.weights().get(kc).get(j);
                double r = (penalised ? c : 1) * sum + (penalised ? w : 0);
                worst = Math.max(worst, Math.abs(r) / Math.max(1, (penalised ? c : 1) * scale + Math.abs(w)));
            }
        }
        return worst;
    }

    /** p_{ik} from the fitted rows by the definition of the softmax. */
    private static double probability(MultinomialFit fit, TrainingData data, int i, int k) {
        double[] e = new double[fit.classCount()];
        double total = 0;
        for (int c = 0; c < e.length; c++) {
            double z = fit.biases().get(c);
            for (int j = 0; j < data.featureCount(); j++) {
                z += fit.weights().get(c).get(j) * data.x(i, j);
            }
            e[c] = Math.exp(z);
            total += e[c];
        }
        return e[k] / total;
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void irisPetalsWithCOneMeetTheOptimalityConditions() throws Exception {
        FitProblem problem = FitProblemReader.readProblemFile(Path.of("worked-examples/fit/iris-petals.yaml"));
        MultinomialFit fit = MultinomialFitter.fit(problem.data(), problem.classNames(),
                new FitSettings(new Penalty.L2(1), false, 100));
        assertThat(fit.converged()).isTrue();
        assertThat(residual(fit, 1, true)).isLessThan(1e-9);
        assertThat(Math.abs(sum(fit.biases()))).isLessThan(1e-9);
        for (int j = 0; j < 2; j++) {
            int feature = j;
            assertThat(Math.abs(fit.weights().stream().mapToDouble(w -> w.get(feature)).sum())).isLessThan(1e-9);
        }
        assertThat(fit.accuracy()).isGreaterThan(0.9);
    }

    @ParameterizedTest(name = "seed {0}: n={1}, d={2}, K={3}, C={4}, standardized {5}")
    @CsvSource({"1, 60, 2, 3, 1, false", "2, 200, 4, 5, 0.3, true", "3, 40, 1, 4, 10, false", "4, 90, 3, 3, 2, true"})
    void randomOverlappingClassesMeetTheOptimalityConditions(long seed, int n, int d, int k, double c, boolean standardize) {
        TrainingData data = overlapping(new Random(seed), n, d, k);
        MultinomialFit fit = MultinomialFitter.fit(data, Classes.defaultNames(k),
                new FitSettings(new Penalty.L2(c), standardize, 100));
        assertThat(fit.converged()).isTrue();
        assertThat(residual(fit, c, true)).isLessThan(1e-9);
        MultinomialFit unpenalised = MultinomialFitter.fit(data, Classes.defaultNames(k),
                new FitSettings(new Penalty.None(), false, 100));
        assertThat(unpenalised.separableClasses()).isEmpty();
        assertThat(unpenalised.converged()).isTrue();
        assertThat(residual(unpenalised, 1, false)).isLessThan(1e-9);
        assertThat(Math.abs(sum(unpenalised.biases()))).isLessThan(1e-9);
    }

    @Test
    void separableClassesWithoutAPenaltyHaveNoMinimumAndTheFitSaysSo() throws Exception {
        FitProblem problem = FitProblemReader.readProblemFile(Path.of("worked-examples/fit/iris-petals.yaml"));
        MultinomialFit fit = MultinomialFitter.fit(problem.data(), problem.classNames(),
                new FitSettings(new Penalty.None(), false, 100));
        assertThat(fit.separableClasses()).containsExactly(0);
        assertThat(fit.minimumExists()).isFalse();
        assertThat(fit.converged()).isFalse();
        assertThat(fit.weights().stream().flatMap(List::stream).allMatch(Double::isFinite)).isTrue();
    }

    /** Gaussian clouds around random centres close enough together that no class splits off. */
    private static TrainingData overlapping(Random random, int n, int d, int k) {
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextGaussian() * 0.7;
            }
        }
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % k;
            for (int j = 0; j < d; j++) {
                x[i * d + j] = centres[y[i]][j] + random.nextGaussian() * 1.5 + (j == 0 ? 3 : 0);
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            names.add("x" + (j + 1));
        }
        return new TrainingData("test", "", names, "y", x, y, null, null);
    }
}
