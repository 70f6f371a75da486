package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.showwork.problem.FitProblem;
import org.showwork.problem.TrainingData;

class StandardizationTest {

    @Test
    void usesThePopulationStandardDeviation() {
        Standardization s = Standardization.of(Datasets.fivePoints());
        assertThat(s.means().get(0)).isEqualTo(3.0);
        assertThat(s.deviations().get(0)).isCloseTo(Math.sqrt(2), offset(1e-15));   // √(10/5), not √(10/4)
    }

    @Test
    void aConstantFeatureIsOnlyCentred() {
        TrainingData data = Datasets.of(new double[][] {{1, 7}, {2, 7}, {3, 7}, {4, 7}}, new int[] {0, 1, 0, 1});
        Standardization s = Standardization.of(data);
        assertThat(s.constant(1)).isTrue();
        assertThat(s.apply(1, 7)).isEqualTo(0.0);
    }

    /** Without a penalty the likelihood does not care about units: the fit on standardized features, translated back, is the raw fit. */
    @Property(tries = 30)
    void withoutAPenaltyStandardizingChangesOnlyTheUnits(@ForAll long seed, @ForAll @IntRange(min = 40, max = 80) int n,
            @ForAll @IntRange(min = 1, max = 3) int d) {
        TrainingData data = Datasets.random(seed, n, d);
        Assume.that(!SeparationCheck.check(data).separable());
        Fit raw = Datasets.fit(data, new Penalty.None());
        Fit scaled = Fitter.fit(new FitProblem(data, Optional.empty()), new FitSettings(new Penalty.None(), true, 100));
        for (int j = 0; j < d; j++) {
            assertThat(scaled.fitted().weights().get(j)).isCloseTo(raw.fitted().weights().get(j),
                    offset(1e-6 * Math.max(1, Math.abs(raw.fitted().weights().get(j)))));
        }
        assertThat(scaled.fitted().bias()).isCloseTo(raw.fitted().bias(), offset(1e-6 * Math.max(1, Math.abs(raw.fitted().bias()))));
    }

    @Property(tries = 30)
    void translatingThereAndBackIsTheIdentity(@ForAll long seed) {
        TrainingData data = Datasets.random(seed, 20, 3);
        Standardization s = Standardization.of(data);
        Parameters p = Parameters.of(new double[] {0.5, -1.25, 2, 0.75});
        Parameters back = s.toOriginal(s.toStandardized(p));
        for (int j = 0; j < 3; j++) {
            assertThat(back.weights().get(j)).isCloseTo(p.weights().get(j), offset(1e-12));
        }
        assertThat(back.bias()).isCloseTo(p.bias(), offset(1e-10));
    }

    /** The standardized fit's coefficients, translated back, give every sample the same score. */
    @Test
    void bothScalesGiveTheSameScores() {
        TrainingData data = Datasets.random(5, 30, 2);
        Fit fit = Fitter.fit(new FitProblem(data, Optional.empty()), new FitSettings(new Penalty.L2(1), true, 100));
        Standardization s = fit.standardization().orElseThrow();
        Parameters scaled = fit.fittedScaled().orElseThrow();
        for (int i = 0; i < data.sampleCount(); i++) {
            double zOriginal = fit.fitted().bias();
            double zScaled = scaled.bias();
            for (int j = 0; j < 2; j++) {
                zOriginal += fit.fitted().weights().get(j) * data.x(i, j);
                zScaled += scaled.weights().get(j) * s.apply(j, data.x(i, j));
            }
            assertThat(zOriginal).isCloseTo(zScaled, offset(1e-9));
        }
    }
}
