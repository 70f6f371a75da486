package org.showwork.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Hand arithmetic writes σ and the log-loss down from a double when every value within the
 * double's error rounds alike. These properties hold that shortcut to the 60-digit values: the
 * rounded result is always the one the digits give, for any score, probability and places.
 */
class HandRoundingPropertiesTest {

    private final HandArithmetic hand = new HandArithmetic();

    @Property(tries = 3000)
    void sigmoidRoundsAsItsDigitsDo(@ForAll @BigRange(min = "-60", max = "60") @Scale(4) BigDecimal z,
            @ForAll @IntRange(min = 0, max = 12) int places) {
        Num sigma = hand.sigmoid(hand.given(z));
        BigDecimal digits = sigma.toBigDecimal();
        assertThat(hand.carry(hand.sigmoid(hand.given(z)), places).toBigDecimal())
                .isEqualTo(digits.setScale(places, RoundingMode.HALF_UP));
    }

    @Property(tries = 3000)
    void logLossRoundsAsItsDigitsDo(@ForAll @BigRange(min = "0.0001", max = "0.9999") @Scale(4) BigDecimal p,
            @ForAll @IntRange(min = 0, max = 1) int y, @ForAll @IntRange(min = 0, max = 12) int places) {
        Num loss = hand.logLoss(y, hand.given(p));
        BigDecimal digits = loss.toBigDecimal();
        assertThat(hand.carry(hand.logLoss(y, hand.given(p)), places).toBigDecimal())
                .isEqualTo(digits.setScale(places, RoundingMode.HALF_UP));
    }

    @Property(tries = 3000)
    void aQuotientRoundsAsItsDigitsDo(@ForAll @BigRange(min = "-50", max = "50") @Scale(4) BigDecimal sum,
            @ForAll @IntRange(min = 1, max = 40) int m, @ForAll @IntRange(min = 0, max = 12) int places) {
        Num quotient = hand.divide(hand.given(sum), hand.integer(m));
        BigDecimal digits = quotient.toBigDecimal();
        assertThat(hand.carry(hand.divide(hand.given(sum), hand.integer(m)), places).toBigDecimal())
                .isEqualTo(digits.setScale(places, RoundingMode.HALF_UP));
        assertThat(quotient.signum()).isEqualTo(digits.signum());
    }

    @Property(tries = 200)
    void aValueOnAHalfWayPointIsRoundedFromItsDigits(@ForAll @IntRange(min = 1, max = 6) int places) {
        // σ(0) = 0.5 exactly: rounded to 0 places it is 1, half up, whatever the double says
        assertThat(hand.carry(hand.sigmoid(hand.given(BigDecimal.ZERO)), 0).toBigDecimal()).isEqualByComparingTo("1");
        assertThat(hand.carry(hand.sigmoid(hand.given(BigDecimal.ZERO)), places).toBigDecimal())
                .isEqualByComparingTo("0.5");
    }

    /** Whether a value is exactly a decimal ("=" or "≈" in a document) is what its digits say, for its own rounded values too. */
    @Property(tries = 3000)
    void aValueIsADecimalExactlyWhenItsDigitsAre(@ForAll @BigRange(min = "-50", max = "50") @Scale(4) BigDecimal x,
            @ForAll @IntRange(min = 1, max = 40) int m, @ForAll @IntRange(min = 0, max = 12) int places,
            @ForAll @IntRange(min = 0, max = 1) int y) {
        BigDecimal p = x.abs().divide(BigDecimal.valueOf(51), 4, RoundingMode.HALF_UP).add(new BigDecimal("0.0001"));
        List<Supplier<Num>> values = List.of(() -> hand.sigmoid(hand.given(x)), () -> hand.logLoss(y, hand.given(p)),
                () -> hand.divide(hand.given(x), hand.integer(m)));
        for (Supplier<Num> value : values) {
            BigDecimal digits = value.get().toBigDecimal();
            for (BigDecimal decimal : List.of(digits.setScale(places, RoundingMode.HALF_UP), digits,
                    digits.setScale(places, RoundingMode.DOWN), BigDecimal.ZERO, new BigDecimal("0.5"))) {
                // a value made anew, its digits not yet worked out
                assertThat(value.get().is(decimal)).as("%s is %s", digits, decimal).isEqualTo(digits.compareTo(decimal) == 0);
            }
        }
    }
}
