package org.showwork.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.StableMath;
import org.showwork.problem.Classes;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.problem.Schedule;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * With two classes softmax regression is logistic regression in disguise: ŷᵢ₂ = σ(zᵢ₂ − zᵢ₁), and
 * the logistic model with w = w₂ − w₁, b = b₂ − b₁ has the same losses, and gradients equal to
 * class 2's and opposite to class 1's.
 */
class SoftmaxTwoClassPropertiesTest {

    /** Two rows of parameters and samples with labels 0 and 1, of one to three features. */
    record Pair(Problem softmax, Problem logistic) {}

    @Provide
    Arbitrary<Pair> pairs() {
        return Arbitraries.integers().between(1, 3).flatMap(d -> Arbitraries.integers().between(1, 7).flatMap(n -> {
            Arbitrary<Sample> sample = Combinators.combine(unit(2).list().ofSize(d), Arbitraries.of(0, 1)).as(Sample::new);
            return Combinators.combine(sample.list().ofSize(n), unit(3).list().ofSize(d), unit(3).list().ofSize(d),
                    unit(3), unit(3)).as((samples, w1, w2, b1, b2) -> pair(samples, w1, w2, b1, b2));
        }));
    }

    private static Pair pair(List<Sample> samples, List<BigDecimal> w1, List<BigDecimal> w2, BigDecimal b1,
            BigDecimal b2) {
        Schedule schedule = SoftmaxProblems.schedule(0, OptionalLong.empty(), BigDecimal.ZERO, Schedule.Show.ALL);
        Problem softmax = SoftmaxProblems.of(samples, new Classes(Classes.defaultNames(2), List.of(w1, w2),
                List.of(b1, b2)), new BigDecimal("0.1"), 1, ArithmeticMode.EXACT, DecimalPlaces.uniform(4), schedule);
        List<BigDecimal> w = new ArrayList<>();
        for (int j = 0; j < w1.size(); j++) {
            w.add(w2.get(j).subtract(w1.get(j)));
        }
        Problem logistic = Problems.of(samples, w, b2.subtract(b1), new BigDecimal("0.1"), 1, ArithmeticMode.EXACT,
                DecimalPlaces.uniform(4), Map.of());
        return new Pair(softmax, logistic);
    }

    private static Arbitrary<BigDecimal> unit(int scale) {
        return Arbitraries.bigDecimals().between(new BigDecimal("-2"), new BigDecimal("2")).ofScale(scale);
    }

    @Property(tries = 200)
    void twoClassSoftmaxIsTheSigmoidOfTheScoreDifference(@ForAll("pairs") Pair pair) {
        Iteration soft = Tracer.trace(pair.softmax()).first();
        Iteration logistic = Tracer.trace(pair.logistic()).first();
        for (int i = 1; i <= pair.softmax().sampleCount(); i++) {
            double z1 = soft.get(new QuantityId(1, QuantityKind.Z, i, 0, 1)).value().toDouble();
            double z2 = soft.get(new QuantityId(1, QuantityKind.Z, i, 0, 2)).value().toDouble();
            double p2 = soft.get(new QuantityId(1, QuantityKind.P, i, 0, 2)).value().toDouble();
            assertThat(p2).isCloseTo(StableMath.sigmoid(z2 - z1), within(1e-14));
            assertThat(soft.get(QuantityKind.LOSS, i).value().toDouble())
                    .isCloseTo(logistic.get(QuantityKind.LOSS, i).value().toDouble(), within(1e-13));
        }
        int d = pair.softmax().featureCount();
        for (int j = 1; j <= d; j++) {
            double binary = logistic.get(QuantityId.ofFeature(1, QuantityKind.GRAD_W, j)).value().toDouble();
            assertThat(soft.get(new QuantityId(1, QuantityKind.GRAD_W, 0, j, 2)).value().toDouble())
                    .isCloseTo(binary, within(1e-13));
            assertThat(soft.get(new QuantityId(1, QuantityKind.GRAD_W, 0, j, 1)).value().toDouble())
                    .isCloseTo(-binary, within(1e-13));
        }
        double binaryBias = logistic.gradB().value().toDouble();
        assertThat(soft.get(new QuantityId(1, QuantityKind.GRAD_B, 0, 0, 2)).value().toDouble())
                .isCloseTo(binaryBias, within(1e-13));
        assertThat(soft.get(new QuantityId(1, QuantityKind.GRAD_B, 0, 0, 1)).value().toDouble())
                .isCloseTo(-binaryBias, within(1e-13));
        assertThat(soft.cost().value().toDouble()).isCloseTo(logistic.cost().value().toDouble(), within(1e-13));
    }
}
