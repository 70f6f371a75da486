package org.showwork.problem;

import java.math.BigDecimal;
import java.util.List;

/**
 * Weights and a bias that a problem file states (the tutorial quotes w ≈ 2.197, b ≈ −6.593 as
 * scikit-learn's), to be compared with a fit: are they really where the objective is smallest?
 */
public record QuotedParameters(List<BigDecimal> weights, BigDecimal bias) {
    public QuotedParameters {
        weights = List.copyOf(weights);
    }
}
