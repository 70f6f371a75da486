package org.showwork.problem;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityId;

/**
 * Reads a problem file (YAML) into a {@link Problem}, checking everything a user can get wrong
 * and naming the file, line, column and key of the first mistake found. Each group of keys has a
 * reader of its own — the data ({@link SampleReader}), the model ({@link ModelReader}), the
 * arithmetic ({@link ArithmeticReader}), given values ({@link GivenReader}) and the schedule
 * ({@link ScheduleReader}) — and the starting parameters and step size are read here.
 */
public final class ProblemReader {

    /** Every key a problem file may have; anything else is a mistake (most often a typo). */
    static final List<String> KEYS = List.of("title", "features", "samples", "labels", "weights", "bias",
            "learning_rate", "iterations", "arithmetic", "decimals", "decimals_for", "probabilities", "given",
            "batch", "shuffle_seed", "l2", "until", "show", "model", "classes");

    private final String file;
    private final ProblemValues values;

    private ProblemReader(String file) {
        this.file = file;
        this.values = new ProblemValues(file);
    }

    public static Problem read(Path path) throws ProblemException {
        return read(TextFile.read(path), path.toString());
    }

    public static Problem read(String text, String name) throws ProblemException {
        return new ProblemReader(name).parse(text);
    }

    /**
     * Reads a problem from a tree already parsed, e.g. a template's with its draws made; messages
     * name {@code file} and the positions the tree's nodes carry.
     */
    static Problem read(YamlNode root, String file) throws ProblemException {
        return new ProblemReader(file).parse(root);
    }

    /** A number as a problem file writes it, or a message naming {@code file}, the node's position and {@code where}. */
    static BigDecimal number(String file, YamlNode node, String where) throws ProblemException {
        return new ProblemValues(file).number(node, where);
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

    private Problem parse(YamlNode root) throws ProblemException {
        YamlNode.Mapping top = known(root);
        Map<String, YamlNode.Entry> keys = top.entries();
        ModelReader model = new ModelReader(file, keys);
        boolean softmax = model.softmax();
        String title = keys.containsKey("title") ? values.text(keys.get("title")) : "";
        SampleReader.Data data = new SampleReader(values, keys, softmax).read(top);
        List<Sample> samples = data.samples();
        int d = samples.get(0).x().size();
        int n = samples.size();
        Classes classes = softmax ? model.parameters(model.names(samples), d, data.featuresKnown()) : Classes.NONE;
        List<BigDecimal> weights = softmax ? zeros(d) : weights(keys, d, data.featuresKnown());
        BigDecimal bias = keys.containsKey("bias") && !softmax ? values.number(keys.get("bias").value(), "bias") : BigDecimal.ZERO;
        BigDecimal learningRate = learningRate(top, keys);
        int iterations = iterations(keys, data.featuresKnown());
        ArithmeticReader arithmetic = new ArithmeticReader(values, keys);
        ArithmeticMode mode = arithmetic.arithmetic();
        DecimalPlaces places = arithmetic.places();
        Map<QuantityId, BigDecimal> given = new GivenReader(values, keys).read(
                new GivenReader.Shape(n, d, classes.count(), iterations, data.featuresKnown()), model);
        Schedule schedule = new ScheduleReader(values, keys).read(n, iterations, data.featuresKnown());
        int planned = schedule.until().map(Schedule.StopRule::maxIterations).orElse(iterations);
        handRun(keys, mode, planned, schedule.batchSize(n), d);
        return new Problem(file, title, data.featureNames(), samples, data.featuresKnown(), weights, bias, learningRate,
                planned, mode, places, given, schedule, classes);
    }

    /** The file's top mapping, every key of it one a problem file may have. */
    private YamlNode.Mapping known(YamlNode root) throws ProblemException {
        if (root == null) {
            throw ProblemException.at(file, 0, 0, null, "the file is empty; a problem needs at least samples and learning_rate");
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            throw values.error(root, null, "a problem file is a mapping of keys (samples:, learning_rate:, …)");
        }
        for (YamlNode.Entry entry : top.entries().values()) {
            if (entry.key().equals(TemplateReader.CONSTRAINTS)) {
                throw values.at(entry, "constraints belong in a template: make variants of it with 'showwork generate'");
            }
            if (!KEYS.contains(entry.key())) {
                String suggestion = Spelling.nearest(entry.key(), KEYS)
                        .map(k -> "; did you mean '" + k + "'?").orElse("; the keys are " + String.join(", ", KEYS));
                throw values.at(entry, "unknown key '" + entry.key() + "'" + suggestion);
            }
        }
        return top;
    }

    private static List<BigDecimal> zeros(int d) {
        return new ArrayList<>(Collections.nCopies(d, BigDecimal.ZERO));
    }

    /** The binary model's starting weights: one per feature, zeros without the key. */
    private List<BigDecimal> weights(Map<String, YamlNode.Entry> keys, int d, boolean featuresKnown) throws ProblemException {
        List<BigDecimal> weights = zeros(d);
        if (!keys.containsKey("weights")) {
            return weights;
        }
        YamlNode.Entry entry = keys.get("weights");
        if (!featuresKnown) {
            throw values.at(entry, "weights need samples with feature values; with labels only there are none");
        }
        List<YamlNode> given = ProblemValues.items(entry.value());
        if (given.size() != d) {
            throw values.at(entry, "weights has " + given.size() + " value(s) but each sample has " + d
                    + " feature(s): give one weight per feature");
        }
        for (int j = 0; j < d; j++) {
            weights.set(j, values.number(given.get(j), "weights[" + (j + 1) + "]"));
        }
        return weights;
    }

    private BigDecimal learningRate(YamlNode.Mapping top, Map<String, YamlNode.Entry> keys) throws ProblemException {
        if (!keys.containsKey("learning_rate")) {
            throw ProblemException.at(file, top.line(), top.column(), "learning_rate",
                    "learning_rate is missing: gradient descent needs a step size, e.g. 'learning_rate: 0.1'");
        }
        BigDecimal learningRate = values.number(keys.get("learning_rate").value(), "learning_rate");
        if (learningRate.signum() <= 0) {
            throw values.at(keys.get("learning_rate"), "learning_rate must be positive, got " + learningRate.toPlainString());
        }
        return learningRate;
    }

    private int iterations(Map<String, YamlNode.Entry> keys, boolean featuresKnown) throws ProblemException {
        int iterations = keys.containsKey("iterations") ? values.integer(keys.get("iterations"), 1, 1_000_000) : 1;
        if (!featuresKnown && iterations > 1) {
            throw values.at(keys.get("iterations"), "with labels only, one step can be derived; "
                    + "the probabilities of step 2 would need the features");
        }
        return iterations;
    }

    /** A run in hand arithmetic too long to finish in a second or so is refused at the key that sets its length. */
    private void handRun(Map<String, YamlNode.Entry> keys, ArithmeticMode mode, int planned, int batch, int d)
            throws ProblemException {
        Optional<String> tooLong = mode == ArithmeticMode.HAND ? HandRunLimit.check(planned, batch, d) : Optional.empty();
        if (tooLong.isPresent()) {
            throw values.at(keys.getOrDefault("until", keys.getOrDefault("iterations", keys.get("arithmetic"))),
                    tooLong.get());
        }
    }
}
