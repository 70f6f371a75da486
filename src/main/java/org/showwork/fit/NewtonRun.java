package org.showwork.fit;

import java.util.List;

/**
 * The iterations of Newton's method on one objective and why they stopped.
 *
 * @param threshold         the gradient norm below which the method stops: tolerance·max(1, ‖∇F(θ₀)‖)
 * @param startGradientNorm ‖∇F(θ₀)‖ at the starting point θ₀ = 0
 */
public record NewtonRun(List<NewtonIteration> iterations, Stop stop, double tolerance, double threshold,
        double startGradientNorm) {

    public NewtonRun {
        iterations = List.copyOf(iterations);
    }

    /** The number of Newton steps taken (rows with a step). */
    public int steps() {
        return (int) iterations.stream().filter(it -> it.step().isPresent()).count();
    }

    public NewtonIteration last() {
        return iterations.get(iterations.size() - 1);
    }
}
