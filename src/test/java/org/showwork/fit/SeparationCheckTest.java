package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.showwork.fit.Separation.Kind;
import org.showwork.problem.TrainingData;

class SeparationCheckTest {

    @Test
    void theTutorialsFivePointsAreCompletelySeparable() {
        Separation s = SeparationCheck.check(Datasets.fivePoints());
        assertThat(s.kind()).isEqualTo(Kind.COMPLETE);
        Parameters w = s.witness().orElseThrow();
        TrainingData data = Datasets.fivePoints();
        for (int i = 0; i < data.sampleCount(); i++) {
            double signed = (2 * data.y(i) - 1) * (w.weights().get(0) * data.x(i, 0) + w.bias());
            assertThat(signed).isGreaterThanOrEqualTo(1 - 1e-9);
        }
    }

    @Test
    void aSharedPointOnTheBoundaryIsQuasiComplete() {
        TrainingData data = Datasets.of(new double[][] {{1}, {2}, {3}, {3}, {4}}, new int[] {0, 0, 0, 1, 1});
        assertThat(SeparationCheck.check(data).kind()).isEqualTo(Kind.QUASI_COMPLETE);
    }

    @Test
    void interleavedLabelsOverlap() {
        TrainingData data = Datasets.of(new double[][] {{1}, {2}, {3}, {4}, {5}}, new int[] {0, 1, 0, 1, 1});
        assertThat(SeparationCheck.check(data).kind()).isEqualTo(Kind.OVERLAP);
    }

    @Test
    void exclusiveOrOverlapsInTwoDimensions() {
        TrainingData data = Datasets.of(new double[][] {{0, 0}, {1, 1}, {0, 1}, {1, 0}}, new int[] {0, 0, 1, 1});
        assertThat(SeparationCheck.check(data).kind()).isEqualTo(Kind.OVERLAP);
    }

    @Test
    void samplesOfWeightZeroTakeNoPart() {
        double[][] x = {{1}, {2}, {3}, {4}, {5}, {6}};
        int[] y = {0, 0, 0, 1, 1, 0};
        assertThat(SeparationCheck.check(Datasets.of(x, y)).separable()).isFalse();
        assertThat(SeparationCheck.check(Datasets.of(x, y, new double[] {1, 1, 1, 1, 1, 0})).kind()).isEqualTo(Kind.COMPLETE);
    }

    @Test
    void aRepeatedFeatureDoesNotConfuseTheCheck() {
        double[][] x = {{1, 1}, {2, 2}, {3, 3}, {4, 4}, {5, 5}};
        assertThat(SeparationCheck.check(Datasets.of(x, new int[] {0, 0, 0, 1, 1})).kind()).isEqualTo(Kind.COMPLETE);
        assertThat(SeparationCheck.check(Datasets.of(x, new int[] {0, 1, 0, 1, 1})).kind()).isEqualTo(Kind.OVERLAP);
    }

    @Test
    void manyOverlappingSamplesAreShownOnASubset() {
        Separation s = SeparationCheck.check(Datasets.random(3, 10_000, 4));
        assertThat(s.kind()).isEqualTo(Kind.OVERLAP);
        assertThat(s.subset()).isTrue();
    }

    @Test
    void manySeparableSamplesAreFoundSeparable() {
        Random random = new Random(11);
        int n = 2_500;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextGaussian();
            x[i][1] = random.nextGaussian();
            y[i] = x[i][0] + 0.5 * x[i][1] > 0 ? 1 : 0;
            x[i][0] += y[i] == 1 ? 0.1 : -0.1;   // a margin
        }
        Separation s = SeparationCheck.check(Datasets.of(x, y));
        assertThat(s.kind()).isEqualTo(Kind.COMPLETE);
        assertThat(s.subset()).isFalse();
    }

    /**
     * In one dimension separation can be decided by looking: complete when one class lies
     * strictly beyond the other, quasi-complete when they only touch at one value (and not every
     * sample sits there).
     */
    @Property(tries = 200)
    void agreesWithLookingInOneDimension(@ForAll long seed, @ForAll @IntRange(min = 2, max = 12) int n) {
        Random random = new Random(seed);
        double[][] x = new double[n][1];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = random.nextInt(8);
            y[i] = random.nextInt(2);
        }
        y[0] = 0;
        y[1] = 1;
        double max0 = Double.NEGATIVE_INFINITY, min0 = Double.POSITIVE_INFINITY;
        double max1 = Double.NEGATIVE_INFINITY, min1 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            if (y[i] == 0) {
                max0 = Math.max(max0, x[i][0]);
                min0 = Math.min(min0, x[i][0]);
            } else {
                max1 = Math.max(max1, x[i][0]);
                min1 = Math.min(min1, x[i][0]);
            }
        }
        // touching at one value t separates quasi-completely (w = ±1, b = ∓t), unless every sample sits at t
        boolean allAtOneValue = Math.min(min0, min1) == Math.max(max0, max1);
        Kind expected = max0 < min1 || max1 < min0 ? Kind.COMPLETE
                : (max0 == min1 || max1 == min0) && !allAtOneValue ? Kind.QUASI_COMPLETE : Kind.OVERLAP;
        assertThat(SeparationCheck.check(Datasets.of(x, y)).kind()).isEqualTo(expected);
    }
}
