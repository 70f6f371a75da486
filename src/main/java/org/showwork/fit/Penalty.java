package org.showwork.fit;

/**
 * The penalty of scikit-learn's {@code LogisticRegression}: with {@code l2} the objective is
 * C·Σ sᵢ·Lᵢ + ½‖w‖² (the bias is not penalised), with {@code none} it is Σ sᵢ·Lᵢ.
 */
public sealed interface Penalty {

    /** The factor in front of the weighted sum of losses: C, or 1 without a penalty. */
    double lossFactor();

    /** The factor of ½‖w‖²: 1 with the L2 penalty, 0 without. */
    double weightFactor();

    /** The name scikit-learn uses: {@code l2} or {@code none}. */
    String id();

    /** ½‖w‖² against C times the losses; a small C means a strong penalty. */
    record L2(double c) implements Penalty {
        public L2 {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("C must be a positive finite number, got " + c);
            }
        }

        @Override public double lossFactor() { return c; }

        @Override public double weightFactor() { return 1; }

        @Override public String id() { return "l2"; }
    }

    /** The plain weighted log-likelihood, whose minimum need not exist. */
    record None() implements Penalty {
        @Override public double lossFactor() { return 1; }

        @Override public double weightFactor() { return 0; }

        @Override public String id() { return "none"; }
    }
}
