package org.showwork.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The separation check's own first-phase simplex answers "is there x ≥ 0 with B·x = c?" as
 * Commons Math's simplex (the independent reference) does, on the programs the check asks:
 * overlap (Stiemke) and complete separation (Gordan) for random samples, separable or not, with
 * repeated and degenerate rows.
 */
class FeasibilityPropertiesTest {

    @Property(tries = 150)
    void agreesWithCommonsMath(@ForAll @IntRange(min = 2, max = 60) int m, @ForAll @IntRange(min = 1, max = 5) int d,
            @ForAll @IntRange(min = 0, max = 3) int shape, @ForAll long seed) {
        double[][] a = rows(m, d, shape, new Random(seed));
        int p = d + 1;
        // Stiemke: μ ≥ 0 with Σ μᵢ·aᵢ = −Σ aᵢ
        double[][] b = new double[p][m];
        double[] c = new double[p];
        for (int k = 0; k < p; k++) {
            for (int i = 0; i < m; i++) {
                b[k][i] = a[i][k];
                c[k] -= a[i][k];
            }
        }
        agree(b, c);
        // Gordan: λ ≥ 0, Σλ = 1, Σ λᵢ·aᵢ = 0
        double[][] g = new double[p + 1][];
        double[] h = new double[p + 1];
        for (int k = 0; k < p; k++) {
            g[k] = b[k];
        }
        g[p] = new double[m];
        java.util.Arrays.fill(g[p], 1);
        h[p] = 1;
        agree(g, h);
    }

    /** Ours gives Commons Math's answer, where Commons Math gives one (on rare degenerate programs it cycles). */
    private static void agree(double[][] b, double[] c) {
        boolean ours = Feasibility.feasible(b, c);
        try {
            assertThat(ours).isEqualTo(commonsMath(b, c));
        } catch (TooManyIterationsException e) {
            // floating-point degeneracy can make even Bland's rule cycle there; ours has settled, which is what we ask
        }
    }

    /** Rows y′·(x, 1) of samples: overlapping, separable by a plane, on a lattice (ties), or with repeats. */
    private static double[][] rows(int m, int d, int shape, Random random) {
        double[] plane = new double[d];
        for (int j = 0; j < d; j++) {
            plane[j] = random.nextGaussian();
        }
        double[][] a = new double[m][d + 1];
        for (int i = 0; i < m; i++) {
            double[] x = new double[d];
            double z = 0;
            for (int j = 0; j < d; j++) {
                x[j] = shape == 2 ? random.nextInt(3) : random.nextGaussian();
                z += plane[j] * x[j];
            }
            if (shape == 3 && i > 0 && random.nextBoolean()) {
                a[i] = a[random.nextInt(i)].clone();
                continue;
            }
            int y = switch (shape) {
                case 1 -> z > 0 ? 1 : 0;
                case 2 -> z >= 0 ? 1 : 0;
                default -> random.nextBoolean() ? 1 : 0;
            };
            double sign = y == 1 ? 1 : -1;
            for (int j = 0; j < d; j++) {
                a[i][j] = sign * x[j];
            }
            a[i][d] = sign;
        }
        return a;
    }

    private static boolean commonsMath(double[][] b, double[] c) {
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < b.length; k++) {
            constraints.add(new LinearConstraint(b[k], Relationship.EQ, c[k]));
        }
        try {
            new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(new double[b[0].length], 0),
                    new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true),
                    PivotSelectionRule.BLAND);
            return true;
        } catch (NoFeasibleSolutionException e) {
            return false;
        }
    }
}
