package org.showwork.derive;

import java.util.ArrayList;
import java.util.List;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;

/**
 * What every update of a run reads besides the parameters: the samples in the run's arithmetic
 * (and as plain doubles for the fast path), the learning rate and the penalty.
 *
 * @param features the number of features the derivation can use: 0 when the problem gives none
 */
record RunInputs(Problem problem, Arithmetic arithmetic, Iteration.SampleData data, double[][] xd, int[] y,
        Num learningRate, Num lambda, int features) {

    static RunInputs of(Problem problem, Arithmetic arithmetic) {
        int n = problem.sampleCount();
        List<List<Num>> x = new ArrayList<>(n);
        List<Integer> labels = new ArrayList<>(n);
        double[][] xd = new double[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            Sample s = problem.samples().get(i);
            List<Num> row = new ArrayList<>(s.x().size());
            xd[i] = new double[s.x().size()];
            for (int j = 0; j < s.x().size(); j++) {
                row.add(arithmetic.given(s.x().get(j)));
                xd[i][j] = s.x().get(j).doubleValue();
            }
            x.add(List.copyOf(row));
            y[i] = s.y();
            labels.add(s.y());
        }
        return new RunInputs(problem, arithmetic, new Iteration.SampleData(x, labels), xd, y,
                arithmetic.given(problem.learningRate()), arithmetic.given(problem.schedule().l2()),
                problem.featuresKnown() ? problem.featureCount() : 0);
    }

    /** The starting weights, in the run's arithmetic: class by class in a softmax model. */
    List<Num> startingWeights() {
        List<Num> weights = new ArrayList<>();
        for (int k = firstClass(); k <= classes(); k++) {
            for (int j = 1; j <= problem.featureCount(); j++) {
                weights.add(arithmetic.given(problem.weight(k, j)));
            }
        }
        return weights;
    }

    /** The starting bias, or one per class in a softmax model. */
    List<Num> startingBiases() {
        List<Num> biases = new ArrayList<>();
        for (int k = firstClass(); k <= classes(); k++) {
            biases.add(arithmetic.given(problem.bias(k)));
        }
        return biases;
    }

    /** K of a softmax model; 0 for the binary model. */
    int classes() {
        return problem.classCount();
    }

    /** The first class index: 1 in a softmax model, 0 (no class) in the binary model. */
    int firstClass() {
        return classes() == 0 ? 0 : 1;
    }
}
