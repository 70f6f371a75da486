package org.showwork.problem;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Reads the quantities a problem gives instead of deriving them: the binary model's
 * {@code probabilities} (a softmax model's are read by {@link ModelReader}) and {@code given}, by
 * quantity id, each checked against the problem's samples, features, classes and steps.
 */
final class GivenReader {

    /** What a given id must fit: the samples, features and classes there are, the steps, and whether there are features. */
    record Shape(int samples, int features, int classes, int iterations, boolean featuresKnown) {}

    private final ProblemValues values;
    private final Map<String, YamlNode.Entry> keys;

    GivenReader(ProblemValues values, Map<String, YamlNode.Entry> keys) {
        this.values = values;
        this.keys = keys;
    }

    /** The given values in the file's order, {@code probabilities} first. */
    Map<QuantityId, BigDecimal> read(Shape shape, ModelReader model) throws ProblemException {
        Map<QuantityId, BigDecimal> given = new LinkedHashMap<>();
        if (keys.containsKey("probabilities") && shape.classes() > 0) {
            model.probabilities(given, shape.samples(), shape.classes());
        } else if (keys.containsKey("probabilities")) {
            probabilities(keys.get("probabilities"), shape.samples(), given);
        }
        if (keys.containsKey("given")) {
            given(keys.get("given"), shape, given);
        }
        if (!shape.featuresKnown() && given.keySet().stream().noneMatch(id -> id.kind() == QuantityKind.P
                || id.kind() == QuantityKind.Z || id.kind() == QuantityKind.ERROR)) {
            throw values.at(keys.get("labels"), "with labels only, give the predicted probabilities too "
                    + "('probabilities: [...]'), or there is nothing to derive");
        }
        return given;
    }

    private void probabilities(YamlNode.Entry entry, int n, Map<QuantityId, BigDecimal> given) throws ProblemException {
        List<YamlNode> probabilities = values.sequence(entry.value(), "probabilities");
        if (probabilities.size() != n) {
            throw values.at(entry, "probabilities has " + probabilities.size() + " value(s) but there are " + n + " samples");
        }
        for (int i = 1; i <= n; i++) {
            given.put(QuantityId.ofSample(1, QuantityKind.P, i), values.probability(probabilities.get(i - 1),
                    "probabilities[" + i + "]"));
        }
    }

    private void given(YamlNode.Entry entry, Shape shape, Map<QuantityId, BigDecimal> given) throws ProblemException {
        if (!(entry.value() instanceof YamlNode.Mapping m)) {
            throw values.at(entry, "given is a mapping from quantity ids to values, one per line, e.g. 'given:' then "
                    + "'  p[4]: 0.899'");
        }
        for (YamlNode.Entry e : m.entries().values()) {
            String where = "given." + e.key();
            QuantityId id = QuantityId.parse(e.key(), shape.features(), shape.classes()).orElseThrow(() ->
                    ProblemException.at(values.file(), e.line(), e.column(), where, "'" + e.key() + "' is not a "
                            + "quantity id (e.g. " + (shape.classes() == 0 ? "p[1], error_x[2,1], grad_b, t2:cost"
                            : "p[1,2], error_x[2,3,1], grad_b[2], t2:cost") + ")"));
            String outside = outside(id, shape);
            if (outside != null) {
                throw ProblemException.at(values.file(), e.line(), e.column(), where, outside);
            }
            if (given.containsKey(id)) {
                throw ProblemException.at(values.file(), e.line(), e.column(), where, id + " is already given by 'probabilities'");
            }
            given.put(id, id.kind() == QuantityKind.P ? values.probability(e.value(), where) : values.number(e.value(), where));
        }
    }

    /** Why the problem has no such quantity; null when it has. */
    private static String outside(QuantityId id, Shape shape) {
        int n = shape.samples();
        int d = shape.features();
        int classes = shape.classes();
        if (id.iteration() > shape.iterations()) {
            return "step " + id.iteration() + " is beyond iterations: " + shape.iterations();
        } else if (id.kind().perSample() && (id.sample() < 1 || id.sample() > n)) {
            return "there is no sample " + id.sample() + " (samples are 1 to " + n + ")";
        } else if (id.kind().perFeature() && (id.feature() < 1 || id.feature() > d)) {
            return d == 0 ? "there are no features" : "there is no feature " + id.feature() + " (features are 1 to " + d + ")";
        } else if (id.classIndex() > classes) {
            return "there is no class " + id.classIndex() + " (classes are 1 to " + classes + ")";
        } else if (classes > 0 && (id.kind() == QuantityKind.BOUNDARY || id.kind() == QuantityKind.BOUNDARY_NEW)) {
            return "a softmax model has decision regions, not a boundary x = −b/w";
        } else if (!shape.featuresKnown() && id.kind() == QuantityKind.BOUNDARY) {
            return "there is no decision boundary without features";
        }
        return null;
    }
}
