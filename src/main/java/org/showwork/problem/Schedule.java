package org.showwork.problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How gradient descent runs: the batches each update sees (all samples, one at a time, or
 * mini-batches of a size), the order samples are visited in (as listed, or shuffled each epoch from
 * a seed), the L2 penalty λ, when to stop, and which updates a document shows in full.
 *
 * @param batchSize   samples per update; 0 means all of them (full-batch gradient descent)
 * @param shuffleSeed empty: samples in the order of the file; else shuffled anew each epoch
 * @param l2          λ of the penalty (λ/2m)·Σ w_j² added to the cost; the bias is not penalised
 * @param until       stop early once the gradient is small enough
 * @param show        the updates shown with every number; the others appear in a compact table
 */
public record Schedule(int batchSize, OptionalLong shuffleSeed, BigDecimal l2, Optional<StopRule> until, Show show) {

    public Schedule {
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must not be negative");
        }
        if (l2.signum() < 0) {
            throw new IllegalArgumentException("λ must not be negative");
        }
    }

    /** Plain full-batch gradient descent, no penalty, every update shown. */
    public static Schedule fullBatch() {
        return new Schedule(0, OptionalLong.empty(), BigDecimal.ZERO, Optional.empty(), Show.ALL);
    }

    public boolean fullBatchOnly() {
        return batchSize == 0;
    }

    /** The size of the batches for {@code n} samples. */
    public int batchSize(int n) {
        return batchSize == 0 ? n : Math.min(batchSize, n);
    }

    /** Stop once the Euclidean norm of an update's gradient is below {@code gradientNorm}, or after {@code maxIterations} updates. */
    public record StopRule(BigDecimal gradientNorm, int maxIterations) {}

    /**
     * Which updates to show in full besides the first and the last, which always are: numbered
     * ones, or all.
     *
     * @param all     every update
     * @param numbers update numbers (1-based)
     */
    public record Show(boolean all, List<Integer> numbers) {
        public static final Show ALL = new Show(true, List.of());

        public Show {
            numbers = List.copyOf(numbers);
        }

        public boolean shows(int number) {
            return all || numbers.contains(number);
        }
    }
}
