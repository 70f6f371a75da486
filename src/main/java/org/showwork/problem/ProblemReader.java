package org.showwork.problem;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Reads a problem file (YAML) into a {@link Problem}, checking everything a user can get wrong
 * and naming the file, line, column and key of the first mistake found.
 */
public final class ProblemReader {

    /** Every key a problem file may have; anything else is a mistake (most often a typo). */
    static final List<String> KEYS = List.of("title", "features", "samples", "labels", "weights", "bias",
            "learning_rate", "iterations", "arithmetic", "decimals", "decimals_for", "probabilities", "given",
            "batch", "shuffle_seed", "l2", "until", "show", "model", "classes");

    /** Without a {@code show:} key, runs this long show every update; longer ones the first two and the last. */
    static final int SHOW_ALL_UP_TO = 10;

    /** The cap on updates when {@code until:} names no max_iterations and the file no iterations. */
    static final int DEFAULT_MAX_ITERATIONS = 10_000;

    private static final int MAX_DECIMALS = 30;

    private final String file;
    /** Whether labels are classes 0 … K − 1 of a softmax model (else 0 or 1). */
    private boolean softmax;

    private ProblemReader(String file) {
        this.file = file;
    }

    public static Problem read(Path path) throws ProblemException {
        return read(TextFile.read(path), path.toString());
    }

    public static Problem read(String text, String name) throws ProblemException {
        return new ProblemReader(name).parse(text);
    }

    private Problem parse(String text) throws ProblemException {
        YamlNode root;
        try {
            root = YamlNode.parse(text);
        } catch (YamlNode.SyntaxError e) {
            throw ProblemException.at(file, e.line, e.column, null, e.getMessage());
        }
        return parse(root);
    }

    /**
     * Reads a problem from a tree already parsed, e.g. a template's with its draws made; messages
     * name {@code file} and the positions the tree's nodes carry.
     */
    static Problem read(YamlNode root, String file) throws ProblemException {
        return new ProblemReader(file).parse(root);
    }

    private Problem parse(YamlNode root) throws ProblemException {
        if (root == null) {
            throw ProblemException.at(file, 0, 0, null, "the file is empty; a problem needs at least samples and learning_rate");
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            throw error(root, null, "a problem file is a mapping of keys (samples:, learning_rate:, …)");
        }
        for (YamlNode.Entry entry : top.entries().values()) {
            if (entry.key().equals(TemplateReader.CONSTRAINTS)) {
                throw ProblemException.at(file, entry.line(), entry.column(), entry.key(), "constraints belong in a "
                        + "template: make variants of it with 'showwork generate'");
            }
            if (!KEYS.contains(entry.key())) {
                String suggestion = Spelling.nearest(entry.key(), KEYS)
                        .map(k -> "; did you mean '" + k + "'?").orElse("; the keys are " + String.join(", ", KEYS));
                throw ProblemException.at(file, entry.line(), entry.column(), entry.key(),
                        "unknown key '" + entry.key() + "'" + suggestion);
            }
        }
        Map<String, YamlNode.Entry> keys = top.entries();
        ModelReader model = new ModelReader(file, keys);
        softmax = model.softmax();

        String title = keys.containsKey("title") ? text(keys.get("title")) : "";
        List<Sample> samples;
        SampleFile.Table fromFile = null;
        boolean featuresKnown;
        if (keys.containsKey("samples") && keys.containsKey("labels")) {
            YamlNode.Entry labels = keys.get("labels");
            throw ProblemException.at(file, labels.line(), labels.column(), "labels",
                    "give either samples (features and label) or labels (no features), not both");
        } else if (keys.containsKey("samples")) {
            if (keys.get("samples").value() instanceof YamlNode.Mapping m && m.entries().containsKey("draw")) {
                throw at(keys.get("samples"), "samples to draw belong in a template: make variants of it with "
                        + "'showwork generate', or list the samples here");
            }
            if (SampleFile.names(keys.get("samples").value())) {
                fromFile = SampleFile.read(file, keys.get("samples"));
                samples = fromFile.samples();
            } else {
                samples = samples(keys.get("samples"));
            }
            featuresKnown = true;
        } else if (keys.containsKey("labels")) {
            samples = labels(keys.get("labels"));
            featuresKnown = false;
        } else {
            throw ProblemException.at(file, top.line(), top.column(), "samples",
                    "the problem has no samples: add 'samples:' (one row per sample: features, then the label)");
        }
        int d = samples.get(0).x().size();
        int n = samples.size();

        List<String> featureNames = new ArrayList<>();
        if (keys.containsKey("features")) {
            YamlNode.Entry entry = keys.get("features");
            if (!featuresKnown) {
                throw at(entry, "features need samples with feature values; with labels only there are none");
            }
            List<YamlNode> names = sequence(entry.value(), "features");
            if (names.size() != d) {
                throw at(entry, "features names " + names.size() + " feature(s) but each sample has " + d);
            }
            for (YamlNode name : names) {
                String text = scalarText(name, "features").strip();
                if (text.isEmpty() || featureNames.contains(text)) {
                    throw error(name, "features", text.isEmpty() ? "a feature's name is empty; name each feature"
                            : "the feature name '" + text + "' appears twice; give each feature its own name");
                }
                featureNames.add(text);
            }
        } else if (fromFile != null) {
            featureNames.addAll(fromFile.featureNames());
        } else {
            for (int j = 1; j <= d; j++) {
                featureNames.add(d == 1 ? "x" : "x" + j);
            }
        }

        List<BigDecimal> weights = new ArrayList<>(Collections.nCopies(d, BigDecimal.ZERO));
        Classes classes = softmax ? model.parameters(model.names(samples), d, featuresKnown) : Classes.NONE;
        if (keys.containsKey("weights") && !softmax) {
            YamlNode.Entry entry = keys.get("weights");
            if (!featuresKnown) {
                throw at(entry, "weights need samples with feature values; with labels only there are none");
            }
            List<YamlNode> values = entry.value() instanceof YamlNode.Sequence s ? s.items() : List.of(entry.value());
            if (values.size() != d) {
                throw at(entry, "weights has " + values.size() + " value(s) but each sample has " + d
                        + " feature(s): give one weight per feature");
            }
            for (int j = 0; j < d; j++) {
                weights.set(j, number(values.get(j), "weights[" + (j + 1) + "]"));
            }
        }
        BigDecimal bias = keys.containsKey("bias") && !softmax ? number(keys.get("bias").value(), "bias") : BigDecimal.ZERO;

        if (!keys.containsKey("learning_rate")) {
            throw ProblemException.at(file, top.line(), top.column(), "learning_rate",
                    "learning_rate is missing: gradient descent needs a step size, e.g. 'learning_rate: 0.1'");
        }
        BigDecimal learningRate = number(keys.get("learning_rate").value(), "learning_rate");
        if (learningRate.signum() <= 0) {
            throw at(keys.get("learning_rate"), "learning_rate must be positive, got " + learningRate.toPlainString());
        }

        int iterations = keys.containsKey("iterations") ? integer(keys.get("iterations"), 1, 1_000_000) : 1;
        if (!featuresKnown && iterations > 1) {
            throw at(keys.get("iterations"), "with labels only, one step can be derived; "
                    + "the probabilities of step 2 would need the features");
        }

        ArithmeticMode arithmetic = ArithmeticMode.EXACT;
        if (keys.containsKey("arithmetic")) {
            String mode = text(keys.get("arithmetic"));
            arithmetic = switch (mode) {
                case "exact" -> ArithmeticMode.EXACT;
                case "hand" -> ArithmeticMode.HAND;
                default -> throw at(keys.get("arithmetic"), "arithmetic must be 'hand' or 'exact', got '" + mode + "'");
            };
        }
        int decimals = keys.containsKey("decimals") ? integer(keys.get("decimals"), 0, MAX_DECIMALS) : DecimalPlaces.DEFAULT;
        Map<QuantityKind, Integer> decimalsFor = new EnumMap<>(QuantityKind.class);
        if (keys.containsKey("decimals_for")) {
            YamlNode.Entry entry = keys.get("decimals_for");
            if (!(entry.value() instanceof YamlNode.Mapping m)) {
                throw at(entry, "decimals_for is a mapping from quantity names to places, e.g. {grad_w: 4, cost: 4}");
            }
            List<String> kindNames = java.util.Arrays.stream(QuantityKind.values()).map(QuantityKind::id).toList();
            for (YamlNode.Entry e : m.entries().values()) {
                QuantityKind kind = QuantityKind.byId(e.key()).orElseThrow(() -> ProblemException.at(file, e.line(),
                        e.column(), "decimals_for." + e.key(), "'" + e.key() + "' is not a quantity name"
                                + Spelling.nearest(e.key(), kindNames).map(k -> "; did you mean '" + k + "'?")
                                .orElse("; the names are " + String.join(", ", kindNames))));
                decimalsFor.put(kind, integerValue(e.value(), "decimals_for." + e.key(), 0, MAX_DECIMALS));
            }
        }

        Map<QuantityId, BigDecimal> given = new LinkedHashMap<>();
        if (keys.containsKey("probabilities") && softmax) {
            model.probabilities(given, n, classes.count());
        } else if (keys.containsKey("probabilities")) {
            YamlNode.Entry entry = keys.get("probabilities");
            List<YamlNode> values = sequence(entry.value(), "probabilities");
            if (values.size() != n) {
                throw at(entry, "probabilities has " + values.size() + " value(s) but there are " + n + " samples");
            }
            for (int i = 1; i <= n; i++) {
                BigDecimal p = probability(values.get(i - 1), "probabilities[" + i + "]");
                given.put(QuantityId.ofSample(1, QuantityKind.P, i), p);
            }
        }
        if (keys.containsKey("given")) {
            readGiven(keys.get("given"), given, n, d, iterations, featuresKnown, classes.count());
        }
        if (!featuresKnown && given.keySet().stream().noneMatch(id -> id.kind() == QuantityKind.P
                || id.kind() == QuantityKind.Z || id.kind() == QuantityKind.ERROR)) {
            YamlNode.Entry labels = keys.get("labels");
            throw at(labels, "with labels only, give the predicted probabilities too ('probabilities: [...]'), "
                    + "or there is nothing to derive");
        }
        Schedule schedule = schedule(keys, samples.size(), iterations, featuresKnown);
        int planned = schedule.until().map(Schedule.StopRule::maxIterations).orElse(iterations);
        Optional<String> tooLong = arithmetic == ArithmeticMode.HAND
                ? HandRunLimit.check(planned, schedule.batchSize(n), d) : Optional.empty();
        if (tooLong.isPresent()) {
            throw at(keys.getOrDefault("until", keys.getOrDefault("iterations", keys.get("arithmetic"))), tooLong.get());
        }
        return new Problem(file, title, featureNames, samples, featuresKnown, weights, bias, learningRate,
                planned, arithmetic, new DecimalPlaces(decimals, decimalsFor), given, schedule, classes);
    }

    private Schedule schedule(Map<String, YamlNode.Entry> keys, int n, int iterations, boolean featuresKnown)
            throws ProblemException {
        int batchSize = 0;
        if (keys.containsKey("batch")) {
            YamlNode.Entry entry = keys.get("batch");
            String text = entry.value() instanceof YamlNode.Scalar sc ? sc.text().strip() : "";
            if (text.equals("full")) {
                batchSize = 0;
            } else if (text.equals("sgd")) {
                batchSize = 1;
            } else if (text.matches("\\d+")) {
                batchSize = integer(entry, 1, Integer.MAX_VALUE);
                if (batchSize > n) {
                    throw at(entry, "batch: " + batchSize + " is more than the " + n + " samples; a batch of all of "
                            + "them is 'batch: full'");
                }
                if (batchSize == n) {
                    batchSize = 0; // a batch of every sample is full-batch descent
                }
            } else {
                throw at(entry, "batch is 'full', 'sgd' (one sample per update) or a mini-batch size such as 2, not '"
                        + text + "'");
            }
        }
        java.util.OptionalLong seed = java.util.OptionalLong.empty();
        if (keys.containsKey("shuffle_seed")) {
            BigDecimal value = number(keys.get("shuffle_seed").value(), "shuffle_seed");
            if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                throw at(keys.get("shuffle_seed"), "shuffle_seed must be a whole number, got " + value.toPlainString());
            }
            seed = java.util.OptionalLong.of(value.longValueExact());
        }
        BigDecimal l2 = BigDecimal.ZERO;
        if (keys.containsKey("l2")) {
            l2 = number(keys.get("l2").value(), "l2");
            if (l2.signum() < 0) {
                throw at(keys.get("l2"), "l2 (the penalty's λ) must not be negative, got " + l2.toPlainString());
            }
            if (l2.signum() > 0 && !featuresKnown) {
                throw at(keys.get("l2"), "l2 penalises the weights, and with labels only there are none");
            }
        }
        java.util.Optional<Schedule.StopRule> until = java.util.Optional.empty();
        int planned = iterations;
        if (keys.containsKey("until")) {
            YamlNode.Entry entry = keys.get("until");
            if (!(entry.value() instanceof YamlNode.Mapping m)) {
                throw at(entry, "until is a mapping, e.g. {gradient_norm: 1e-6, max_iterations: 1000}");
            }
            BigDecimal norm = null;
            int max = keys.containsKey("iterations") ? iterations : DEFAULT_MAX_ITERATIONS;
            for (YamlNode.Entry e : m.entries().values()) {
                switch (e.key()) {
                    case "gradient_norm" -> {
                        norm = number(e.value(), "until.gradient_norm");
                        if (norm.signum() <= 0) {
                            throw ProblemException.at(file, e.line(), e.column(), "until.gradient_norm",
                                    "gradient_norm must be positive, got " + norm.toPlainString());
                        }
                    }
                    case "max_iterations" -> max = integerValue(e.value(), "until.max_iterations", 1, 100_000_000);
                    default -> throw ProblemException.at(file, e.line(), e.column(), "until." + e.key(),
                            "unknown key '" + e.key() + "' in until; it takes gradient_norm and max_iterations");
                }
            }
            if (norm == null) {
                throw at(entry, "until needs gradient_norm: the length of the gradient below which to stop");
            }
            until = java.util.Optional.of(new Schedule.StopRule(norm, max));
            planned = max;
        }
        Schedule.Show show = planned <= SHOW_ALL_UP_TO ? Schedule.Show.ALL : new Schedule.Show(false, List.of(1, 2));
        if (keys.containsKey("show")) {
            show = show(keys.get("show"), planned);
        }
        return new Schedule(batchSize, seed, l2, until, show);
    }

    private Schedule.Show show(YamlNode.Entry entry, int planned) throws ProblemException {
        List<YamlNode> items = entry.value() instanceof YamlNode.Sequence seq ? seq.items() : List.of(entry.value());
        List<Integer> numbers = new ArrayList<>();
        boolean all = false;
        for (YamlNode item : items) {
            String text = item instanceof YamlNode.Scalar sc ? sc.text().strip() : "";
            if (text.equals("all")) {
                all = true;
            } else if (text.equals("last")) {
                continue; // the last update is always shown
            } else {
                int number = integerValue(item, "show", 1, Integer.MAX_VALUE);
                if (number > planned) {
                    throw error(item, "show", "there is no update " + number + " to show: the run has "
                            + (planned == 1 ? "one update" : planned + " updates at most"));
                }
                numbers.add(number);
            }
        }
        return new Schedule.Show(all, numbers);
    }

    private void readGiven(YamlNode.Entry entry, Map<QuantityId, BigDecimal> given, int n, int d, int iterations,
            boolean featuresKnown, int classes) throws ProblemException {
        if (!(entry.value() instanceof YamlNode.Mapping m)) {
            throw at(entry, "given is a mapping from quantity ids to values, one per line, e.g. 'given:' then '  p[4]: 0.899'");
        }
        for (YamlNode.Entry e : m.entries().values()) {
            String where = "given." + e.key();
            QuantityId id = QuantityId.parse(e.key(), d, classes).orElseThrow(() -> ProblemException.at(file, e.line(),
                    e.column(), where, "'" + e.key() + "' is not a quantity id (e.g. " + (classes == 0
                            ? "p[1], error_x[2,1], grad_b, t2:cost" : "p[1,2], error_x[2,3,1], grad_b[2], t2:cost") + ")"));
            String range = null;
            if (id.iteration() > iterations) {
                range = "step " + id.iteration() + " is beyond iterations: " + iterations;
            } else if (id.kind().perSample() && (id.sample() < 1 || id.sample() > n)) {
                range = "there is no sample " + id.sample() + " (samples are 1 to " + n + ")";
            } else if (id.kind().perFeature() && (id.feature() < 1 || id.feature() > d)) {
                range = d == 0 ? "there are no features" : "there is no feature " + id.feature() + " (features are 1 to " + d + ")";
            } else if (id.classIndex() > classes) {
                range = "there is no class " + id.classIndex() + " (classes are 1 to " + classes + ")";
            } else if (classes > 0 && (id.kind() == QuantityKind.BOUNDARY || id.kind() == QuantityKind.BOUNDARY_NEW)) {
                range = "a softmax model has decision regions, not a boundary x = −b/w";
            } else if (!featuresKnown && id.kind() == QuantityKind.BOUNDARY) {
                range = "there is no decision boundary without features";
            }
            if (range != null) {
                throw ProblemException.at(file, e.line(), e.column(), where, range);
            }
            if (given.containsKey(id)) {
                throw ProblemException.at(file, e.line(), e.column(), where, id + " is already given by 'probabilities'");
            }
            BigDecimal value = id.kind() == QuantityKind.P ? probability(e.value(), where) : number(e.value(), where);
            given.put(id, value);
        }
    }

    private List<Sample> samples(YamlNode.Entry entry) throws ProblemException {
        List<YamlNode> rows = sequence(entry.value(), "samples");
        if (rows.isEmpty()) {
            throw at(entry, "samples is empty; give one row per sample: the feature values, then the label");
        }
        List<Sample> samples = new ArrayList<>();
        int width = -1;
        int firstRowLine = 0;
        for (int i = 1; i <= rows.size(); i++) {
            YamlNode row = rows.get(i - 1);
            String where = "samples[" + i + "] (sample " + i + ")";
            List<YamlNode> cells = sequence(row, where);
            if (cells.size() < 2) {
                throw error(row, where, "a sample is a row of at least one feature value and then its label, e.g. [1.5, 0]");
            }
            if (width < 0) {
                width = cells.size();
                firstRowLine = row.line();
            } else if (cells.size() != width) {
                throw error(row, where, "sample " + i + " has " + (cells.size() - 1) + " feature(s) but sample 1 (line "
                        + firstRowLine + ") has " + (width - 1) + "; every row needs the same number of values");
            }
            List<BigDecimal> x = new ArrayList<>();
            for (int j = 1; j < cells.size(); j++) {
                x.add(number(cells.get(j - 1), where + ", feature " + j));
            }
            samples.add(new Sample(x, label(cells.get(cells.size() - 1), where + ", label")));
        }
        return samples;
    }

    private List<Sample> labels(YamlNode.Entry entry) throws ProblemException {
        List<YamlNode> values = sequence(entry.value(), "labels");
        if (values.isEmpty()) {
            throw at(entry, "labels is empty");
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= values.size(); i++) {
            samples.add(new Sample(List.of(), label(values.get(i - 1), "labels[" + i + "]")));
        }
        return samples;
    }

    private int label(YamlNode node, String where) throws ProblemException {
        BigDecimal value = number(node, where);
        if (softmax) {
            if (value.stripTrailingZeros().scale() > 0 || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(999)) > 0) {
                throw error(node, where, "a label of a softmax model is a class number 0, 1, 2, …, got "
                        + value.toPlainString() + " (the last value of a row is the label)");
            }
            return value.intValueExact();
        }
        if (value.compareTo(BigDecimal.ZERO) == 0) {
            return 0;
        }
        if (value.compareTo(BigDecimal.ONE) == 0) {
            return 1;
        }
        String more = value.stripTrailingZeros().scale() <= 0 && value.signum() > 0
                ? "; labels with more than two classes need 'model: softmax'" : "";
        throw error(node, where, "the label must be 0 or 1, got " + value.toPlainString()
                + " (the last value of a row is the label)" + more);
    }

    private BigDecimal probability(YamlNode node, String where) throws ProblemException {
        BigDecimal p = number(node, where);
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw error(node, where, "a probability must lie between 0 and 1, got " + p.toPlainString());
        }
        return p;
    }

    private int integer(YamlNode.Entry entry, int min, int max) throws ProblemException {
        return integerValue(entry.value(), entry.key(), min, max);
    }

    private int integerValue(YamlNode node, String where, int min, int max) throws ProblemException {
        BigDecimal value = number(node, where);
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw error(node, where, where + " must be a whole number from " + min + " to " + max + ", got "
                    + value.toPlainString());
        }
        return value.intValueExact();
    }

    private static final Set<String> NOT_A_NUMBER = Set.of(".nan", ".NaN", ".NAN", "nan", "NaN", "NAN");
    private static final Set<String> INFINITE = Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
            "-.inf", "-.Inf", "-.INF", "inf", "-inf", "Infinity", "-Infinity");

    private BigDecimal number(YamlNode node, String where) throws ProblemException {
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
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace('\u2212', '-').replace("_", ""));
        } catch (NumberFormatException e) {
            throw error(node, where, "expected a number, found '" + text + "'");
        }
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

    /** A number as a problem file writes it, or a message naming {@code file}, the node's position and {@code where}. */
    static BigDecimal number(String file, YamlNode node, String where) throws ProblemException {
        return new ProblemReader(file).number(node, where);
    }

    private List<YamlNode> sequence(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        throw error(node, where, "expected a list [ … ]");
    }

    private String text(YamlNode.Entry entry) throws ProblemException {
        return scalarText(entry.value(), entry.key());
    }

    private String scalarText(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Scalar s && s.token() != JsonToken.VALUE_NULL) {
            return s.text();
        }
        throw error(node, where, "expected a single value");
    }

    private ProblemException at(YamlNode.Entry entry, String what) {
        return ProblemException.at(file, entry.line(), entry.column(), entry.key(), what);
    }

    private ProblemException error(YamlNode node, String where, String what) {
        return ProblemException.at(file, node.line(), node.column(), where, what);
    }
}
