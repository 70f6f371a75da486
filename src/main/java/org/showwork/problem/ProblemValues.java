package org.showwork.problem;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Reads the values of one problem file — numbers, whole numbers, probabilities, labels, lists and
 * words — each refused, when it is not what its key needs, with a message naming the file, the
 * value's line and column and where it stands ({@code samples[3] (sample 3), feature 1}). Every
 * key group's reader reads through one of these.
 */
final class ProblemValues {

    private static final Set<String> NOT_A_NUMBER = Set.of(".nan", ".NaN", ".NAN", "nan", "NaN", "NAN");
    private static final Set<String> INFINITE = Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
            "-.inf", "-.Inf", "-.INF", "inf", "-inf", "Infinity", "-Infinity");

    private final String file;

    ProblemValues(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** A finite number as the file writes it (a Unicode minus and underscores between digits allowed). */
    BigDecimal number(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Mapping m && TemplateReader.isDraw(m)) {
            throw error(node, where, "a value to draw (" + String.join(", ", m.entries().keySet()) + ") belongs in a "
                    + "template: make variants of it with 'showwork generate', or write a number here");
        }
        if (!(node instanceof YamlNode.Scalar scalar)) {
            throw error(node, where, "expected a number, found a " + (node instanceof YamlNode.Sequence ? "list" : "mapping"));
        }
        String text = scalar.text().strip();
        if (NOT_A_NUMBER.contains(text)) {
            throw error(node, where, "the value is NaN (not a number); every value must be a finite number");
        }
        if (INFINITE.contains(text)) {
            throw error(node, where, "the value is infinite; every value must be a finite number");
        }
        if (scalar.token() == JsonToken.VALUE_NULL || text.isEmpty()) {
            throw error(node, where, "the value is missing; expected a number");
        }
        return inRange(node, where, text, parsed(node, where, text));
    }

    private BigDecimal parsed(YamlNode node, String where, String text) throws ProblemException {
        try {
            return new BigDecimal(text.replace('\u2212', '-').replace("_", ""));
        } catch (NumberFormatException e) {
            throw error(node, where, "expected a number, found '" + text + "'");
        }
    }

    /** A number a double can carry: not beyond its range, and not so small it would be taken for 0. */
    private BigDecimal inRange(YamlNode node, String where, String text, BigDecimal value) throws ProblemException {
        if (Double.isInfinite(value.doubleValue())) {
            throw error(node, where, "the value " + text + " is too large; every value must be a finite number "
                    + "(at most about 1.8e308 in size)");
        }
        if (value.signum() != 0 && value.doubleValue() == 0) {
            throw error(node, where, "the value " + text + " is too small to compute with; write 0, "
                    + "or a number no smaller than about 1e-300 in size");
        }
        return value;
    }

    BigDecimal probability(YamlNode node, String where) throws ProblemException {
        BigDecimal p = number(node, where);
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw error(node, where, "a probability must lie between 0 and 1, got " + p.toPlainString());
        }
        return p;
    }

    int integer(YamlNode.Entry entry, int min, int max) throws ProblemException {
        return integer(entry.value(), entry.key(), min, max);
    }

    int integer(YamlNode node, String where, int min, int max) throws ProblemException {
        BigDecimal value = number(node, where);
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw error(node, where, where + " must be a whole number from " + min + " to " + max + ", got "
                    + value.toPlainString());
        }
        return value.intValueExact();
    }

    /** A sample's label: 0 or 1, or with {@code softmax} a class number 0, 1, 2, … */
    int label(YamlNode node, String where, boolean softmax) throws ProblemException {
        BigDecimal value = number(node, where);
        if (softmax) {
            if (value.stripTrailingZeros().scale() > 0 || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(999)) > 0) {
                throw error(node, where, "a label of a softmax model is a class number 0, 1, 2, …, got "
                        + value.toPlainString() + " (the last value of a row is the label)");
            }
            return value.intValueExact();
        }
        if (value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0) {
            return value.intValue();
        }
        String more = value.stripTrailingZeros().scale() <= 0 && value.signum() > 0
                ? "; labels with more than two classes need 'model: softmax'" : "";
        throw error(node, where, "the label must be 0 or 1, got " + value.toPlainString()
                + " (the last value of a row is the label)" + more);
    }

    List<YamlNode> sequence(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw error(node, where, "expected a list [ … ]");
    }

    /** A list, or one value standing for a list of one. */
    static List<YamlNode> items(YamlNode node) {
        return node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
    }

    String text(YamlNode.Entry entry) throws ProblemException {
        return text(entry.value(), entry.key());
    }

    String text(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Scalar s && s.token() != JsonToken.VALUE_NULL) {
            return s.text();
        }
        throw error(node, where, "expected a single value");
    }

    ProblemException at(YamlNode.Entry entry, String what) {
        return ProblemException.at(file, entry.line(), entry.column(), entry.key(), what);
    }

    ProblemException error(YamlNode node, String where, String what) {
        return ProblemException.at(file, node.line(), node.column(), where, what);
    }
}
