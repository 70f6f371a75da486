package org.showwork.derive;

import org.showwork.numeric.StableMath;
import org.showwork.problem.Problem;

/**
 * The cost J(w, b) = (1/n) Σ loss of a problem's samples, in exact arithmetic, at any parameters:
 * what the contour plot draws and what finite differences differentiate. Needs the features.
 */
public final class CostFunction {

    private final double[][] x;
    private final int[] y;

    private CostFunction(double[][] x, int[] y) {
        this.x = x;
        this.y = y;
    }

    public static CostFunction of(Problem problem) {
        if (!problem.featuresKnown()) {
            throw new IllegalArgumentException("the cost as a function of the weights needs the features");
        }
        int n = problem.sampleCount();
        double[][] x = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i] = problem.samples().get(i).x().stream().mapToDouble(java.math.BigDecimal::doubleValue).toArray();
            y[i] = problem.samples().get(i).y();
        }
        return new CostFunction(x, y);
    }

    public double at(double[] w, double b) {
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            double z = b;
            for (int j = 0; j < w.length; j++) {
                z += w[j] * x[i][j];
            }
            total += StableMath.logLossFromZ(y[i], z);
        }
        return total / x.length;
    }
}
