package org.showwork.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.showwork.problem.TrainingData;

/**
 * Decides, with linear programs, whether the data are separable. Write aᵢ = y′ᵢ·(xᵢ, 1) with y′ = 2y − 1 and θ = (w, b), so that sample i is on
 * its own side of the plane when aᵢ·θ > 0. The questions and their linear programs:
 * <ul>
 * <li>complete separation: is there θ with aᵢ·θ ≥ 1 for all i? For up to {@value #PRIMAL_ROWS}
 *     samples this is asked as it stands (and gives a separating θ to show); for more, through its
 *     alternative (Gordan's theorem): it fails exactly when some λ ≥ 0, λ ≠ 0 has Σ λᵢ·aᵢ = 0,
 *     a program with one variable per sample but only d + 2 constraints (λ with Σλ = 1);</li>
 * <li>any separation, complete or quasi-complete: is there θ with aᵢ·θ ≥ 0 for all i and > 0 for
 *     some? By Stiemke's theorem there is none exactly when some λ with every λᵢ ≥ 1 has
 *     Σ λᵢ·aᵢ = 0: a feasibility program in λ with d + 1 equations.</li>
 * </ul>
 * The features are standardized first and dependent columns dropped (neither changes which
 * planes separate), so that the simplex method works with numbers of one size. The two
 * feasibility questions go to our own first-phase simplex ({@link Feasibility}), the primal one,
 * whose answer is shown, to Commons Math's {@link SimplexSolver}. The simplex method's time grows
 * quickly with the number of variables, so for more than {@value #SUBSET_ROWS}
 * samples overlap is first sought in {@value #SUBSET_ROWS} samples spread over the data: if they
 * overlap and span every direction, so does all the data (every further aᵢ is then a
 * non-negative combination of theirs, −aᵢ too, and the λ above extends to all samples). Only
 * when that fails are all samples used. Samples of weight 0 take no part. After a penalised fit
 * its parameters are tried first: if they separate every sample, that settles it.
 */
public final class SeparationCheck {
    private SeparationCheck() {}

    static final int PRIMAL_ROWS = 300;
    static final int SUBSET_ROWS = 2000;
    /** A column whose part independent of the columns before it is below this (relative) is dropped. */
    private static final double DEPENDENT = 1e-10;

    public static Separation check(TrainingData data) {
        return check(data, Optional.empty());
    }

    /**
     * The same finding, sped up by parameters that may separate the classes (a penalised fit's):
     * when they put every sample strictly on its own side, beyond rounding, the data are
     * completely separable and the programs that would only confirm it are skipped.
     */
    public static Separation check(TrainingData data, Optional<Parameters> candidate) {
        Rows rows = new Rows(data);
        int m = rows.count();
        int p = data.featureCount() + 1;
        boolean separates = candidate.map(rows::separates).orElse(false);
        if (separates && m > PRIMAL_ROWS) {
            return new Separation(Separation.Kind.COMPLETE, Optional.empty(), m, false);
        }
        int[] columns = independentColumns(rows, p);
        if (m > SUBSET_ROWS) {
            double[][] subset = new double[SUBSET_ROWS][];
            for (int k = 0; k < SUBSET_ROWS; k++) {
                subset[k] = rows.row((int) ((long) k * m / SUBSET_ROWS));
            }
            if (independentColumns(subset, p).length == columns.length && overlap(subset, columns)) {
                return new Separation(Separation.Kind.OVERLAP, Optional.empty(), SUBSET_ROWS, true);
            }
        }
        double[][] a = rows.all();
        if (!separates && overlap(a, columns)) {
            return new Separation(Separation.Kind.OVERLAP, Optional.empty(), m, false);
        }
        if (m <= PRIMAL_ROWS) {
            Optional<double[]> theta = separatingPlane(a, columns, p);
            return theta.map(t -> new Separation(Separation.Kind.COMPLETE, Optional.of(rows.original(t)), m, false))
                    .orElseGet(() -> new Separation(Separation.Kind.QUASI_COMPLETE, Optional.empty(), m, false));
        }
        Separation.Kind kind = completelySeparable(a, columns) ? Separation.Kind.COMPLETE : Separation.Kind.QUASI_COMPLETE;
        return new Separation(kind, Optional.empty(), m, false);
    }

    /**
     * The rows aᵢ = y′ᵢ·(standardized xᵢ, 1) of the samples of positive weight, made when asked
     * for: a large data set's rows are made all at once only when a subset of them did not settle
     * the question.
     */
    private static final class Rows {
        private final TrainingData data;
        private final int[] samples;
        private final double[] mean;
        private final double[] scale;

        Rows(TrainingData data) {
            this.data = data;
            int d = data.featureCount();
            samples = IntStream.range(0, data.sampleCount()).filter(i -> data.weight(i) > 0).toArray();
            int m = samples.length;
            mean = new double[d];
            scale = new double[d];
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int i : samples) {
                    sum += data.x(i, j);
                }
                mean[j] = sum / m;
                double squares = 0;
                for (int i : samples) {
                    squares += (data.x(i, j) - mean[j]) * (data.x(i, j) - mean[j]);
                }
                double sd = Math.sqrt(squares / m);
                scale[j] = sd > 0 ? sd : 1;
            }
        }

        int count() {
            return samples.length;
        }

        double[] row(int r) {
            int d = mean.length;
            double[] row = new double[d + 1];
            fill(r, row);
            return row;
        }

        private void fill(int r, double[] row) {
            int d = mean.length;
            int i = samples[r];
            double sign = data.y(i) == 1 ? 1 : -1;
            for (int j = 0; j < d; j++) {
                row[j] = sign * (data.x(i, j) - mean[j]) / scale[j];
            }
            row[d] = sign;
        }

        double[][] all() {
            double[][] a = new double[samples.length][];
            for (int r = 0; r < a.length; r++) {
                a[r] = row(r);
            }
            return a;
        }

        /** The Gram matrix AᵀA, a row at a time. */
        double[][] gram() {
            int p = mean.length + 1;
            double[][] gram = new double[p][p];
            double[] row = new double[p];
            for (int r = 0; r < samples.length; r++) {
                fill(r, row);
                addTo(gram, row);
            }
            return gram;
        }

        /**
         * Whether (w, b) puts every sample strictly on its own side: aᵢ·θ above a billionth of
         * Σ|aᵢⱼ·θⱼ|, far beyond the rounding of the sum, on the standardized scale.
         */
        boolean separates(Parameters candidate) {
            int d = mean.length;
            double[] theta = new double[d + 1];
            theta[d] = candidate.bias();
            for (int j = 0; j < d; j++) {
                theta[j] = candidate.weights().get(j) * scale[j];
                theta[d] += candidate.weights().get(j) * mean[j];
            }
            double[] row = new double[d + 1];
            for (int r = 0; r < samples.length; r++) {
                fill(r, row);
                double dot = 0;
                double size = 0;
                for (int k = 0; k <= d; k++) {
                    dot += row[k] * theta[k];
                    size += Math.abs(row[k] * theta[k]);
                }
                if (!(dot > 1e-9 * size)) {
                    return false;
                }
            }
            return true;
        }

        /** A plane on the standardized scale in the features' own units. */
        Parameters original(double[] t) {
            int d = mean.length;
            List<Double> w = new ArrayList<>();
            double b = t[d];
            for (int j = 0; j < d; j++) {
                w.add(t[j] / scale[j]);
                b -= t[j] / scale[j] * mean[j];
            }
            return new Parameters(w, b);
        }
    }

    static int[] independentColumns(double[][] a, int p) {
        double[][] gram = new double[p][p];
        for (double[] row : a) {
            addTo(gram, row);
        }
        return independentColumns(gram);
    }

    private static int[] independentColumns(Rows rows, int p) {
        return independentColumns(rows.gram());
    }

    private static void addTo(double[][] gram, double[] row) {
        int p = row.length;
        for (int u = 0; u < p; u++) {
            for (int v = u; v < p; v++) {
                gram[u][v] += row[u] * row[v];
            }
        }
    }

    /**
     * A greedy choice of linearly independent columns (pivoted Cholesky on AᵀA): the intercept
     * column and a centred constant feature, or a feature repeated, would make the programs
     * degenerate without changing the answer.
     */
    private static int[] independentColumns(double[][] gram) {
        int p = gram.length;
        for (int u = 0; u < p; u++) {
            for (int v = 0; v < u; v++) {
                gram[u][v] = gram[v][u];
            }
        }
        double largest = 0;
        double[] residual = new double[p];
        for (int u = 0; u < p; u++) {
            largest = Math.max(largest, gram[u][u]);
            residual[u] = gram[u][u];
        }
        List<Integer> chosen = new ArrayList<>();
        boolean[] used = new boolean[p];
        double[][] l = new double[p][p];
        for (int step = 0; step < p; step++) {
            int best = largestResidual(residual, used);
            if (residual[best] <= DEPENDENT * largest) {
                break;
            }
            used[best] = true;
            eliminate(gram, l, residual, used, best, chosen.size());
            chosen.add(best);
        }
        return chosen.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The column not yet chosen that is least explained by those chosen. */
    private static int largestResidual(double[] residual, boolean[] used) {
        int best = -1;
        for (int u = 0; u < residual.length; u++) {
            if (!used[u] && (best < 0 || residual[u] > residual[best])) {
                best = u;
            }
        }
        return best;
    }

    /**
     * Column {@code k} of the factor, for the column {@code best} just chosen, and what of every
     * column not yet chosen it leaves unexplained.
     */
    private static void eliminate(double[][] gram, double[][] l, double[] residual, boolean[] used, int best, int k) {
        double pivot = Math.sqrt(residual[best]);
        for (int u = 0; u < gram.length; u++) {
            if (!used[u]) {
                double v = gram[u][best];
                for (int q = 0; q < k; q++) {
                    v -= l[u][q] * l[best][q];
                }
                l[u][k] = v / pivot;
                residual[u] -= l[u][k] * l[u][k];
            }
        }
        l[best][k] = pivot;
    }

    /** Stiemke: some λ ≥ 1 with Σ λᵢ·aᵢ = 0 (on the chosen columns), i.e. μ = λ − 1 ≥ 0 with Σ μᵢ·aᵢ = −Σ aᵢ. */
    private static boolean overlap(double[][] a, int[] columns) {
        int m = a.length;
        double[][] b = new double[columns.length][m];
        double[] c = new double[columns.length];
        for (int k = 0; k < columns.length; k++) {
            for (int i = 0; i < m; i++) {
                b[k][i] = a[i][columns[k]];
                c[k] -= a[i][columns[k]];
            }
        }
        return Feasibility.feasible(b, c);
    }

    /** Gordan: complete separation fails exactly when some λ ≥ 0 with Σλ = 1 has Σ λᵢ·aᵢ = 0. */
    private static boolean completelySeparable(double[][] a, int[] columns) {
        int m = a.length;
        double[][] b = new double[columns.length + 1][m];
        double[] c = new double[columns.length + 1];
        for (int k = 0; k < columns.length; k++) {
            for (int i = 0; i < m; i++) {
                b[k][i] = a[i][columns[k]];
            }
        }
        Arrays.fill(b[columns.length], 1);
        c[columns.length] = 1;
        return !Feasibility.feasible(b, c);
    }

    /** The primal question: θ with aᵢ·θ ≥ 1 for all i, the one of least Σ|θ| (θ = θ⁺ − θ⁻), or none. */
    private static Optional<double[]> separatingPlane(double[][] a, int[] columns, int p) {
        int q = columns.length;
        List<LinearConstraint> constraints = new ArrayList<>();
        for (double[] row : a) {
            double[] coefficients = new double[2 * q];
            for (int k = 0; k < q; k++) {
                coefficients[k] = row[columns[k]];
                coefficients[q + k] = -row[columns[k]];
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.GEQ, 1));
        }
        double[] ones = new double[2 * q];
        Arrays.fill(ones, 1);
        try {
            double[] solution = solve(new LinearObjectiveFunction(ones, 0), constraints, GoalType.MINIMIZE).getPoint();
            double[] theta = new double[p];
            for (int k = 0; k < q; k++) {
                theta[columns[k]] = solution[k] - solution[q + k];
            }
            return Optional.of(theta);
        } catch (NoFeasibleSolutionException e) {
            return Optional.empty();
        }
    }

    private static PointValuePair solve(LinearObjectiveFunction f, List<LinearConstraint> constraints, GoalType goal) {
        // Bland's rule cannot cycle; these programs are degenerate (many zero right-hand sides)
        return new SimplexSolver().optimize(new MaxIter(1_000_000), f, new LinearConstraintSet(constraints), goal,
                new NonNegativeConstraint(true), PivotSelectionRule.BLAND);
    }
}
