package org.showwork.numeric;

import java.util.function.Supplier;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number of a derivation, in the representation of the arithmetic that made it: a double
 * for exact arithmetic, a decimal for hand arithmetic. Keeping the decimal form in hand mode is
 * what makes "0.012 + 0.100" exactly 0.112, as on paper.
 */
public sealed interface Num permits Num.Binary, Num.Decimal, Num.Approximate {

    double toDouble();

    /** The value as a decimal: exact for hand values; the shortest decimal that reads back as the double for exact values. */
    BigDecimal toBigDecimal();

    int signum();

    /** Whether the value is exactly {@code decimal} (a document writes "=" then, and "≈" otherwise). */
    default boolean is(BigDecimal decimal) {
        return toBigDecimal().compareTo(decimal) == 0;
    }

    /** The value rounded half-up to {@code decimals} places, as a reader sees it. */
    default BigDecimal shown(int decimals) {
        return toBigDecimal().setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A double computed by exact (floating-point) arithmetic. */
    record Binary(double value) implements Num {
        public Binary {
            if (!Double.isFinite(value)) {
                throw new NumericOverflow(value);
            }
        }

        @Override public double toDouble() { return value; }

        @Override public BigDecimal toBigDecimal() { return BigDecimal.valueOf(value); }

        @Override public int signum() { return (int) Math.signum(value); }
    }

    /** A decimal carried by hand arithmetic, with the scale it was rounded to. */
    record Decimal(BigDecimal value) implements Num {
        @Override public double toDouble() { return value.doubleValue(); }

        @Override public BigDecimal toBigDecimal() { return value; }

        @Override public int signum() { return value.signum(); }
    }

    /**
     * A value of hand arithmetic whose many digits are worked out only when someone reads them (a
     * note, a document, the checker), and then once: σ or a logarithm known first as a double
     * within a stated error, or a quotient. Writing it down with its places seldom needs the digits
     * ({@link #rounded}); see {@link HandArithmetic#carry}.
     */
    final class Approximate implements Num {

        /** The value rounded half up to some places, when that can be had without all the digits; else null. */
        public interface Rounding {
            BigDecimal rounded(int decimals);
        }

        private final double approximation;
        /** How far the true value may be from {@code approximation}, at most. */
        private final double error;
        private final int signum;
        private final Rounding rounding;
        private final Supplier<BigDecimal> digits;
        private volatile BigDecimal exact;

        Approximate(double approximation, double error, int signum, Rounding rounding, Supplier<BigDecimal> digits) {
            this.approximation = approximation;
            this.error = error;
            this.signum = signum;
            this.rounding = rounding;
            this.digits = digits;
        }

        /** Without the digits when the double is farther from {@code decimal} than its error allows. */
        @Override public boolean is(BigDecimal decimal) {
            double other = decimal.doubleValue();
            if (Double.isFinite(approximation) && Double.isFinite(other)
                    && Math.abs(approximation - other) > error + 4 * Math.ulp(Math.max(Math.abs(approximation), Math.abs(other)))) {
                return false;
            }
            return Num.super.is(decimal);
        }

        /** The value rounded half up to {@code decimals} places, as its digits would give it. */
        public BigDecimal rounded(int decimals) {
            BigDecimal quick = rounding.rounded(decimals);
            return quick != null ? quick : toBigDecimal().setScale(decimals, RoundingMode.HALF_UP);
        }

        @Override public double toDouble() { return approximation; }

        @Override public BigDecimal toBigDecimal() {
            BigDecimal value = exact;
            if (value == null) {
                value = digits.get();
                exact = value;
            }
            return value;
        }

        @Override public int signum() {
            return signum;
        }

        @Override public boolean equals(Object other) {
            return other instanceof Approximate a && a.toBigDecimal().equals(toBigDecimal());
        }

        @Override public int hashCode() {
            return toBigDecimal().hashCode();
        }

        @Override public String toString() {
            return "Approximate[" + approximation + "]";
        }
    }
}
