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

    @Override public Num divide(Num a, Num b) {
        return new Num.Decimal(a.toBigDecimal().divide(b.toBigDecimal(), TRANSCENDENTAL));
    }

    @Override public Num sigmoid(Num z) {
        BigDecimal value = z.toBigDecimal();
        if (value.compareTo(SATURATION) > 0) {
            return new Num.Decimal(BigDecimal.ONE.subtract(exp(value.negate())));
        }
        if (value.compareTo(SATURATION.negate()) < 0) {
            return new Num.Decimal(exp(value));
        }
        BigDecimal denominator = BigDecimal.ONE.add(exp(value.negate()));
        return new Num.Decimal(BigDecimal.ONE.divide(denominator, TRANSCENDENTAL));
    }

    @Override public Num logLoss(int y, Num p) {
        BigDecimal probability = y == 1 ? p.toBigDecimal() : BigDecimal.ONE.subtract(p.toBigDecimal());
        return new Num.Decimal(BigDecimalMath.log(probability, TRANSCENDENTAL).negate());
    }

    @Override public Num logLossFromZ(int y, Num z, Num p) { return logLoss(y, p); }

    @Override public Num exp(Num x) { return new Num.Decimal(exp(x.toBigDecimal())); }

    @Override public Num ln(Num x) { return new Num.Decimal(BigDecimalMath.log(x.toBigDecimal(), TRANSCENDENTAL)); }

    @Override public Num carry(Num value, int decimals) {
        return new Num.Decimal(value.toBigDecimal().setScale(decimals, RoundingMode.HALF_UP));
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
