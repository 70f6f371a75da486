package org.showwork.fit;

import java.util.ArrayList;
import java.util.List;

/** A model's weights (one per feature) and its bias. */
public record Parameters(List<Double> weights, double bias) {

    public Parameters {
        weights = List.copyOf(weights);
    }

    /** θ = (w₁, …, w_d, b), the vector Newton's method works with. */
    public double[] toArray() {
        double[] theta = new double[weights.size() + 1];
        for (int j = 0; j < weights.size(); j++) {
            theta[j] = weights.get(j);
        }
        theta[weights.size()] = bias;
        return theta;
    }

    public static Parameters of(double[] theta) {
        List<Double> w = new ArrayList<>(theta.length - 1);
        for (int j = 0; j < theta.length - 1; j++) {
            w.add(theta[j]);
        }
        return new Parameters(w, theta[theta.length - 1]);
    }

    public int featureCount() {
        return weights.size();
    }
}
