package org.showwork.formula;

import static org.assertj.core.api.Assertions.assertThat;
import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;

class WriterTest {

    private static Expr n(String value) {
        return num(new BigDecimal(value));
    }

    @Nested
    class Unicode {
        private final UnicodeWriter writer = new UnicodeWriter();

        @Test
        void substitutedScore() {
            assertThat(writer.write(plus(times(n("2.197"), n("1")), n("-6.593")))).isEqualTo("2.197·1 − 6.593");
            assertThat(writer.write(eq(sym(Symbol.Z, "1"), plus(times(n("2.197"), n("1")), n("-6.593")), n("-4.396"))))
                    .isEqualTo("z₁ = 2.197·1 − 6.593 = −4.396");
        }

        @Test
        void negativeFactorsAfterTheFirstGetParentheses() {
            assertThat(writer.write(times(n("2"), n("-3")))).isEqualTo("2·(−3)");
            assertThat(writer.write(times(n("-0.101"), n("4")))).isEqualTo("−0.101·4");
            assertThat(writer.write(times(n("0.1"), n("-0.2496")))).isEqualTo("0.1·(−0.2496)");
            assertThat(writer.write(times(n("-1"), n("-2"), n("-3")))).isEqualTo("−1·(−2)·(−3)");
            assertThat(writer.write(times(n("2"), neg(sym(Symbol.X))))).isEqualTo("2·(−x)");
        }

        @Test
        void negativeTermsAreSubtracted() {
            assertThat(writer.write(plus(n("0.012"), n("0.100"), n("-0.101"), n("-0.012"))))
                    .isEqualTo("0.012 + 0.100 − 0.101 − 0.012");
            assertThat(writer.write(plus(sym(Symbol.B), times(n("-0.3"), sym(Symbol.X))))).isEqualTo("b − 0.3·x");
            assertThat(writer.write(plus(n("-1"), n("2")))).isEqualTo("−1 + 2");
            // subtracting a negative number keeps both signs
            assertThat(writer.write(minus(n("1"), n("-2")))).isEqualTo("1 − (−2)");
            assertThat(writer.write(minus(n("2.197"), times(n("0.1"), n("0.2504"))))).isEqualTo("2.197 − 0.1·0.2504");
        }

        @Test
        void sumsInsideProductsGetParentheses() {
            assertThat(writer.write(times(minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i")), sym(Symbol.X, "i"))))
                    .isEqualTo("(ŷᵢ − yᵢ)·xᵢ");
            assertThat(writer.write(minus(n("1"), minus(n("2"), n("3"))))).isEqualTo("1 − (2 − 3)");
        }

        @Test
        void functionsFractionsAndPowers() {
            assertThat(writer.write(call(Function.SIGMA, n("2.195")))).isEqualTo("σ(2.195)");
            assertThat(writer.write(eq(call(Function.SIGMA, n("2.195")), n("0.900")))).isEqualTo("σ(2.195) = 0.900");
            assertThat(writer.write(neg(call(Function.LN, n("0.9"))))).isEqualTo("−ln(0.9)");
            assertThat(writer.write(over(n("1"), plus(n("1"), pow(sym(Symbol.E), neg(sym(Symbol.Z)))))))
                    .isEqualTo("1/(1 + e^(−z))");
            assertThat(writer.write(pow(sym(Symbol.E), n("2")))).isEqualTo("e²");
            assertThat(writer.write(over(n("1.252"), n("5")))).isEqualTo("1.252/5");
            assertThat(writer.write(partial(sym(Symbol.COST), sym(Symbol.W)))).isEqualTo("∂J/∂w");
        }

        @Test
        void updatesAndNumbers() {
            assertThat(writer.write(assign(sym(Symbol.B), minus(sym(Symbol.B), times(sym(Symbol.ALPHA),
                    partial(sym(Symbol.COST), sym(Symbol.B)))))))
                    .isEqualTo("b := b − α·∂J/∂b");
            assertThat(UnicodeWriter.formatNumber(new BigDecimal("-6.603"))).isEqualTo("−6.603");
            assertThat(UnicodeWriter.formatNumber(new BigDecimal("0.100"))).isEqualTo("0.100");
            assertThat(UnicodeWriter.formatNumber(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        }
    }

    @Nested
    class Latex {
        private final LatexWriter writer = new LatexWriter();

        @Test
        void symbolsWithHatsAndSubscripts() {
            assertThat(writer.write(sym(Symbol.Y_HAT, "i"))).isEqualTo("\\hat{y}_{i}");
            assertThat(writer.write(sym(Symbol.ALPHA))).isEqualTo("\\alpha");
            assertThat(writer.write(eq(sym(Symbol.Y_HAT, "i"), call(Function.SIGMA, sym(Symbol.Z, "i")))))
                    .isEqualTo("\\hat{y}_{i} = \\sigma(z_{i})");
        }

        @Test
        void fractionsAndPowers() {
            assertThat(writer.write(over(n("1"), sym(Symbol.N)))).isEqualTo("\\frac{1}{n}");
            assertThat(writer.write(over(n("1"), plus(n("1"), pow(sym(Symbol.E), neg(sym(Symbol.Z, "i")))))))
                    .isEqualTo("\\frac{1}{1 + e^{-z_{i}}}");
            assertThat(writer.write(partial(sym(Symbol.COST), sym(Symbol.W))))
                    .isEqualTo("\\frac{\\partial J}{\\partial w}");
        }

        @Test
        void sums() {
            Expr average = times(over(n("1"), sym(Symbol.N)), sum("i", n("1"), sym(Symbol.N), sym(Symbol.LOSS, "i")));
            assertThat(writer.write(eq(sym(Symbol.COST), average))).isEqualTo("J = \\frac{1}{n} \\sum_{i=1}^{n} L_{i}");
            assertThat(writer.write(sum("i", n("1"), sym(Symbol.N),
                    times(minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i")), sym(Symbol.X, "i")))))
                    .isEqualTo("\\sum_{i=1}^{n} (\\hat{y}_{i} - y_{i}) x_{i}");
        }

        @Test
        void numbersAndSigns() {
            assertThat(writer.write(plus(times(n("2.197"), n("1")), n("-6.593")))).isEqualTo("2.197 \\cdot 1 - 6.593");
            assertThat(writer.write(times(n("2"), n("-3")))).isEqualTo("2 \\cdot (-3)");
            assertThat(writer.write(brackets(plus(sym(Symbol.Y), n("1"))))).isEqualTo("[y + 1]");
            assertThat(writer.write(chain(Relation.APPROX, sym(Symbol.W), n("2.172")))).isEqualTo("w \\approx 2.172");
        }
    }
}
