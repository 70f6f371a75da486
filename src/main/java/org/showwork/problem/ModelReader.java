package org.showwork.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Reads the keys that choose the model of a problem file: {@code model: logistic | softmax},
 * {@code classes:} (the class names of a softmax model), and for a softmax model its starting
 * {@code weights} (K rows of d numbers), {@code bias} (K numbers) and {@code probabilities} (K per
 * sample). The binary model's keys stay with {@link ProblemReader}.
 */
final class ModelReader {

    private final String file;
    private final Map<String, YamlNode.Entry> keys;

    ModelReader(String file, Map<String, YamlNode.Entry> keys) {
        this.file = file;
        this.keys = keys;
    }

    /** Whether the file asks for a softmax model ({@code model: softmax}; {@code classes:} alone implies it). */
    boolean softmax() throws ProblemException {
        if (!keys.containsKey("model")) {
            return keys.containsKey("classes");
        }
        YamlNode.Entry entry = keys.get("model");
        String model = entry.value() instanceof YamlNode.Scalar s ? s.text().strip() : "";
        return switch (model) {
            case "logistic" -> {
                if (keys.containsKey("classes")) {
                    throw at(keys.get("classes"), "classes name the classes of a softmax model: write 'model: softmax'");
                }
                yield false;
            }
            case "softmax" -> true;
            default -> throw at(entry, "model is 'logistic' (two classes, labels 0 and 1) or 'softmax' (K classes, "
                    + "labels 0 to K − 1), not '" + model + "'");
        };
    }

    /** The class names: as the file gives them, else "class 0" … up to the largest label (at least two). */
    List<String> names(List<Sample> samples) throws ProblemException {
        int largest = samples.stream().mapToInt(Sample::y).max().orElse(0);
        if (!keys.containsKey("classes")) {
            return Classes.defaultNames(Math.max(2, largest + 1));
        }
        YamlNode.Entry entry = keys.get("classes");
        if (entry.value() instanceof YamlNode.Scalar scalar && scalar.text().strip().matches("\\d+")) {
            int count = Integer.parseInt(scalar.text().strip());
            if (count < 2 || count > 999 || largest >= count) {
                throw at(entry, "classes: " + count + " must be at least 2, at most 999, and more than the largest "
                        + "label (" + largest + ")");
            }
            return Classes.defaultNames(count);
        }
        if (!(entry.value() instanceof YamlNode.Sequence seq)) {
            throw at(entry, "classes is the number of classes K, or a list of class names, e.g. [setosa, versicolor, "
                    + "virginica]");
        }
        List<String> names = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.text().isBlank()) {
                throw error(item, "classes", "a class name is a single value, e.g. setosa");
            }
            if (names.contains(s.text().strip())) {
                throw error(item, "classes", "the class name '" + s.text().strip() + "' appears twice");
            }
            names.add(s.text().strip());
        }
        if (names.size() < 2) {
            throw at(entry, "a softmax model needs at least two classes, got " + names.size());
        }
        if (largest >= names.size()) {
            throw at(entry, "classes names " + names.size() + " classes (labels 0 to " + (names.size() - 1)
                    + ") but a sample has label " + largest);
        }
        return names;
    }

    /** The starting weights (K rows of d numbers, zeros without the key) and biases (K numbers, zeros without it). */
    Classes parameters(List<String> names, int d, boolean featuresKnown) throws ProblemException {
        int k = names.size();
        List<List<BigDecimal>> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            rows.add(new ArrayList<>(Collections.nCopies(d, BigDecimal.ZERO)));
        }
        if (keys.containsKey("weights")) {
            YamlNode.Entry entry = keys.get("weights");
            if (!featuresKnown) {
                throw at(entry, "weights need samples with feature values; with labels only there are none");
            }
            List<YamlNode> given = list(entry.value(), "weights", k, "one row of " + d + " weight(s) per class");
            for (int c = 0; c < k; c++) {
                String where = "weights[" + (c + 1) + "] (class " + names.get(c) + ")";
                List<YamlNode> row = list(given.get(c), where, d, "one weight per feature");
                for (int j = 0; j < d; j++) {
                    rows.get(c).set(j, ProblemReader.number(file, row.get(j), where + ", feature " + (j + 1)));
                }
            }
        }
        List<BigDecimal> biases = new ArrayList<>(Collections.nCopies(k, BigDecimal.ZERO));
        if (keys.containsKey("bias")) {
            List<YamlNode> given = list(keys.get("bias").value(), "bias", k, "one bias per class");
            for (int c = 0; c < k; c++) {
                biases.set(c, ProblemReader.number(file, given.get(c), "bias[" + (c + 1) + "]"));
            }
        }
        return new Classes(names, rows, biases);
    }

    /** {@code probabilities}: a row of K per sample; each row's ids are p[i,k] of step 1. */
    void probabilities(Map<QuantityId, BigDecimal> given, int n, int k) throws ProblemException {
        YamlNode.Entry entry = keys.get("probabilities");
        List<YamlNode> rows = list(entry.value(), "probabilities", n, "one row of " + k + " probabilities per sample");
        for (int i = 1; i <= n; i++) {
            String where = "probabilities[" + i + "]";
            List<YamlNode> row = list(rows.get(i - 1), where, k, "one probability per class");
            for (int c = 1; c <= k; c++) {
                BigDecimal p = ProblemReader.number(file, row.get(c - 1), where + ", class " + c);
                if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
                    throw error(row.get(c - 1), where, "a probability must lie between 0 and 1, got " + p.toPlainString());
                }
                given.put(new QuantityId(1, QuantityKind.P, i, 0, c), p);
            }
        }
    }

    private List<YamlNode> list(YamlNode node, String where, int size, String what) throws ProblemException {
        if (!(node instanceof YamlNode.Sequence seq)) {
            throw error(node, where, "expected a list [ … ]: " + what);
        }
        if (seq.items().size() != size) {
            throw error(node, where, "has " + seq.items().size() + " value(s) but needs " + size + ": " + what);
        }
        return seq.items();
    }

    private ProblemException at(YamlNode.Entry entry, String what) {
        return ProblemException.at(file, entry.line(), entry.column(), entry.key(), what);
    }

    private ProblemException error(YamlNode node, String where, String what) {
        return ProblemException.at(file, node.line(), node.column(), where, what);
    }
}
