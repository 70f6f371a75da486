package org.showwork.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * σ and the log-loss on doubles over the whole double range, and hand arithmetic's σ and rounding.
 * The reference for the loss is ln(1 + e^z) evaluated to 40 digits with big-math.
 */
class StableMathPropertiesTest {

    private static final double[] SPECIAL = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, 1e-300, -1e-300, Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, -1e308, 36.7, -36.7, 37.5,
        -37.5, 709.78, -709.78, 710, -710, 745.2, -745.2, 746, -746, 1e6, -1e6, 1.0, -1.0};

    /** Every finite double is possible: random bit patterns (huge, tiny, subnormal), subnormals, moderate values and special ones. */
    @Provide
    Arbitrary<Double> finiteDoubles() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite)),
                Tuple.of(4, Arbitraries.doubles().between(-60, 60)),
                Tuple.of(1, Combinators.combine(Arbitraries.longs().between(1, (1L << 52) - 1)
                        .map(Double::longBitsToDouble), Arbitraries.of(1.0, -1.0)).as((v, sign) -> sign * v)),
                Tuple.of(2, Arbitraries.of(box(SPECIAL))));
    }

    private static Double[] box(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int k = 0; k < values.length; k++) {
            boxed[k] = values[k];
        }
        return boxed;
    }

    @Property(tries = 2000)
    void sigmoidLiesInTheUnitInterval(@ForAll("finiteDoubles") double z) {
        double s = StableMath.sigmoid(z);
        assertThat(s).isBetween(0.0, 1.0);
    }

    @Example
    void sigmoidAtTheEndsOfTheDoubleRange() {
        for (double z : SPECIAL) {
            assertThat(StableMath.sigmoid(z)).as("σ(%s)", z).isBetween(0.0, 1.0);
        }
        assertThat(StableMath.sigmoid(Double.MAX_VALUE)).isEqualTo(1.0);
        assertThat(StableMath.sigmoid(-Double.MAX_VALUE)).isEqualTo(0.0);
        assertThat(StableMath.sigmoid(1e308)).isEqualTo(1.0);
        assertThat(StableMath.sigmoid(-1e308)).isEqualTo(0.0);
        assertThat(StableMath.sigmoid(0.0)).isEqualTo(0.5);
        assertThat(StableMath.sigmoid(Double.MIN_VALUE)).isEqualTo(0.5);
        assertThat(StableMath.sigmoid(-Double.MIN_VALUE)).isEqualTo(0.5);
    }

    @Property(tries = 2000)
    void sigmoidIsMonotone(@ForAll("finiteDoubles") double a, @ForAll("finiteDoubles") double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        assertThat(StableMath.sigmoid(lo)).isLessThanOrEqualTo(StableMath.sigmoid(hi));
    }

    @Property(tries = 2000)
    void sigmoidIsMonotoneBetweenNeighbouringDoubles(@ForAll("finiteDoubles") double z) {
        double next = Math.nextUp(z);
        if (Double.isFinite(next)) {
            assertThat(StableMath.sigmoid(z)).isLessThanOrEqualTo(StableMath.sigmoid(next));
        }
    }

    @Property(tries = 2000)
    void logLossFromZIsFiniteAndNotNegative(@ForAll("finiteDoubles") double z, @ForAll @IntRange(min = 0, max = 1) int y) {
        double loss = StableMath.logLossFromZ(y, z);
        assertThat(Double.isFinite(loss)).as("loss(%d, %s) = %s", y, z, loss).isTrue();
        assertThat(loss).isGreaterThanOrEqualTo(0.0);
    }

    @Example
    void logLossFromZAtTheEndsOfTheDoubleRange() {
        assertThat(StableMath.logLossFromZ(0, Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
        assertThat(StableMath.logLossFromZ(1, -Double.MAX_VALUE)).isEqualTo(Double.MAX_VALUE);
        assertThat(StableMath.logLossFromZ(1, Double.MAX_VALUE)).isEqualTo(0.0);
        assertThat(StableMath.logLossFromZ(0, 50)).isEqualTo(50.0);
        assertThat(StableMath.logLossFromZ(1, -800)).isEqualTo(800.0);
        assertThat(StableMath.logLossFromZ(0, 0)).isEqualTo(Math.log(2));
        assertThat(StableMath.logLossFromZ(1, 0)).isEqualTo(Math.log(2));
    }

    /** Where −ln σ(z) and −ln(1 − σ(z)) are themselves accurate (σ(z) not within 1e-2 of 1), they agree. */
    @Property(tries = 1000)
    void logLossFromZAgreesWithTheLogOfTheProbability(@ForAll @DoubleRange(min = -30, max = 5) double z) {
        double p = StableMath.sigmoid(z);
        assertRelativelyClose(StableMath.logLossFromZ(1, z), -Math.log(p), 1e-12);
        assertRelativelyClose(StableMath.logLossFromZ(0, z), -Math.log1p(-p), 1e-12);
        assertRelativelyClose(StableMath.logLoss(1, p), -Math.log(p), 1e-15);
    }

    /** ln(1 + e^z) to 40 significant digits: the loss of label 0, and of label 1 at −z. */
    @Property(tries = 1000)
    void logLossFromZMatchesAHighPrecisionReference(@ForAll @DoubleRange(min = -700, max = 700) double z) {
        MathContext mc = new MathContext(40);
        BigDecimal u = BigDecimalMath.exp(new BigDecimal(z), mc);
        BigDecimal softplus;
        if (z < -20) {
            // ln(1 + u) = u − u²/2 + u³/3 − …: four terms leave a relative error below u⁴ < 1e-34
            softplus = u.subtract(u.pow(2, mc).divide(BigDecimal.valueOf(2), mc), mc)
                    .add(u.pow(3, mc).divide(BigDecimal.valueOf(3), mc), mc)
                    .subtract(u.pow(4, mc).divide(BigDecimal.valueOf(4), mc), mc);
        } else {
            softplus = BigDecimalMath.log(BigDecimal.ONE.add(u), mc);
        }
        assertRelativelyClose(StableMath.logLossFromZ(0, z), softplus.doubleValue(), 1e-14);
        assertRelativelyClose(StableMath.logLossFromZ(1, -z), softplus.doubleValue(), 1e-14);
    }

    private static void assertRelativelyClose(double actual, double expected, double relative) {
        assertThat(Math.abs(actual - expected)).as("%s against %s", actual, expected)
                .isLessThanOrEqualTo(relative * Math.abs(expected));
    }

    // hand arithmetic

    private static final HandArithmetic HAND = new HandArithmetic();

    @Property(tries = 500)
    void handSigmoidAgreesWithStableMath(@ForAll("moderateScores") BigDecimal z) {
        double hand = HAND.sigmoid(new Num.Decimal(z)).toDouble();
        double stable = StableMath.sigmoid(z.doubleValue());
        assertRelativelyClose(hand, stable, 1e-12);
    }

    @Provide
    Arbitrary<BigDecimal> moderateScores() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-30"), new BigDecimal("30")).ofScale(6);
    }

    @Property(tries = 200)
    void handSigmoidLiesInTheUnitIntervalForLargeScores(@ForAll("largeScores") BigDecimal z) {
        BigDecimal s = HAND.sigmoid(new Num.Decimal(z)).toBigDecimal();
        assertThat(s).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(s.compareTo(new BigDecimal("0.5"))).isEqualTo(z.signum());
    }

    @Provide
    Arbitrary<BigDecimal> largeScores() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("-5000"), new BigDecimal("5000")).ofScale(3),
                Arbitraries.of(new BigDecimal("140"), new BigDecimal("-140"), new BigDecimal("140.001"),
                        new BigDecimal("-140.001"), new BigDecimal("1000"), new BigDecimal("-1000"),
                        new BigDecimal("-1000.001"), new BigDecimal("1e9"), new BigDecimal("-1e9")));
    }

    @Example
    void handSigmoidOfTheTutorialsScores() {
        // σ(2.195) = 1 / (1 + e^−2.195) = 0.899799609808989…
        assertThat(HAND.sigmoid(new Num.Decimal(new BigDecimal("2.195"))).toBigDecimal())
                .isBetween(new BigDecimal("0.8997996098089"), new BigDecimal("0.8997996098090"));
        assertThat(HAND.sigmoid(new Num.Decimal(BigDecimal.ZERO)).toBigDecimal()).isEqualByComparingTo("0.5");
        // −ln 0.9 = 0.105360515657826…
        assertThat(HAND.logLoss(1, new Num.Decimal(new BigDecimal("0.9"))).toBigDecimal())
                .isBetween(new BigDecimal("0.1053605156578"), new BigDecimal("0.1053605156579"));
        assertThat(HAND.logLoss(0, new Num.Decimal(new BigDecimal("0.2"))).toBigDecimal())
                .isBetween(new BigDecimal("0.2231435513142"), new BigDecimal("0.2231435513143"));
    }

    @Example
    void carryRoundsHalfUpToThePlaces() {
        assertThat(carry("0.0125", 3)).isEqualTo("0.013");
        assertThat(carry("0.01249999", 3)).isEqualTo("0.012");
        assertThat(carry("0.89980", 3)).isEqualTo("0.900");
        assertThat(carry("0.8994999", 3)).isEqualTo("0.899");
        assertThat(carry("2.5", 0)).isEqualTo("3");
        assertThat(carry("0.1", 3)).isEqualTo("0.100");
        assertThat(carry("0.24960", 4)).isEqualTo("0.2496");
        // HALF_UP rounds a tie away from zero, on both sides
        assertThat(carry("-0.0125", 3)).isEqualTo("-0.013");
        assertThat(carry("-2.17204", 3)).isEqualTo("-2.172");
        assertThat(carry("-6.60298", 3)).isEqualTo("-6.603");
        assertThat(carry("-0.0004", 3)).isEqualByComparingTo("0");
    }

    /** Rounding is to the nearest value with that many places, and a tie goes away from zero. */
    @Property(tries = 1000)
    void carryIsTheNearestValueWithThosePlaces(@ForAll("decimals") BigDecimal value,
            @ForAll @IntRange(min = 0, max = 8) int places) {
        BigDecimal carried = carry(value, places);
        assertThat(carried.scale()).isEqualTo(places);
        BigDecimal half = BigDecimal.ONE.scaleByPowerOfTen(-places).divide(BigDecimal.valueOf(2));
        BigDecimal distance = carried.subtract(value).abs();
        assertThat(distance).isLessThanOrEqualTo(half);
        if (distance.compareTo(half) == 0) {
            assertThat(carried.abs()).isGreaterThan(value.abs());
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.integers().between(0, 10).flatMap(scale ->
                Arbitraries.bigDecimals().between(new BigDecimal("-100"), new BigDecimal("100")).ofScale(scale));
    }

    private static BigDecimal carry(String value, int places) {
        return carry(new BigDecimal(value), places);
    }

    private static BigDecimal carry(BigDecimal value, int places) {
        return HAND.carry(new Num.Decimal(value), places).toBigDecimal();
    }
}
