package org.showwork.problem;

import java.util.Locale;
import java.util.Optional;

/**
 * The largest run worked in hand arithmetic. Each of its steps rounds every value as a decimal,
 * several times the work of a double (about a microsecond a sample-step here): a run is measured
 * in sample-steps, updates × samples per update × (features + 1), and one beyond the limit — a
 * second or so of work — is refused before any of it is worked, with the way out (exact
 * arithmetic, or fewer updates).
 */
public final class HandRunLimit {

    /** Sample-steps a hand run may take: a second or so of work. */
    public static final long MAX_SAMPLE_STEPS = 1_000_000;

    private HandRunLimit() {}

    /** What is wrong with a hand run of {@code updates} updates of {@code batch} samples with {@code features} features; empty when it is small enough. */
    public static Optional<String> check(long updates, int batch, int features) {
        long steps = updates * batch * (features + 1L);
        if (steps <= MAX_SAMPLE_STEPS) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "a run in hand arithmetic of %,d update%s over %,d sample%s "
                + "with %,d feature%s is %,d sample-steps, more than the %,d that finish in a second or so (each step "
                + "rounds every value as a decimal); use 'arithmetic: exact', which computes this quickly and shows "
                + "the same places, or fewer updates", updates, updates == 1 ? "" : "s", batch, batch == 1 ? "" : "s",
                features, features == 1 ? "" : "s", steps, MAX_SAMPLE_STEPS));
    }
}
