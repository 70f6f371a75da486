package org.showwork.problem;

import java.math.BigDecimal;
import java.util.List;

/** One training sample: its feature values (empty when the problem gives labels only) and its label, 0 or 1. */
public record Sample(List<BigDecimal> x, int y) {
    public Sample {
        x = List.copyOf(x);
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("label must be 0 or 1");
        }
    }
}
