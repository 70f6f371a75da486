package org.showwork.derive;

import java.util.Arrays;
import java.util.OptionalLong;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * The batches of a gradient-descent run, one per update: the samples in the order of the file, or
 * shuffled afresh at the start of every epoch (Fisher–Yates with a Mersenne Twister seeded from
 * the problem, so the same seed gives the same order on every machine), cut into consecutive
 * batches; the last batch of an epoch may be smaller.
 */
final class BatchOrder {

    /** One update's batch: its epoch and the 1-based sample numbers, in the order visited. */
    record Batch(int epoch, int[] samples) {}

    private final int n;
    private final int size;
    private final MersenneTwister random;
    private int[] order;
    private int epoch;
    private int position;

    BatchOrder(int n, int size, OptionalLong seed) {
        this.n = n;
        this.size = size;
        this.random = seed.isPresent() ? new MersenneTwister(seed.getAsLong()) : null;
        this.order = new int[n];
        this.position = n; // the first call starts epoch 1
    }

    Batch next() {
        if (position >= n) {
            epoch++;
            position = 0;
            for (int i = 0; i < n; i++) {
                order[i] = i + 1;
            }
            if (random != null) {
                for (int i = n - 1; i > 0; i--) {
                    int k = random.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[k];
                    order[k] = swap;
                }
            }
        }
        int end = Math.min(n, position + size);
        Batch batch = new Batch(epoch, Arrays.copyOfRange(order, position, end));
        position = end;
        return batch;
    }
}
