package org.showwork.derive;

import java.math.BigDecimal;
import org.showwork.quantity.QuantityId;

/**
 * Something about the arithmetic of a trace that a reader should know, as data; renderers phrase
 * it. Notes are what make hand arithmetic honest: where rounding carried into another digit, where
 * a value was rounded to zero, where a rounded probability of 0 or 1 made a loss infinite, and how
 * far carrying rounded values drifted from exact arithmetic.
 */
public sealed interface Note {

    QuantityId id();

    /**
     * Rounding carried into an earlier digit (σ(2.195) = 0.89980… is written 0.900): someone who
     * truncates instead of rounding gets {@code truncated}.
     */
    record RoundingCarry(QuantityId id, BigDecimal unrounded, BigDecimal shown, BigDecimal truncated) implements Note {}

    /** A value that is not zero was written, and carried, as zero. */
    record RoundedToZero(QuantityId id, BigDecimal unrounded, BigDecimal shown) implements Note {}

    /**
     * A probability rounded to exactly 0 or 1. Against its label the loss is infinite
     * ({@code infiniteLoss}); with its label the loss is exactly 0 though the true loss is positive.
     */
    record CertainProbability(QuantityId id, int label, BigDecimal shown, boolean infiniteLoss) implements Note {}

    /** Carrying rounded values gave {@code hand}, where exact arithmetic gives {@code exact}. */
    record Drift(QuantityId id, BigDecimal hand, BigDecimal exact) implements Note {}

    /**
     * A value the problem gives differs, at the shown places, from what the derivation would have
     * given (the tutorial writes 0.899 for σ(2.195) = 0.89980…, which rounds to 0.900).
     */
    record GivenDiffers(QuantityId id, BigDecimal given, BigDecimal derived, BigDecimal derivedShown) implements Note {}

    /**
     * A softmax model in hand arithmetic: sample {@code id.sample()}'s K probabilities, each rounded
     * to its places, add up to {@code total} rather than exactly 1 ({@code id} names the sample's
     * probabilities without a class).
     */
    record ProbabilitiesSum(QuantityId id, BigDecimal total) implements Note {}
}
