package org.showwork.fit;

import java.util.List;
import java.util.Optional;

/**
 * One row of Newton's method: the parameters θₖ at the start of iteration k (0 is the starting
 * point), the objective, its gradient and Hessian there, and the step taken from there, if any
 * (the last row has none: it is where the method stopped).
 */
public record NewtonIteration(int number, Parameters parameters, double objective, List<Double> gradient,
        double gradientNorm, List<List<Double>> hessian, Optional<Step> step) {

    public NewtonIteration {
        gradient = List.copyOf(gradient);
        hessian = hessian.stream().map(List::copyOf).toList();
    }

    /** How the direction Δ was found from H·Δ = −g. */
    public enum LinearSolve {
        /** Cholesky factorisation of the Hessian, which is positive definite. */
        CHOLESKY,
        /** The Hessian is singular or nearly so: its pseudo-inverse (from an SVD) gives the shortest solution. */
        PSEUDO_INVERSE,
        /** Neither gave a direction downhill, so the step goes against the gradient. */
        STEEPEST_DESCENT
    }

    /**
     * The step θₖ₊₁ = θₖ + t·Δ.
     *
     * @param size             t, halved from 1 until the objective decreased enough (Armijo's condition)
     * @param halvings         how many times t was halved
     * @param flatAcceptance   true when the objective could no longer tell the two points apart in
     *                         double precision and the step was accepted because the gradient shrank
     */
    public record Step(List<Double> direction, double size, int halvings, LinearSolve solve, boolean flatAcceptance) {
        public Step {
            direction = List.copyOf(direction);
        }
    }
}
