package org.showwork.problem;

import java.math.BigDecimal;
import java.util.List;

/**
 * One training sample: its feature values (empty when the problem gives labels only) and its label,
 * 0 or 1 (a class 0 … K − 1 in a softmax model).
 */
public record Sample(List<BigDecimal> x, int y) {
    public Sample {
        x = List.copyOf(x);
        if (y < 0) {
            throw new IllegalArgumentException("a label is a class number from 0");
        }
    }
}
