package org.showwork.numeric;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Decimal arithmetic as done by hand: sums and products of decimals are exact, σ and ln are
 * evaluated to far more digits than shown, and {@link #carry} rounds half-up to the places of the
 * quantity. The tracer carries the rounded value forward, so later steps use what was written down.
 */
public record HandArithmetic() implements Arithmetic {

    /** Digits for σ, e^x and ln before the result is rounded to its places; far beyond any sensible decimals. */
    private static final MathContext TRANSCENDENTAL = new MathContext(60, RoundingMode.HALF_EVEN);

    /** Beyond this |z|, σ(z) is within 1e-60 of 0 or 1, so the exponential need not be computed. */
    private static final BigDecimal SATURATION = BigDecimal.valueOf(140);

    @Override public Num given(BigDecimal value) { return new Num.Decimal(value); }

    @Override public Num integer(long value) { return new Num.Decimal(BigDecimal.valueOf(value)); }

    @Override public Num add(Num a, Num b) { return new Num.Decimal(a.toBigDecimal().add(b.toBigDecimal())); }

    @Override public Num subtract(Num a, Num b) {
        return new Num.Decimal(a.toBigDecimal().subtract(b.toBigDecimal()));
    }

    @Override public Num multiply(Num a, Num b) {
        return new Num.Decimal(a.toBigDecimal().multiply(b.toBigDecimal()));
    }

    /** The quotient to 60 digits when they are read; rounded to a quantity's places, exactly from the two numbers. */
    @Override public Num divide(Num a, Num b) {
        BigDecimal numerator = a.toBigDecimal();
        BigDecimal denominator = b.toBigDecimal();
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        double quotient = numerator.doubleValue() / denominator.doubleValue();
        return new Num.Approximate(quotient, DOUBLE_ERROR * Math.abs(quotient) + Double.MIN_NORMAL,
                numerator.signum() * denominator.signum(), decimals -> numerator.divide(denominator, decimals, RoundingMode.HALF_UP),
                () -> numerator.divide(denominator, TRANSCENDENTAL));
    }

    /**
     * How far a double σ or −ln may be from the true value, relative to the value and 1: a few
     * units in the last place of the double work, with a wide margin (a bound that is too wide
     * only makes the digits be worked out more often).
     */
    private static final double DOUBLE_ERROR = 1e-13;

    @Override public Num sigmoid(Num z) {
        double zd = z.toDouble();
        if (Math.abs(zd) < 700) {
            double s = 1.0 / (1.0 + Math.exp(-zd));
            return new Num.Approximate(s, DOUBLE_ERROR, 1, decimals -> near(s, DOUBLE_ERROR, decimals), () -> sigmoidDigits(z));
        }
        return new Num.Decimal(sigmoidDigits(z));
    }

    private static BigDecimal sigmoidDigits(Num z) {
        BigDecimal value = z.toBigDecimal();
        if (value.compareTo(SATURATION) > 0) {
            return BigDecimal.ONE.subtract(exp(value.negate()));
        }
        if (value.compareTo(SATURATION.negate()) < 0) {
            return exp(value);
        }
        BigDecimal denominator = BigDecimal.ONE.add(exp(value.negate()));
        return BigDecimal.ONE.divide(denominator, TRANSCENDENTAL);
    }

    @Override public Num logLoss(int y, Num p) {
        BigDecimal probability = y == 1 ? p.toBigDecimal() : BigDecimal.ONE.subtract(p.toBigDecimal());
        double q = probability.doubleValue();
        if (q > Double.MIN_NORMAL && probability.signum() > 0) {
            double loss = -Math.log(q);
            int sign = probability.compareTo(BigDecimal.ONE) == 0 ? 0 : 1;
            double error = DOUBLE_ERROR * (1 + loss);
            return new Num.Approximate(loss, error, sign, decimals -> near(loss, error, decimals),
                    () -> logDigits(probability));
        }
        return new Num.Decimal(logDigits(probability));
    }

    private static BigDecimal logDigits(BigDecimal probability) {
        return BigDecimalMath.log(probability, TRANSCENDENTAL).negate();
    }

    @Override public Num logLossFromZ(int y, Num z, Num p) { return logLoss(y, p); }

    @Override public Num exp(Num x) { return new Num.Decimal(exp(x.toBigDecimal())); }

    @Override public Num ln(Num x) { return new Num.Decimal(BigDecimalMath.log(x.toBigDecimal(), TRANSCENDENTAL)); }

    /**
     * Rounds half up to {@code decimals} places. An approximate σ, logarithm or quotient is rounded
     * without its many digits where that gives the same (see {@link Num.Approximate#rounded}).
     */
    @Override public Num carry(Num value, int decimals) {
        if (value instanceof Num.Approximate a) {
            return new Num.Decimal(a.rounded(decimals));
        }
        return new Num.Decimal(value.toBigDecimal().setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Powers of ten a double can hold exactly. */
    private static final double[] TEN_TO = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    /**
     * {@code x} rounded half up to {@code decimals} places, when every number within {@code error}
     * of it rounds alike (then the true value, which lies there, rounds so too); null when one of
     * them is too near a half-way point, or the places are too many for a double.
     */
    static BigDecimal near(double x, double error, int decimals) {
        if (decimals >= TEN_TO.length || !Double.isFinite(x)) {
            return null;
        }
        double scaled = Math.abs(x) * TEN_TO[decimals];
        // the scaling and the sums below each round once: a few ulps of the largest of them cover it
        double slack = error * TEN_TO[decimals] + 4 * Math.ulp(scaled + 1);
        if (scaled + slack >= 1L << 52) {
            return null;
        }
        double low = Math.floor(scaled - slack + 0.5);
        double high = Math.floor(scaled + slack + 0.5);
        // half up rounds halves away from zero: round the magnitude, then give it the sign
        return low == high ? BigDecimal.valueOf(x < 0 ? -(long) low : (long) low, decimals) : null;
    }

    @Override public boolean roundsEachStep() { return true; }

    @Override public String name() { return "hand"; }

    /** e^x for x ≤ 0 beyond saturation is tiny; big-math handles the full range for the rest. */
    private static BigDecimal exp(BigDecimal x) {
        if (x.compareTo(BigDecimal.valueOf(-1000)) < 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimalMath.exp(x, TRANSCENDENTAL);
    }
}
