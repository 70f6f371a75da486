package org.showwork.render.view;

import org.showwork.numeric.StableMath;
import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.showwork.formula.Expr;

/**
 * How the fit's doubles are written in a document: to a few significant digits, in scientific
 * notation (3.14·10⁻¹⁶) when very small or very large, and probabilities within rounding of 0 or 1
 * as 1 − 2.3·10⁻⁸ rather than a misleading 1.0000. A value that is not finite is a bug, never
 * something to print.
 */
final class FitNumbers {
    private FitNumbers() {}

    static final int DIGITS = 6;

    /** {@code value} to {@code digits} significant digits, trailing zeros dropped. */
    static Expr number(double value, int digits) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a value to show is not finite: " + value);
        }
        if (value == 0) {
            return num(0);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= 1e-4 && magnitude < 1e7) {
            return num(rounded.scale() < 0 ? rounded.setScale(0) : rounded);
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        if (mantissa.scale() < 0) {
            mantissa = mantissa.setScale(0);
        }
        return times(num(mantissa), pow(num(10), num(exponent)));
    }

    static Expr number(double value) {
        return number(value, DIGITS);
    }

    /** A small positive quantity such as a gradient norm: three significant digits. */
    static Expr small(double value) {
        return number(value, 3);
    }

    /** A probability: four decimal places, or its distance from 0 or 1 when that is below 10⁻⁴. */
    static Expr probability(double p) {
        if (p >= 0.0001 && p <= 0.9999) {
            return num(new BigDecimal(p).setScale(4, RoundingMode.HALF_EVEN));
        }
        if (p > 0.9999) {
            double rest = 1 - p;
            return rest == 0 ? num(1) : minus(num(1), number(rest, 2));
        }
        return number(p, 2);
    }

    /** σ(z), with 1 − σ(z) taken as σ(−z) so that a probability within rounding of 1 still shows how close it is. */
    static Expr probabilityOfScore(double z) {
        double p = StableMath.sigmoid(z);
        if (p > 0.9999) {
            double rest = StableMath.sigmoid(-z);
            return rest == 0 ? num(1) : minus(num(1), number(rest, 2));
        }
        return probability(p);
    }

    /** A step size t = 2⁻ᵏ, exactly. */
    static Expr stepSize(double t) {
        BigDecimal exact = new BigDecimal(t).stripTrailingZeros();
        return num(exact.scale() < 0 ? exact.setScale(0) : exact);
    }
}
