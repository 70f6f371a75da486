package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.showwork.problem.TrainingData;

/**
 * Agreement with scikit-learn without scikit-learn: its LogisticRegression minimises a convex
 * objective, so the fit is right exactly when the gradient of that objective, computed here
 * independently of the solver, is zero (to the solver's tolerance) at the fitted parameters.
 */
class OptimalityTest {

    /** The solver's stopping rule, with a factor 10 for the independent gradient's own rounding. */
    private static void assertStationary(TrainingData data, Penalty penalty, Fit fit) {
        assertThat(fit.converged()).as("converged (%s)", fit.run().stop()).isTrue();
        double[] g = Datasets.gradient(data, penalty, fit.fitted());
        double[] g0 = Datasets.gradient(data, penalty, Parameters.of(new double[data.featureCount() + 1]));
        assertThat(Datasets.norm(g)).isLessThanOrEqualTo(10 * NewtonSolver.TOLERANCE * Math.max(1, Datasets.norm(g0)));
    }

    @Property(tries = 60)
    void theL2FitIsAStationaryPoint(@ForAll long seed, @ForAll @IntRange(min = 4, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 4) int d, @ForAll @DoubleRange(min = 0.01, max = 100) double c) {
        TrainingData data = Datasets.random(seed, n, d);
        Penalty penalty = new Penalty.L2(c);
        assertStationary(data, penalty, Datasets.fit(data, penalty));
    }

    @Property(tries = 40)
    void theUnpenalisedFitOfOverlappingDataIsAStationaryPoint(@ForAll long seed,
            @ForAll @IntRange(min = 30, max = 80) int n, @ForAll @IntRange(min = 1, max = 3) int d) {
        TrainingData data = Datasets.random(seed, n, d);
        Assume.that(!SeparationCheck.check(data).separable());
        Penalty penalty = new Penalty.None();
        assertStationary(data, penalty, Datasets.fit(data, penalty));
    }

    @Test
    void theTutorialsFivePointsWithCOne() {
        TrainingData data = Datasets.fivePoints();
        Penalty penalty = new Penalty.L2(1);
        Fit fit = Datasets.fit(data, penalty);
        assertStationary(data, penalty, fit);
        // the quoted w = 2.197, b = −6.593 are not this objective's minimum: its gradient there is far from 0
        double[] quoted = Datasets.gradient(data, penalty, Parameters.of(new double[] {2.197, -6.593}));
        assertThat(Datasets.norm(quoted)).isGreaterThan(1);
    }

    /**
     * Armijo's condition makes F fall at every step; only once F is flat to rounding may a step that
     * shortens the gradient leave it a few units in the last place higher.
     */
    @Property(tries = 30)
    void theObjectiveNeverRisesFromOneIterationToTheNext(@ForAll long seed, @ForAll @IntRange(min = 4, max = 40) int n,
            @ForAll @IntRange(min = 1, max = 3) int d) {
        Fit fit = Datasets.fit(Datasets.random(seed, n, d), new Penalty.L2(1));
        var iterations = fit.run().iterations();
        for (int k = 1; k < iterations.size(); k++) {
            double before = iterations.get(k - 1).objective();
            assertThat(iterations.get(k).objective()).isLessThanOrEqualTo(before + 1e-13 * before);
        }
        assertThat(fit.run().steps()).isEqualTo(iterations.size() - 1);
    }

    @Test
    void theHessianIsTheDerivativeOfTheGradient() {
        TrainingData data = Datasets.random(7, 30, 2);
        Objective objective = Objective.of(data, new Penalty.L2(2), null);
        double[] theta = {0.3, -0.2, 0.1};
        Objective.Evaluation at = objective.evaluate(theta);
        double h = 1e-6;
        for (int b = 0; b < 3; b++) {
            double[] up = theta.clone();
            double[] down = theta.clone();
            up[b] += h;
            down[b] -= h;
            double[] gUp = objective.evaluate(up).gradient();
            double[] gDown = objective.evaluate(down).gradient();
            for (int a = 0; a < 3; a++) {
                assertThat(at.hessian(a, b)).isCloseTo((gUp[a] - gDown[a]) / (2 * h),
                        org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(at.hessian(a, b)))));
            }
        }
    }

    @Test
    void aSmallIterationLimitStopsWithoutConverging() {
        Fit fit = Fitter.fit(new org.showwork.problem.FitProblem(Datasets.fivePoints(), java.util.Optional.empty()),
                new FitSettings(new Penalty.L2(1), false, 1));
        assertThat(fit.run().stop()).isEqualTo(Stop.ITERATION_LIMIT);
        assertThat(fit.converged()).isFalse();
        assertThat(fit.run().steps()).isEqualTo(1);
    }
}
