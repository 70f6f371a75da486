package org.showwork.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Properties of checking, on random problems in both arithmetics: the answer key is all correct,
 * under any tolerance; and a value marked follow-through is what the student's own earlier values
 * give, recomputed here independently, from inputs not all ours.
 */
class CheckPropertiesTest {

    @Provide
    Arbitrary<Problem> problems() {
        Arbitrary<Integer> ns = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> ds = Arbitraries.integers().between(1, 2);
        return Combinators.combine(ns, ds, Arbitraries.of(ArithmeticMode.values())).flatAs((n, d, mode) -> {
            Arbitrary<Sample> sample = Combinators.combine(unit(2, 3).list().ofSize(d), Arbitraries.of(0, 1)).as(Sample::new);
            return Combinators.combine(sample.list().ofSize(n), unit(3, 2).list().ofSize(d), unit(3, 2),
                    Arbitraries.bigDecimals().between(new BigDecimal("0.05"), new BigDecimal("0.5")).ofScale(2),
                    Arbitraries.integers().between(1, 3), Arbitraries.integers().between(2, 5))
                    .as((samples, weights, bias, alpha, iterations, places) -> problem(samples, weights, bias, alpha,
                            iterations, mode, places));
        });
    }

    private static Problem problem(List<Sample> samples, List<BigDecimal> weights, BigDecimal bias, BigDecimal alpha,
            int iterations, ArithmeticMode mode, int places) {
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= weights.size(); j++) {
            names.add("x" + j);
        }
        return new Problem("random.yaml", "", names, samples, true, weights, bias, alpha, iterations, mode,
                DecimalPlaces.uniform(places), Map.of());
    }

    private static Arbitrary<BigDecimal> unit(int scale, int size) {
        return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-size), BigDecimal.valueOf(size)).ofScale(scale);
    }

    @Provide
    Arbitrary<Tolerance> tolerances() {
        return Arbitraries.oneOf(Arbitraries.just(new Tolerance.ShownPlaces()),
                Arbitraries.integers().between(0, 8).map(Tolerance.Places::new),
                Arbitraries.integers().between(1, 10).map(Tolerance.SignificantFigures::new),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4).map(Tolerance.Absolute::new),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.5")).ofScale(3).map(Tolerance.Relative::new));
    }

    @Property(tries = 200)
    void theAnswerKeyChecksAllCorrect(@ForAll("problems") Problem problem) {
        Trace trace = Tracer.trace(problem);
        CheckResult result = new Checker(trace, MarkingScheme.defaults()).check(Answers.submission(Answers.key(trace)));
        assertThat(result.marks()).isNotEmpty().allMatch(m -> m.verdict() == Verdict.CORRECT, "correct");
        assertThat(result.score()).isEqualByComparingTo(result.maxScore());
        assertThat(result.notes()).isEmpty();
    }

    @Property(tries = 200)
    void aCorrectSubmissionStaysCorrectUnderAnyTolerance(@ForAll("problems") Problem problem,
            @ForAll("tolerances") Tolerance tolerance) {
        Trace trace = Tracer.trace(problem);
        CheckResult result = new Checker(trace, MarkingScheme.defaults().withTolerance(tolerance))
                .check(Answers.submission(Answers.key(trace)));
        assertThat(result.marks()).allMatch(m -> m.verdict() == Verdict.CORRECT, "correct under " + tolerance.spelling());
    }

    /** The kinds recomputed independently below (no σ or ln: sums, products, averages, updates). */
    private static final List<QuantityKind> SIMPLE = List.of(QuantityKind.ERROR_X, QuantityKind.SUM_ERROR,
            QuantityKind.SUM_ERROR_X, QuantityKind.GRAD_W, QuantityKind.GRAD_B, QuantityKind.W_NEW, QuantityKind.B_NEW);

    @Property(tries = 200)
    void followThroughNeverRescuesAValueThatIsWrongFromTheStudentsOwnInputs(@ForAll("problems") Problem raw,
            @ForAll long seed) {
        Problem problem = problem(raw.samples(), raw.weights(), raw.bias(), raw.learningRate(), raw.iterations(),
                ArithmeticMode.HAND, raw.decimals().base());
        Trace trace = Tracer.trace(problem);
        int d = problem.featureCount();
        Map<String, String> answers = Answers.key(trace);
        Random random = new Random(seed);
        // change some values by a few units of their last place, or by a lot
        for (String id : new ArrayList<>(answers.keySet())) {
            if (random.nextInt(4) == 0 && !answers.get(id).equals("∞")) {
                BigDecimal v = new BigDecimal(answers.get(id));
                BigDecimal delta = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(7) - 3).movePointLeft(v.scale())
                        : BigDecimal.valueOf(random.nextGaussian()).setScale(v.scale(), RoundingMode.HALF_UP);
                answers.put(id, v.add(delta).toPlainString());
            }
        }
        Map<QuantityId, BigDecimal> own = new HashMap<>();
        answers.forEach((id, v) -> {
            if (!v.equals("∞")) {
                own.put(QuantityId.parse(id, d).orElseThrow(), new BigDecimal(v));
            }
        });
        CheckResult result = new Checker(trace, MarkingScheme.defaults()).check(Answers.submission(answers));
        for (Mark mark : result.marks()) {
            if (mark.verdict() != Verdict.FOLLOW_THROUGH) {
                continue;
            }
            assertThat(mark.differing()).as(mark.id() + ": follow-through from inputs that are all ours").isNotEmpty();
            if (SIMPLE.contains(mark.id().kind())) {
                int places = problem.decimals().of(mark.id().kind());
                BigDecimal fromOwn = independently(mark.id(), own, problem).setScale(places, RoundingMode.HALF_UP);
                assertThat(own.get(mark.id()).setScale(places, RoundingMode.HALF_UP))
                        .as(mark.id() + " is follow-through, so it is what the student's own inputs give")
                        .isEqualByComparingTo(fromOwn);
            }
        }
    }

    /** The quantity from the student's values, written out plainly (full batch, no penalty), unrounded. */
    private static BigDecimal independently(QuantityId id, Map<QuantityId, BigDecimal> own, Problem problem) {
        int t = id.iteration();
        int n = problem.sampleCount();
        BigDecimal m = BigDecimal.valueOf(n);
        java.math.MathContext mc = new java.math.MathContext(40);
        return switch (id.kind()) {
            case ERROR_X -> own.get(QuantityId.ofSample(t, QuantityKind.ERROR, id.sample()))
                    .multiply(problem.samples().get(id.sample() - 1).x().get(id.feature() - 1));
            case SUM_ERROR -> sum(n, i -> own.get(QuantityId.ofSample(t, QuantityKind.ERROR, i)));
            case SUM_ERROR_X -> sum(n, i -> own.get(new QuantityId(t, QuantityKind.ERROR_X, i, id.feature())));
            case GRAD_W -> own.get(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, id.feature())).divide(m, mc);
            case GRAD_B -> own.get(QuantityId.of(t, QuantityKind.SUM_ERROR)).divide(m, mc);
            case W_NEW -> (t == 1 ? problem.weights().get(id.feature() - 1) : own.get(QuantityId.ofFeature(t - 1,
                    QuantityKind.W_NEW, id.feature()))).subtract(problem.learningRate().multiply(
                    own.get(QuantityId.ofFeature(t, QuantityKind.GRAD_W, id.feature()))));
            case B_NEW -> (t == 1 ? problem.bias() : own.get(QuantityId.of(t - 1, QuantityKind.B_NEW)))
                    .subtract(problem.learningRate().multiply(own.get(QuantityId.of(t, QuantityKind.GRAD_B))));
            default -> throw new IllegalArgumentException(id.toString());
        };
    }

    private static BigDecimal sum(int n, java.util.function.IntFunction<BigDecimal> term) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 1; i <= n; i++) {
            total = total.add(term.apply(i));
        }
        return total;
    }
}
