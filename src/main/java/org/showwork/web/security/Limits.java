package org.showwork.web.security;

import java.nio.charset.StandardCharsets;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;

/**
 * The sizes a request may have, so that no request can hold the server for long: the body of any
 * request, and a problem a lecturer edits on the web — its YAML's bytes, its samples and features,
 * and samples × features × updates, which is what a derivation's time grows with, and how many
 * updates its document writes out in full.
 */
public final class Limits {
    private Limits() {}

    /** Bytes of a request's body. */
    public static final int BODY_BYTES = 512 * 1024;
    /** Bytes of a problem's YAML edited on the web. */
    public static final int YAML_BYTES = 64 * 1024;
    public static final int SAMPLES = 500;
    public static final int FEATURES = 20;
    /** samples × features (at least 1) × updates. */
    public static final long CELLS = 200_000;
    /** Updates written out in full. */
    public static final int SHOWN_UPDATES = 50;

    /** Why a YAML text is too big to read; null when it is not. */
    public static String yaml(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        return bytes > YAML_BYTES ? "the problem is " + bytes / 1024 + " KB of YAML; a problem edited on the web may have "
                + YAML_BYTES / 1024 + " KB at most" : null;
    }

    /** Why a problem is too big to work through on the web; null when it is not. */
    public static String problem(Problem problem) {
        int n = problem.sampleCount();
        int d = problem.featureCount();
        long cells = (long) n * Math.max(d, 1) * problem.iterations();
        if (n > SAMPLES) {
            return "it has " + n + " samples; a problem edited on the web may have " + SAMPLES + " at most";
        }
        if (d > FEATURES) {
            return "it has " + d + " features; a problem edited on the web may have " + FEATURES + " at most";
        }
        if (cells > CELLS) {
            return "samples × features × steps is " + n + " × " + Math.max(d, 1) + " × " + problem.iterations() + " = "
                    + cells + "; a problem edited on the web may have " + CELLS + " at most (fewer steps, or fewer samples)";
        }
        Schedule.Show show = problem.schedule().show();
        int shown = show.all() ? problem.iterations() : show.numbers().size() + 2;
        if (shown > SHOWN_UPDATES) {
            return shown + " steps are written out in full; a problem edited on the web may show " + SHOWN_UPDATES
                    + " at most (list fewer under show:)";
        }
        return null;
    }
}
