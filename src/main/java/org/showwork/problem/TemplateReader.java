package org.showwork.problem;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a template: a problem file in which a value may be drawn — {@code {uniform: [low, high],
 * decimals: k}}, {@code {choice: [a, b, …]}} — the samples may be a set to draw ({@code {draw: n,
 * features: […], labels: …, sort: ascending}}), and a {@code constraints:} section says what every
 * variant must satisfy. Mistakes are reported like a problem file's, with file, line, column and key.
 */
public final class TemplateReader {

    /** The template's own top-level key; every other key is a problem file's. */
    static final String CONSTRAINTS = "constraints";

    private static final List<String> DRAW_KEYS = List.of("uniform", "choice");
    private static final List<String> SAMPLE_SET_KEYS = List.of("draw", "features", "labels", "sort");

    /** More places than a double holds would not be what the student sees. */
    static final int MAX_DECIMALS = 12;

    static final int MAX_SAMPLES = 10_000;

    private final String file;

    private TemplateReader(String file) {
        this.file = file;
    }

    public static Template read(Path path) throws ProblemException {
        String text = TextFile.read(path);
        String name = path.toString();
        return read(text, name);
    }

    public static Template read(String text, String name) throws ProblemException {
        return new TemplateReader(name).parse(text);
    }

    /** Whether a mapping is a value to draw rather than a mapping of a problem file (given:, until:, …). */
    static boolean isDraw(YamlNode.Mapping m) {
        return DRAW_KEYS.stream().anyMatch(m.entries()::containsKey);
    }

    private Template parse(String text) throws ProblemException {
        YamlNode.Mapping top = topMapping(text);
        // first, since they say how samples are drawn
        TemplateConstraints constraints = top.entries().containsKey(CONSTRAINTS)
                ? TemplateConstraintsReader.read(file, top.entries().get(CONSTRAINTS)) : TemplateConstraints.defaults();
        Map<String, YamlNode.Entry> problemEntries = new LinkedHashMap<>();
        Map<String, Draw> values = new LinkedHashMap<>();
        for (YamlNode.Entry entry : top.entries().values()) {
            if (entry.key().equals(CONSTRAINTS)) {
                continue;
            }
            knownKey(entry);
            problemEntries.put(entry.key(), entry);
            if (entry.key().equals("samples") && entry.value() instanceof YamlNode.Mapping m
                    && m.entries().containsKey("draw")) {
                values.put(entry.key(), sampleSet(entry, m, constraints.distinctSamples()));
            } else {
                values.put(entry.key(), compile(entry.value(), entry.key()));
            }
        }
        YamlNode.Mapping problem = new YamlNode.Mapping(problemEntries, top.line(), top.column());
        return new Template(file, title(top), new Draw.InMapping(problem, values), constraints);
    }

    /** The template's top level, which must be a mapping of keys. */
    private YamlNode.Mapping topMapping(String text) throws ProblemException {
        YamlNode root;
        try {
            root = YamlNode.parse(text);
        } catch (YamlNode.SyntaxError e) {
            throw ProblemException.at(file, e.line, e.column, null, e.getMessage());
        }
        if (root == null) {
            throw ProblemException.at(file, 0, 0, null, "the file is empty; a template is a problem file "
                    + "(samples:, learning_rate:, …) in which values may be drawn");
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            throw ProblemException.at(file, root.line(), root.column(), null,
                    "a template is a mapping of keys (samples:, learning_rate:, constraints:, …)");
        }
        return top;
    }

    /** A top-level key other than constraints: must be a problem file's. */
    private void knownKey(YamlNode.Entry entry) throws ProblemException {
        if (!ProblemReader.KEYS.contains(entry.key())) {
            List<String> known = new ArrayList<>(ProblemReader.KEYS);
            known.add(CONSTRAINTS);
            throw ProblemException.at(file, entry.line(), entry.column(), entry.key(), "unknown key '" + entry.key()
                    + "'" + Spelling.nearest(entry.key(), known).map(k -> "; did you mean '" + k + "'?")
                    .orElse("; the keys are " + String.join(", ", known)));
        }
    }

    /** The title as written (it is not drawn), or none. */
    private static String title(YamlNode.Mapping top) {
        return top.entries().containsKey("title")
                && top.entries().get("title").value() instanceof YamlNode.Scalar s && s.token() != JsonToken.VALUE_NULL
                ? s.text() : "";
    }

    // ---------------------------------------------------------------- values that may be drawn

    private Draw compile(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Mapping m) {
            if (m.entries().containsKey("uniform")) {
                return uniform(m, where);
            }
            if (m.entries().containsKey("choice")) {
                return choice(m, where);
            }
            if (m.entries().containsKey("draw")) {
                throw error(m, where, "a set of samples to draw ({draw: n, features: […], …}) is the value of samples:");
            }
            Map<String, Draw> values = new LinkedHashMap<>();
            for (YamlNode.Entry e : m.entries().values()) {
                for (String drawKey : DRAW_KEYS) {
                    if (Spelling.distance(e.key(), drawKey) <= 2) {
                        throw ProblemException.at(file, e.line(), e.column(), where + "." + e.key(),
                                "unknown key '" + e.key() + "'; did you mean '" + drawKey + "'?");
                    }
                }
                values.put(e.key(), compile(e.value(), where + "." + e.key()));
            }
            return new Draw.InMapping(m, values);
        }
        if (node instanceof YamlNode.Sequence s) {
            List<Draw> items = new ArrayList<>();
            for (int k = 0; k < s.items().size(); k++) {
                items.add(compile(s.items().get(k), where + "[" + (k + 1) + "]"));
            }
            return new Draw.InSequence(s, items);
        }
        return new Draw.Fixed(node);
    }

    private Draw uniform(YamlNode.Mapping m, String where) throws ProblemException {
        onlyKeys(m, where, List.of("uniform", "decimals"), "uniform takes a range and, optionally, decimals, "
                + "e.g. {uniform: [-1, 1], decimals: 1}");
        YamlNode.Entry range = m.entries().get("uniform");
        if (!(range.value() instanceof YamlNode.Sequence s) || s.items().size() != 2) {
            throw at(range, where, "uniform takes a range [low, high], e.g. {uniform: [-1, 1], decimals: 1}");
        }
        BigDecimal low = ProblemReader.number(file, s.items().get(0), where + ", low end");
        BigDecimal high = ProblemReader.number(file, s.items().get(1), where + ", high end");
        if (low.compareTo(high) > 0) {
            throw at(range, where, "the range runs from low to high: write [" + high.toPlainString() + ", "
                    + low.toPlainString() + "]");
        }
        int decimals = decimals(m, where, Math.max(0, Math.max(low.scale(), high.scale())));
        BigInteger first = low.movePointRight(decimals).setScale(0, RoundingMode.CEILING).toBigIntegerExact();
        BigInteger last = high.movePointRight(decimals).setScale(0, RoundingMode.FLOOR).toBigIntegerExact();
        BigInteger count = last.subtract(first).add(BigInteger.ONE);
        if (count.signum() <= 0) {
            throw at(range, where, "no number with " + places(decimals) + " lies from " + low.toPlainString()
                    + " to " + high.toPlainString() + "; widen the range or allow more decimals");
        }
        // the draw picks among the range's numbers by an int index from a long start
        if (count.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) > 0 || first.bitLength() > 62) {
            throw at(range, where, "the range holds too many numbers with " + places(decimals)
                    + " (at most " + String.format(Locale.ROOT, "%,d", Integer.MAX_VALUE)
                    + "); narrow it or allow fewer decimals");
        }
        return new Draw.Uniform(decimals, first.longValueExact(), count.intValueExact(), m.line(), m.column());
    }

    /** The places a uniform draw is made to: decimals: when given, else those of its range's ends. */
    private int decimals(YamlNode.Mapping m, String where, int ofRange) throws ProblemException {
        if (!m.entries().containsKey("decimals")) {
            return ofRange;
        }
        YamlNode.Entry e = m.entries().get("decimals");
        BigDecimal value = ProblemReader.number(file, e.value(), where + ".decimals");
        if (value.stripTrailingZeros().scale() > 0 || value.signum() < 0
                || value.compareTo(BigDecimal.valueOf(MAX_DECIMALS)) > 0) {
            throw at(e, where + ".decimals", "decimals must be a whole number from 0 to " + MAX_DECIMALS
                    + ", got " + value.toPlainString());
        }
        return value.intValueExact();
    }

    private Draw choice(YamlNode.Mapping m, String where) throws ProblemException {
        onlyKeys(m, where, List.of("choice"), "choice takes a list only, e.g. {choice: [0.1, 0.5]}");
        YamlNode.Entry list = m.entries().get("choice");
        if (!(list.value() instanceof YamlNode.Sequence s) || s.items().isEmpty()) {
            throw at(list, where, "choice takes a list of values to choose from, e.g. {choice: [0.1, 0.5]}");
        }
        List<Draw> items = new ArrayList<>();
        for (int k = 0; k < s.items().size(); k++) {
            items.add(compile(s.items().get(k), where + ".choice[" + (k + 1) + "]"));
        }
        return new Draw.Choice(items);
    }

    private Draw sampleSet(YamlNode.Entry entry, YamlNode.Mapping m, boolean distinct) throws ProblemException {
        onlyKeys(m, "samples", SAMPLE_SET_KEYS, "a set of samples to draw takes draw (how many), features (one value "
                + "or draw per feature), labels and sort");
        int count = sampleCount(m.entries().get("draw"));
        List<Draw> features = sampleFeatures(entry, m);
        List<Draw> labels = sampleLabels(entry, m.entries().get("labels"), count);
        Draw.Order order = m.entries().containsKey("sort") ? sampleOrder(m.entries().get("sort")) : Draw.Order.AS_DRAWN;
        return new Draw.SampleSet(count, features, labels, order, distinct, m.line(), m.column());
    }

    /** draw: how many samples, a whole number from 1 to {@link #MAX_SAMPLES}. */
    private int sampleCount(YamlNode.Entry countEntry) throws ProblemException {
        BigDecimal countValue = ProblemReader.number(file, countEntry.value(), "samples.draw");
        if (countValue.stripTrailingZeros().scale() > 0 || countValue.compareTo(BigDecimal.ONE) < 0
                || countValue.compareTo(BigDecimal.valueOf(MAX_SAMPLES)) > 0) {
            throw at(countEntry, "samples.draw", "draw is the number of samples, a whole number from 1 to "
                    + MAX_SAMPLES + ", got " + countValue.toPlainString());
        }
        return countValue.intValueExact();
    }

    /** features: one number, or draw of one, per feature (numbers, so that the rows can be sorted). */
    private List<Draw> sampleFeatures(YamlNode.Entry entry, YamlNode.Mapping m) throws ProblemException {
        if (!m.entries().containsKey("features")) {
            throw at(entry, "samples", "a set of samples to draw needs features: one value or draw per feature, e.g. "
                    + "features: [{uniform: [0, 5], decimals: 0}]");
        }
        YamlNode.Entry featuresEntry = m.entries().get("features");
        if (!(featuresEntry.value() instanceof YamlNode.Sequence list) || list.items().isEmpty()) {
            throw at(featuresEntry, "samples.features", "features is a list with one value or draw per feature, "
                    + "e.g. [{uniform: [0, 5], decimals: 0}]");
        }
        List<Draw> features = new ArrayList<>();
        for (int j = 1; j <= list.items().size(); j++) {
            YamlNode node = list.items().get(j - 1);
            String at = "samples.features[" + j + "]";
            Draw feature = compile(node, at);
            if (!numeric(feature)) {
                throw error(node, at, "each feature is a number or a draw of one, e.g. {uniform: [0, 5], decimals: 0}");
            }
            features.add(feature);
        }
        return features;
    }

    /** labels: one per sample as listed, one draw for every sample, or, left out, 0 or 1 at random. */
    private List<Draw> sampleLabels(YamlNode.Entry entry, YamlNode.Entry labelsEntry, int count)
            throws ProblemException {
        if (labelsEntry == null) {
            YamlNode zero = new YamlNode.Scalar("0", JsonToken.VALUE_NUMBER_INT, entry.line(), entry.column());
            YamlNode one = new YamlNode.Scalar("1", JsonToken.VALUE_NUMBER_INT, entry.line(), entry.column());
            return Collections.nCopies(count, new Draw.Choice(List.of(new Draw.Fixed(zero), new Draw.Fixed(one))));
        }
        if (!(labelsEntry.value() instanceof YamlNode.Sequence list)) {
            return Collections.nCopies(count, compile(labelsEntry.value(), "samples.labels"));
        }
        if (list.items().size() != count) {
            throw at(labelsEntry, "samples.labels", "labels lists " + list.items().size() + " label(s) for "
                    + count + " samples; list one per sample, or draw them, e.g. labels: {choice: [0, 1]}");
        }
        List<Draw> labels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            labels.add(compile(list.items().get(i - 1), "samples.labels[" + i + "]"));
        }
        return labels;
    }

    private Draw.Order sampleOrder(YamlNode.Entry sort) throws ProblemException {
        String text = sort.value() instanceof YamlNode.Scalar s ? s.text().strip() : "";
        return switch (text) {
            case "ascending" -> Draw.Order.ASCENDING;
            case "descending" -> Draw.Order.DESCENDING;
            default -> throw at(sort, "samples.sort", "sort is ascending or descending (by the first feature, "
                    + "then the next), not '" + text + "'");
        };
    }

    /** Whether every value a draw can give is a number, as a sample's feature must be to be sorted. */
    private static boolean numeric(Draw draw) {
        if (draw instanceof Draw.Uniform) {
            return true;
        }
        if (draw instanceof Draw.Choice c) {
            return c.items().stream().allMatch(TemplateReader::numeric);
        }
        if (draw instanceof Draw.Fixed f && f.node() instanceof YamlNode.Scalar s) {
            try {
                Draw.SampleSet.number(s);
                return true;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    private void onlyKeys(YamlNode.Mapping m, String where, List<String> allowed, String hint) throws ProblemException {
        for (YamlNode.Entry e : m.entries().values()) {
            if (!allowed.contains(e.key())) {
                throw ProblemException.at(file, e.line(), e.column(), where + "." + e.key(), "unknown key '" + e.key()
                        + "'" + Spelling.nearest(e.key(), allowed).map(k -> " (did you mean '" + k + "'?)").orElse("")
                        + "; " + hint);
            }
        }
    }

    private static String places(int n) {
        return n + (n == 1 ? " decimal place" : " decimal places");
    }

    private ProblemException at(YamlNode.Entry entry, String where, String what) {
        return ProblemException.at(file, entry.line(), entry.column(), where, what);
    }

    private ProblemException error(YamlNode node, String where, String what) {
        return ProblemException.at(file, node.line(), node.column(), where, what);
    }
}
