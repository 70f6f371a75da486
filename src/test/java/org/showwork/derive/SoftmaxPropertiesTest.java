package org.showwork.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Invariants of every softmax trace, for random K, sizes and schedules in exact arithmetic: a
 * sample's probabilities add up to 1 and its errors to 0, every id reads back as itself and finds
 * its quantity, and the per-class sums add up their rows.
 */
class SoftmaxPropertiesTest {

    @Provide
    Arbitrary<Problem> problems() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(1, 7),
                Arbitraries.integers().between(1, 3), Arbitraries.integers().between(2, 5),
                Arbitraries.integers().between(0, 3)).as((seed, n, d, k, batch) -> SoftmaxProblems.random(
                new Random(seed), n, d, k, 3, new BigDecimal("0.4"), ArithmeticMode.EXACT, DecimalPlaces.uniform(4),
                SoftmaxProblems.schedule(batch, OptionalLong.of(seed), BigDecimal.ZERO, Schedule.Show.ALL)));
    }

    @Property(tries = 150)
    void probabilitiesAddUpToOneAndErrorsToZero(@ForAll("problems") Problem problem) {
        int k = problem.classCount();
        for (Iteration it : Tracer.trace(problem).iterations()) {
            for (int i : it.batch()) {
                double p = 0;
                double error = 0;
                for (int c = 1; c <= k; c++) {
                    p += it.get(new QuantityId(it.number(), QuantityKind.P, i, 0, c)).value().toDouble();
                    error += it.get(new QuantityId(it.number(), QuantityKind.ERROR, i, 0, c)).value().toDouble();
                }
                assertThat(p).isCloseTo(1, within(1e-12));
                assertThat(error).isCloseTo(0, within(1e-12));
            }
        }
    }

    @Property(tries = 100)
    void everyIdReadsBackAndSumsAddTheirRows(@ForAll("problems") Problem problem) {
        Trace trace = Tracer.trace(problem);
        int d = problem.featureCount();
        trace.forEachQuantity((id, q) -> {
            assertThat(QuantityId.parse(id.toString(d), d, problem.classCount())).contains(id);
            assertThat(trace.find(id)).contains(q);
        });
        for (Iteration it : trace.iterations()) {
            for (int c = 1; c <= problem.classCount(); c++) {
                double sum = 0;
                for (int i : it.batch()) {
                    sum += it.get(new QuantityId(it.number(), QuantityKind.ERROR, i, 0, c)).value().toDouble();
                }
                assertThat(it.get(new QuantityId(it.number(), QuantityKind.SUM_ERROR, 0, 0, c)).value().toDouble())
                        .isCloseTo(sum, within(1e-12));
            }
        }
    }
}
