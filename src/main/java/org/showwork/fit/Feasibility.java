package org.showwork.fit;

/**
 * Whether a system B·x = c has a solution x ≥ 0: the first phase of the simplex method (minimise
 * the sum of artificial variables) on a dense tableau, which is all the separation check asks of
 * linear programming. It follows Commons Math's simplex in its rules and tolerances (Bland's rule,
 * so it cannot cycle on these degenerate programs; entries below 10⁻¹⁰ count as 0; feasible when
 * the artificial sum ends within 10⁻⁶ of 0), but works on plain arrays: on 569 samples × 30
 * features that is tens of milliseconds where Commons Math took over a second.
 */
final class Feasibility {
    private Feasibility() {}

    private static final double EPSILON = 1e-6;
    private static final double CUT_OFF = 1e-10;
    /** Bland's rule cannot cycle in exact arithmetic; in floating point a bound keeps a degenerate program from hanging. */
    private static final long MAX_PIVOTS = 1_000_000;

    /**
     * @param b a rows × columns matrix
     * @param c the right-hand side, one per row
     */
    static boolean feasible(double[][] b, double[] c) {
        int rows = b.length;
        int columns = b[0].length;
        int width = columns + rows + 1;
        int rhs = width - 1;
        double[][] t = new double[rows + 1][width];
        int[] basis = new int[rows];
        double[] w = tableau(b, c, t, basis);
        for (long pivots = 0; ; pivots++) {
            if (pivots > MAX_PIVOTS) {
                throw new IllegalStateException("the separation check's simplex did not settle after " + MAX_PIVOTS
                        + " pivots");
            }
            int entering = -1;
            for (int j = 0; j < rhs; j++) {
                if (w[j] < -EPSILON) {
                    entering = j;   // Bland: the first improving column
                    break;
                }
            }
            if (entering < 0) {
                return Math.abs(w[rhs]) <= EPSILON;
            }
            int leaving = leavingRow(t, basis, entering, rhs);
            if (leaving < 0) {
                return true;   // W unbounded below cannot happen (W ≥ 0); treat as reaching 0
            }
            pivot(t, leaving, entering);
            basis[leaving] = entering;
        }
    }

    /**
     * Fills the first tableau: rows 0 … rows−1 the constraints (signs flipped so that c ≥ 0) with an
     * artificial variable each, in the basis; row {@code rows} the reduced costs of their sum W, returned.
     */
    private static double[] tableau(double[][] b, double[] c, double[][] t, int[] basis) {
        int rows = b.length;
        int columns = b[0].length;
        int rhs = t[0].length - 1;
        double[] w = t[rows];
        for (int r = 0; r < rows; r++) {
            double sign = c[r] < 0 ? -1 : 1;
            for (int j = 0; j < columns; j++) {
                t[r][j] = sign * b[r][j];
                w[j] -= t[r][j];
            }
            t[r][columns + r] = 1;
            t[r][rhs] = sign * c[r];
            w[rhs] -= t[r][rhs];
            basis[r] = columns + r;
        }
        return w;
    }

    /** The minimum-ratio row, ties broken by the smallest basic variable (Bland), or −1. */
    private static int leavingRow(double[][] t, int[] basis, int entering, int rhs) {
        int best = -1;
        double bestRatio = 0;
        for (int r = 0; r < basis.length; r++) {
            double entry = t[r][entering];
            if (entry > 0) {
                double ratio = t[r][rhs] / entry;
                if (best < 0 || ratio < bestRatio || (ratio == bestRatio && basis[r] < basis[best])) {
                    best = r;
                    bestRatio = ratio;
                }
            }
        }
        return best;
    }

    private static void pivot(double[][] t, int row, int column) {
        double[] pivotRow = t[row];
        double value = pivotRow[column];
        int width = pivotRow.length;
        for (int j = 0; j < width; j++) {
            pivotRow[j] = cut(pivotRow[j] / value);
        }
        for (int r = 0; r < t.length; r++) {
            double[] target = t[r];
            double factor = target[column];
            if (r == row || factor == 0) {
                continue;
            }
            for (int j = 0; j < width; j++) {
                if (pivotRow[j] != 0) {
                    target[j] = cut(target[j] - factor * pivotRow[j]);
                }
            }
        }
    }

    private static double cut(double v) {
        return Math.abs(v) < CUT_OFF ? 0 : v;
    }
}
