package org.showwork.numeric;

/**
 * Numerically stable σ and log-loss on doubles. σ(z) = 1 / (1 + e^(−z)) is already safe for
 * every double (e^(−z) may overflow to ∞, giving exactly 0) and monotone because Math.exp is
 * semi-monotonic; the loss goes through softplus so that it stays finite for every finite z.
 */
public final class StableMath {
    private StableMath() {}

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** softplus(t) = ln(1 + e^t), computed without overflow. */
    public static double softplus(double t) {
        return Math.max(t, 0.0) + Math.log1p(Math.exp(-Math.abs(t)));
    }

    /** −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = softplus(z) for y = 0 and softplus(−z) for y = 1. */
    public static double logLossFromZ(int y, double z) {
        return softplus(y == 1 ? -z : z);
    }

    /** −[y ln p + (1 − y) ln(1 − p)] for a probability p; infinite when p contradicts y completely. */
    public static double logLoss(int y, double p) {
        return y == 1 ? -Math.log(p) : -Math.log1p(-p);
    }
}
