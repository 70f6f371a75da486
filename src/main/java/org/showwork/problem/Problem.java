package org.showwork.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;

/**
 * What a worked example is given: the samples, the starting parameters, the learning rate, the
 * number of gradient-descent steps, the arithmetic policy, any derivable quantity the author
 * chose to state instead of letting it be computed ({@code given}, e.g. the tutorial's ŷ), and the
 * schedule (batches, shuffling, L2 penalty, stop rule, which updates to show).
 *
 * @param source         where the problem came from, for messages and provenance (a file name)
 * @param iterations     the number of updates (the most, when the schedule has a stop rule)
 * @param featuresKnown  false when the problem gives labels and probabilities only: then there
 *                       is no x, no z, no weight gradient; the bias can still be updated
 */
public record Problem(
        String source,
        String title,
        List<String> featureNames,
        List<Sample> samples,
        boolean featuresKnown,
        List<BigDecimal> weights,
        BigDecimal bias,
        BigDecimal learningRate,
        int iterations,
        ArithmeticMode arithmetic,
        DecimalPlaces decimals,
        Map<QuantityId, BigDecimal> given,
        Schedule schedule,
        Classes classes) {

    /** A problem of the binary logistic model. */
    public Problem(String source, String title, List<String> featureNames, List<Sample> samples, boolean featuresKnown,
            List<BigDecimal> weights, BigDecimal bias, BigDecimal learningRate, int iterations, ArithmeticMode arithmetic,
            DecimalPlaces decimals, Map<QuantityId, BigDecimal> given, Schedule schedule) {
        this(source, title, featureNames, samples, featuresKnown, weights, bias, learningRate, iterations, arithmetic,
                decimals, given, schedule, Classes.NONE);
    }

    /** A problem traced by plain full-batch gradient descent. */
    public Problem(String source, String title, List<String> featureNames, List<Sample> samples, boolean featuresKnown,
            List<BigDecimal> weights, BigDecimal bias, BigDecimal learningRate, int iterations, ArithmeticMode arithmetic,
            DecimalPlaces decimals, Map<QuantityId, BigDecimal> given) {
        this(source, title, featureNames, samples, featuresKnown, weights, bias, learningRate, iterations, arithmetic,
                decimals, given, Schedule.fullBatch());
    }

    public Problem {
        featureNames = List.copyOf(featureNames);
        samples = List.copyOf(samples);
        weights = List.copyOf(weights);
        // in the file's order: Map.copyOf's order changes from one JVM to the next, and documents list these
        given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a problem needs at least one sample");
        }
        if (weights.size() != featureNames.size()) {
            throw new IllegalArgumentException("one weight per feature");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("at least one iteration");
        }
        int labels = classes.count() == 0 ? 2 : classes.count();
        if (samples.stream().anyMatch(s -> s.y() >= labels)) {
            throw new IllegalArgumentException("labels are 0 to " + (labels - 1));
        }
        int d = featureNames.size();
        if (classes.weights().stream().anyMatch(row -> row.size() != d)) {
            throw new IllegalArgumentException("one weight per feature in every class's row");
        }
    }

    /** The same problem under another name (a variant drawn from a template is named after its own file). */
    public Problem withSource(String name) {
        return new Problem(name, title, featureNames, samples, featuresKnown, weights, bias, learningRate, iterations,
                arithmetic, decimals, given, schedule, classes);
    }

    /** Whether the model is softmax regression over K classes (else binary logistic regression). */
    public boolean softmax() {
        return classes.count() > 0;
    }

    /** K for a softmax model, 0 for the binary model (whose ids have no class index). */
    public int classCount() {
        return classes.count();
    }

    /** Starting weight j (1-based) of class k (1-based; 0 in the binary model). */
    public BigDecimal weight(int k, int j) {
        return k == 0 ? weights.get(j - 1) : classes.weights().get(k - 1).get(j - 1);
    }

    /** The starting bias of class k (1-based; 0 in the binary model). */
    public BigDecimal bias(int k) {
        return k == 0 ? bias : classes.biases().get(k - 1);
    }

    public int featureCount() {
        return featureNames.size();
    }

    public int sampleCount() {
        return samples.size();
    }
}
