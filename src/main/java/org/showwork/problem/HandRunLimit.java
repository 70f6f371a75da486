package org.showwork.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * The largest run worked in hand arithmetic. Each of its steps evaluates σ and ln to 60 digits
 * and rounds every value, about a thousand times the work of a double: a million updates took a
 * quarter of an hour. A run is measured in sample-steps, updates × samples per update × (features
 * + 1), and one beyond the limit is refused before any of it is worked, with the way out (exact
 * arithmetic, or fewer updates).
 */
public final class HandRunLimit {

    /** Sample-steps a hand run may take: a few seconds' work. */
    public static final long MAX_SAMPLE_STEPS = 20_000;

    private HandRunLimit() {}

    /** What is wrong with a hand run of {@code updates} updates of {@code batch} samples with {@code features} features; empty when it is small enough. */
    public static Optional<String> check(long updates, int batch, int features) {
        long steps = updates * batch * (features + 1L);
        if (steps <= MAX_SAMPLE_STEPS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "a run in hand arithmetic of %,d update%s over %,d sample%s "
                + "with %,d feature%s is %,d sample-steps, more than the %,d that finish in a few seconds (each step "
                + "works σ and ln to 60 digits); use 'arithmetic: exact', which computes this quickly and shows "
                + "the same places, or fewer updates", updates, updates == 1 ? "" : "s", batch, batch == 1 ? "" : "s",
                features, features == 1 ? "" : "s", steps, MAX_SAMPLE_STEPS));
    }
}
