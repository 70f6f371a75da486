package org.showwork.problem;

import java.util.stream.IntStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * The classes of a softmax (multinomial) model and the parameters it starts from: K names (labels
 * are 0 … K − 1 in this order), a row of weights per class and a bias per class. The binary
 * logistic model has none ({@link #NONE}); its parameters stay in {@link Problem#weights()} and
 * {@link Problem#bias()}.
 */
public record Classes(List<String> names, List<List<BigDecimal>> weights, List<BigDecimal> biases) {

    /** The binary logistic model: no classes of its own. */
    public static final Classes NONE = new Classes(List.of(), List.of(), List.of());

    public Classes {
        names = List.copyOf(names);
        weights = weights.stream().map(List::copyOf).toList();
        biases = List.copyOf(biases);
        if (weights.size() != names.size() || biases.size() != names.size()) {
            throw new IllegalArgumentException("one row of weights and one bias per class");
        }
        if (names.size() == 1) {
            throw new IllegalArgumentException("a softmax model needs at least two classes");
        }
    }

    /** K, the number of classes; 0 for the binary model. */
    public int count() {
        return names.size();
    }

    /** The default names: class 0, class 1, … */
    public static List<String> defaultNames(int count) {
        return IntStream.range(0, count).mapToObj(c -> "class " + c).toList();
    }
}
