package org.showwork.problem;

import java.util.List;
import java.util.Optional;
import org.showwork.quantity.QuantityId;

/**
 * One value a problem file states — a feature of a sample, a weight, the bias, the learning
 * rate, λ, a given quantity — named as messages name it ({@code samples[2] (sample 2), feature 1})
 * and found again in the file by its path of keys and indices, so that a message about something
 * that went wrong later (a number that overflows) can point at the line that caused it.
 *
 * @param path keys and 0-based indices from the top of the file, e.g. {@code [samples, 1, 0]}
 * @param where the input as a message names it
 */
public record ProblemInput(List<Object> path, String where) {

    public ProblemInput {
        path = List.copyOf(path);
    }

    public static ProblemInput feature(int sample, int feature) {
        return new ProblemInput(List.of("samples", sample - 1, feature - 1),
                "samples[" + sample + "] (sample " + sample + "), feature " + feature);
    }

    public static ProblemInput weight(int feature) {
        return new ProblemInput(List.of("weights", feature - 1), "weights[" + feature + "]");
    }

    public static ProblemInput key(String key) {
        return new ProblemInput(List.of(key), key);
    }

    public static ProblemInput given(QuantityId id, int featureCount) {
        String name = id.toString(featureCount);
        return new ProblemInput(List.of("given", name), "given." + name);
    }

    /** The node of this input in a problem file's text; the nearest enclosing node when the exact one is not there. */
    public Optional<YamlNode> locate(String yaml) {
        YamlNode node;
        try {
            node = YamlNode.parse(yaml);
        } catch (YamlNode.SyntaxError e) {
            return Optional.empty();
        }
        return Optional.ofNullable(node == null ? null : node.find(path));
    }
}
