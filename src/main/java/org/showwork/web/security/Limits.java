package org.showwork.web.security;

import java.nio.charset.StandardCharsets;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;

/**
 * The sizes a request may have, so that no request can hold the server for long: the body of any
 * request, and a problem a lecturer edits on the web — its YAML's bytes, its samples and features,
 * one step's samples × features (what a step's page grows with), samples × features × updates
 * (what the derivation's time grows with, by arithmetic), and how many updates its document writes
 * out in full.
 */
public final class Limits {
    private Limits() {}

    /** Bytes of a request's body. */
    public static final int BODY_BYTES = 512 * 1024;
    /** Bytes of a problem's YAML edited on the web. */
    public static final int YAML_BYTES = 64 * 1024;
    public static final int SAMPLES = 200;
    public static final int FEATURES = 10;
    /** samples × features (at least 1): the rows and columns of one step's tables. */
    public static final int STEP_CELLS = 500;
    /**
     * samples × features × steps: hand arithmetic rounds every number in decimal arithmetic, about a
     * hundred times the work of exact arithmetic's doubles (measured: 5,000 such cells take about half a
     * second on a busy two-core machine).
     */
    public static final long HAND_CELLS = 5_000;
    public static final long EXACT_CELLS = 200_000;
    /** Steps written out in full. */
    public static final int SHOWN_UPDATES = 20;

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
        int width = Math.max(d, 1);
        boolean hand = problem.arithmetic() == ArithmeticMode.HAND;
        long cells = (long) n * width * problem.iterations();
        long cap = hand ? HAND_CELLS : EXACT_CELLS;
        String limit = "; a problem edited on the web may have ";
        if (n > SAMPLES) {
            return "it has " + n + " samples" + limit + SAMPLES + " at most";
        }
        if (d > FEATURES) {
            return "it has " + d + " features" + limit + FEATURES + " at most";
        }
        if ((long) n * width > STEP_CELLS) {
            return "samples × features is " + n + " × " + width + " = " + n * width + limit + STEP_CELLS + " at most";
        }
        if (cells > cap) {
            return "samples × features × steps is " + n + " × " + width + " × " + problem.iterations() + " = " + cells
                    + " in " + (hand ? "hand" : "exact") + " arithmetic" + limit + cap + " at most (fewer steps"
                    + (hand ? ", or exact arithmetic)" : ")");
        }
        Schedule.Show show = problem.schedule().show();
        int shown = show.all() ? problem.iterations() : show.numbers().size() + 2;
        if (shown > SHOWN_UPDATES) {
            return shown + " steps are written out in full" + limit.replace("have ", "show ") + SHOWN_UPDATES
                    + " at most (list fewer under show:)";
        }
        return null;
    }
}
