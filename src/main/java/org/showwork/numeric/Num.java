package org.showwork.numeric;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One number of a derivation, in the representation of the arithmetic that made it: a double
 * for exact arithmetic, a decimal for hand arithmetic. Keeping the decimal form in hand mode is
 * what makes "0.012 + 0.100" exactly 0.112, as on paper.
 */
public sealed interface Num permits Num.Binary, Num.Decimal {

    double toDouble();

    /** The value as a decimal: exact for hand values; the shortest decimal that reads back as the double for exact values. */
    BigDecimal toBigDecimal();

    int signum();

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
}
