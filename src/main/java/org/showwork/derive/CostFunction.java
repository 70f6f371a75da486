package org.showwork.derive;

import java.util.stream.IntStream;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;

/**
 * The cost J(w, b) over all of a problem's samples, with its L2 penalty, in exact arithmetic, at
 * any parameters: what the contour plot draws. It is the fast path's sums and cost over the full
 * batch, which a test holds bit for bit to the derivation graph's rules. Needs the features.
 */
public final class CostFunction {

    private final RunInputs run;
    private final int[] all;

    private CostFunction(RunInputs run) {
        this.run = run;
        this.all = IntStream.rangeClosed(1, run.y().length).toArray();
    }

    public static CostFunction of(Problem problem) {
        if (!problem.featuresKnown()) {
            throw new IllegalArgumentException("the cost as a function of the weights needs the features");
        }
        return new CostFunction(RunInputs.of(problem, ArithmeticMode.EXACT.arithmetic()));
    }

    public double at(double[] w, double b) {
        return FastStep.cost(run, FastStep.sums(run, all, w, b), w, all.length);
    }
}
