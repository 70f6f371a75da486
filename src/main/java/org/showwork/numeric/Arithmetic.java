package org.showwork.numeric;

import java.math.BigDecimal;

/**
 * How the numbers of a derivation are computed and carried: {@link ExactArithmetic} (doubles,
 * carried unrounded) or {@link HandArithmetic} (decimals, each result rounded to its places and the
 * rounded value carried forward, as a person with a calculator does). The tracer only ever calls
 * these operations, so both modes follow the same derivation.
 */
public sealed interface Arithmetic permits ExactArithmetic, HandArithmetic {

    /** A number stated in the problem (a feature, a weight, a given quantity). */
    Num given(BigDecimal value);

    Num integer(long value);

    Num add(Num a, Num b);

    Num subtract(Num a, Num b);

    Num multiply(Num a, Num b);

    Num divide(Num a, Num b);

    /** σ(z) = 1 / (1 + e^(−z)), without overflow for any finite z. */
    Num sigmoid(Num z);

    /**
     * The cross-entropy loss −[y ln p + (1 − y) ln(1 − p)] of label {@code y} under probability
     * {@code p}. Callers rule out the infinite cases (p = 0 with y = 1, p = 1 with y = 0) first.
     */
    Num logLoss(int y, Num p);

    /**
     * The same loss computed from z rather than from σ(z), where the arithmetic can do it more
     * accurately (exact mode: log(1 + e^(∓z)) never overflows). Hand mode uses the shown p, as the
     * person computing it does.
     */
    Num logLossFromZ(int y, Num z, Num p);

    /** e^x; callers keep x at most 0 (a softmax subtracts the largest score first), so it cannot overflow. */
    Num exp(Num x);

    /** The natural logarithm of a positive number. */
    Num ln(Num x);

    /** The value carried forward after a result is written down with {@code decimals} places. */
    Num carry(Num value, int decimals);

    /** Whether results are rounded and carried rounded (hand) or carried unrounded (exact). */
    boolean roundsEachStep();

    /** The name used in problem files and JSON: {@code exact} or {@code hand}. */
    String name();

}
