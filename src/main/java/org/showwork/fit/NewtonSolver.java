package org.showwork.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.showwork.fit.NewtonIteration.LinearSolve;
import org.showwork.fit.NewtonIteration.Step;
import org.showwork.fit.Objective.Evaluation;

/**
 * Newton's method (for logistic regression also called iteratively reweighted least squares):
 * from θ₀ = 0, solve H·Δ = −∇F for the direction, then step θ + t·Δ with t = 1, ½, ¼, … until
 * Armijo's condition F(θ + tΔ) ≤ F(θ) + c·t·∇F·Δ holds (c = 10⁻⁴). It stops when
 * ‖∇F‖ ≤ 10⁻¹⁰·max(1, ‖∇F(θ₀)‖): the gradient has shrunk ten-billion-fold from where it started,
 * a test that does not depend on the number of samples or the units of the features, and is
 * absolute (10⁻¹⁰) when the starting gradient is already small.
 */
public final class NewtonSolver {

    public static final double TOLERANCE = 1e-10;
    static final double ARMIJO = 1e-4;
    static final int MAX_HALVINGS = 40;
    /** Below this ratio of the Hessian's smallest to largest Cholesky pivot (squared) it counts as singular. */
    static final double SINGULAR = 1e-13;

    private final NewtonObjective objective;
    private final int maxIterations;
    private final boolean minimumExists;

    private NewtonSolver(NewtonObjective objective, int maxIterations, boolean minimumExists) {
        this.objective = objective;
        this.maxIterations = maxIterations;
        this.minimumExists = minimumExists;
    }

    /**
     * @param minimumExists false for separable data without a penalty, where the gradient can only
     *                      approach zero as ‖w‖ grows: meeting the tolerance there is not convergence
     */
    public static NewtonRun solve(NewtonObjective objective, int maxIterations, boolean minimumExists) {
        return new NewtonSolver(objective, maxIterations, minimumExists).run();
    }

    private NewtonRun run() {
        int p = objective.dimension();
        double[] theta = new double[p];
        Evaluation at = objective.evaluate(theta);
        double startNorm = at.gradientNorm();
        double threshold = TOLERANCE * Math.max(1, startNorm);
        List<NewtonIteration> iterations = new ArrayList<>();
        Stop stop;
        for (int k = 0; ; k++) {
            if (at.gradientNorm() <= threshold) {
                stop = minimumExists ? Stop.CONVERGED : Stop.NO_MINIMUM;
                iterations.add(row(k, theta, at, null));
                break;
            }
            if (k == maxIterations) {
                stop = Stop.ITERATION_LIMIT;
                iterations.add(row(k, theta, at, null));
                break;
            }
            Direction direction = direction(at);
            Search search = lineSearch(theta, at, direction.delta());
            if (search == null) {
                stop = Stop.NO_DECREASE;
                iterations.add(row(k, theta, at, null));
                break;
            }
            iterations.add(row(k, theta, at, new Step(list(direction.delta()), search.size(), search.halvings(),
                    direction.solve(), search.flat())));
            theta = search.theta();
            at = search.evaluation() != null ? search.evaluation() : objective.evaluate(theta);
        }
        return new NewtonRun(iterations, stop, TOLERANCE, threshold, startNorm);
    }

    private record Direction(double[] delta, LinearSolve solve) {}

    private record Search(double[] theta, double size, int halvings, boolean flat, Evaluation evaluation) {}

    /** Δ from H·Δ = −g: Cholesky when H is safely positive definite, else the pseudo-inverse, else −g. */
    private Direction direction(Evaluation at) {
        int p = at.dimension();
        double[] g = at.gradient();
        double[] h = at.hessian();
        RealMatrix hessian = new Array2DRowRealMatrix(p, p);
        double largest = 0;
        for (int a = 0; a < p; a++) {
            for (int b = 0; b < p; b++) {
                hessian.setEntry(a, b, h[a * p + b]);
            }
            largest = Math.max(largest, Math.abs(h[a * p + a]));
        }
        ArrayRealVector minusG = new ArrayRealVector(g.length);
        for (int a = 0; a < p; a++) {
            minusG.setEntry(a, -g[a]);
        }
        double[] delta = cholesky(hessian, minusG, largest);
        LinearSolve solve = LinearSolve.CHOLESKY;
        if (delta == null || !descends(delta, g)) {
            solve = LinearSolve.PSEUDO_INVERSE;
            delta = new SingularValueDecomposition(hessian).getSolver().solve(minusG).toArray();
        }
        if (!descends(delta, g)) {
            solve = LinearSolve.STEEPEST_DESCENT;
            delta = minusG.toArray();
        }
        return new Direction(delta, solve);
    }

    /**
     * Δ by a Cholesky factorisation of H, or null when H is not safely positive definite: a squared
     * pivot at most {@link #SINGULAR} times H's largest diagonal entry.
     */
    private static double[] cholesky(RealMatrix hessian, ArrayRealVector minusG, double largest) {
        try {
            CholeskyDecomposition cholesky = new CholeskyDecomposition(hessian, 1e-12, SINGULAR * largest);
            RealMatrix l = cholesky.getL();
            double smallest = Double.MAX_VALUE;
            for (int a = 0; a < hessian.getRowDimension(); a++) {
                smallest = Math.min(smallest, l.getEntry(a, a) * l.getEntry(a, a));
            }
            if (smallest > SINGULAR * largest) {
                return cholesky.getSolver().solve(minusG).toArray();
            }
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
            // singular or nearly so: the pseudo-inverse copes
        }
        return null;
    }

    private static boolean descends(double[] delta, double[] g) {
        double slope = dot(delta, g);
        for (double v : delta) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return slope < 0;
    }

    /**
     * Armijo backtracking. Close to the minimum the decrease a step achieves can fall below the
     * rounding error of F itself (a sum of n terms); there a full step is accepted when F did not
     * measurably rise and the gradient norm shrank, which is what the step was for.
     */
    private Search lineSearch(double[] theta, Evaluation at, double[] delta) {
        double f = at.value();
        double slope = dot(at.gradient(), delta);
        double noise = 8 * Math.ulp(1.0) * (objective.sampleCount() + objective.dimension()) * Math.abs(f);
        double t = 1;
        for (int halvings = 0; halvings <= MAX_HALVINGS; halvings++, t /= 2) {
            double[] next = new double[theta.length];
            for (int a = 0; a < theta.length; a++) {
                next[a] = theta[a] + t * delta[a];
            }
            double value = objective.value(next);
            if (!Double.isFinite(value)) {
                continue;
            }
            if (value <= f + ARMIJO * t * slope) {
                return new Search(next, t, halvings, false, null);
            }
            if (halvings == 0 && value - f <= noise) {
                Evaluation there = objective.evaluate(next);
                if (there.gradientNorm() < at.gradientNorm()) {
                    return new Search(next, t, halvings, true, there);
                }
            }
        }
        return null;
    }

    private NewtonIteration row(int k, double[] theta, Evaluation at, Step step) {
        int p = at.dimension();
        double[] h = at.hessian();
        List<List<Double>> hessian = new ArrayList<>(p);
        for (int a = 0; a < p; a++) {
            List<Double> r = new ArrayList<>(p);
            for (int b = 0; b < p; b++) {
                r.add(h[a * p + b]);
            }
            hessian.add(r);
        }
        return new NewtonIteration(k, Parameters.of(theta), at.value(), list(at.gradient()), at.gradientNorm(), hessian,
                Optional.ofNullable(step));
    }

    private static List<Double> list(double[] v) {
        List<Double> out = new ArrayList<>(v.length);
        for (double e : v) {
            out.add(e);
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += a[k] * b[k];
        }
        return sum;
    }
}
