package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.showwork.problem.TrainingData;

/** scikit-learn does not penalise the intercept, and neither do we. */
class InterceptTest {

    /** With b free of the penalty, ∂F/∂b = C·Σ sᵢ(ŷᵢ − yᵢ) = 0 at the minimum: predicted and actual label mass agree. */
    @Property(tries = 40)
    void predictedAndActualPositivesBalance(@ForAll long seed, @ForAll @IntRange(min = 5, max = 50) int n,
            @ForAll @IntRange(min = 1, max = 3) int d, @ForAll @DoubleRange(min = 0.05, max = 20) double c) {
        TrainingData data = Datasets.random(seed, n, d);
        Fit fit = Datasets.fit(data, new Penalty.L2(c));
        double balance = 0;
        for (int i = 0; i < n; i++) {
            balance += fit.probabilities().get(i) - data.y(i);
        }
        assertThat(balance).isCloseTo(0, offset(1e-8));
    }

    /**
     * Penalising the intercept, as if it were the weight of a constant column of ones, is another
     * objective with another minimum: Newton's method on C·Σ Lᵢ + ½(w² + b²), written out here for
     * one feature, gives a different b, and there Σ(ŷᵢ − yᵢ) = −b/C is not zero.
     */
    @Test
    void penalisingTheInterceptGivesADifferentFit() {
        TrainingData data = Datasets.fivePoints();
        double c = 1;
        double w = 0;
        double b = 0;
        for (int k = 0; k < 50; k++) {
            double gw = w;
            double gb = b;
            double hww = 1;
            double hwb = 0;
            double hbb = 1;
            for (int i = 0; i < data.sampleCount(); i++) {
                double x = data.x(i, 0);
                double p = 1 / (1 + Math.exp(-(w * x + b)));
                gw += c * (p - data.y(i)) * x;
                gb += c * (p - data.y(i));
                hww += c * p * (1 - p) * x * x;
                hwb += c * p * (1 - p) * x;
                hbb += c * p * (1 - p);
            }
            double det = hww * hbb - hwb * hwb;
            w -= (hbb * gw - hwb * gb) / det;
            b -= (hww * gb - hwb * gw) / det;
        }
        double balance = 0;
        for (int i = 0; i < data.sampleCount(); i++) {
            balance += 1 / (1 + Math.exp(-(w * data.x(i, 0) + b))) - data.y(i);
        }
        assertThat(balance).isCloseTo(-b / c, offset(1e-9));

        Fit ours = Datasets.fit(data, new Penalty.L2(c));
        assertThat(Math.abs(ours.fitted().bias() - b)).isGreaterThan(0.1);
        assertThat(Math.abs(ours.fitted().weights().get(0) - w)).isGreaterThan(0.01);
    }
}
