package org.showwork.fit;

import java.util.Optional;

/**
 * Whether the classes can be told apart by a hyperplane, found before fitting. With complete
 * separation some (w, b) puts every sample strictly on its own side; with quasi-complete
 * separation some (w, b) puts every sample on its own side or on the plane. Either way the
 * log-likelihood has no maximum: it keeps rising as ‖w‖ grows.
 *
 * @param witness   for complete separation of a small data set: a (w, b) with y′ᵢ·(w·xᵢ + b) ≥ 1
 *                  for every sample, where y′ = 2y − 1 (the one with the smallest Σ|wⱼ| + |b| on
 *                  the standardized features)
 * @param rowsInLp  how many samples the deciding linear program had
 * @param subset    true when overlap was proved from a spread-out subset of the samples (see
 *                  {@link SeparationCheck})
 */
public record Separation(Kind kind, Optional<Parameters> witness, int rowsInLp, boolean subset) {

    public enum Kind {
        /** The classes overlap: the log-likelihood has a finite maximum. */
        OVERLAP("overlap"),
        /** Separable with some samples on the boundary itself. */
        QUASI_COMPLETE("quasi-complete"),
        /** Separable with every sample strictly on its own side. */
        COMPLETE("complete");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public boolean separable() {
        return kind != Kind.OVERLAP;
    }
}
