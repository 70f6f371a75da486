package org.showwork.fit;

/**
 * How to fit: the penalty, whether to standardize the features first, and how many Newton
 * iterations to allow at most (scikit-learn's {@code max_iter}, 100 by default).
 */
public record FitSettings(Penalty penalty, boolean standardize, int maxIterations) {

    public static final int DEFAULT_MAX_ITERATIONS = 100;

    public FitSettings {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("at least one iteration");
        }
    }

    /** scikit-learn's defaults: L2 with C = 1, no scaling. */
    public static FitSettings defaults() {
        return new FitSettings(new Penalty.L2(1.0), false, DEFAULT_MAX_ITERATIONS);
    }
}
