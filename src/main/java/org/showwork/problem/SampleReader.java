package org.showwork.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a problem file's data: {@code samples} (rows of features and a label, or a CSV file
 * beside it), or {@code labels} alone, and the {@code features}' names.
 */
final class SampleReader {

    /** The samples, the features' names, and whether the samples have features at all. */
    record Data(List<Sample> samples, List<String> featureNames, boolean featuresKnown) {}

    private final ProblemValues values;
    private final Map<String, YamlNode.Entry> keys;
    private final boolean softmax;

    SampleReader(ProblemValues values, Map<String, YamlNode.Entry> keys, boolean softmax) {
        this.values = values;
        this.keys = keys;
        this.softmax = softmax;
    }

    Data read(YamlNode.Mapping top) throws ProblemException {
        if (keys.containsKey("samples") && keys.containsKey("labels")) {
            throw values.at(keys.get("labels"), "give either samples (features and label) or labels (no features), not both");
        }
        if (keys.containsKey("labels")) {
            List<Sample> labels = labels(keys.get("labels"));
            if (keys.containsKey("features")) {
                throw values.at(keys.get("features"), "features need samples with feature values; with labels only there are none");
            }
            return new Data(labels, List.of(), false);
        }
        if (!keys.containsKey("samples")) {
            throw ProblemException.at(values.file(), top.line(), top.column(), "samples",
                    "the problem has no samples: add 'samples:' (one row per sample: features, then the label)");
        }
        YamlNode.Entry entry = keys.get("samples");
        if (entry.value() instanceof YamlNode.Mapping m && m.entries().containsKey("draw")) {
            throw values.at(entry, "samples to draw belong in a template: make variants of it with "
                    + "'showwork generate', or list the samples here");
        }
        if (SampleFile.names(entry.value())) {
            SampleFile.Table table = SampleFile.read(values.file(), entry);
            return new Data(table.samples(), names(table.samples(), table.featureNames()), true);
        }
        List<Sample> samples = rows(entry);
        return new Data(samples, names(samples, null), true);
    }

    /** The features' names: as {@code features:} gives them, else a CSV file's header, else x or x1, x2, … */
    private List<String> names(List<Sample> samples, List<String> fromFile) throws ProblemException {
        int d = samples.get(0).x().size();
        if (keys.containsKey("features")) {
            return givenNames(keys.get("features"), d);
        }
        if (fromFile != null) {
            return fromFile;
        }
        List<String> names = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add(d == 1 ? "x" : "x" + j);
        }
        return names;
    }

    private List<String> givenNames(YamlNode.Entry entry, int d) throws ProblemException {
        List<YamlNode> names = values.sequence(entry.value(), "features");
        if (names.size() != d) {
            throw values.at(entry, "features names " + names.size() + " feature(s) but each sample has " + d);
        }
        List<String> featureNames = new ArrayList<>();
        for (YamlNode name : names) {
            String text = values.text(name, "features").strip();
            if (text.isEmpty() || featureNames.contains(text)) {
                throw values.error(name, "features", text.isEmpty() ? "a feature's name is empty; name each feature"
                        : "the feature name '" + text + "' appears twice; give each feature its own name");
            }
            featureNames.add(text);
        }
        return featureNames;
    }

    private List<Sample> rows(YamlNode.Entry entry) throws ProblemException {
        List<YamlNode> rows = values.sequence(entry.value(), "samples");
        if (rows.isEmpty()) {
            throw values.at(entry, "samples is empty; give one row per sample: the feature values, then the label");
        }
        YamlNode first = rows.get(0);
        int width = values.sequence(first, "samples[1] (sample 1)").size();
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= rows.size(); i++) {
            samples.add(row(rows.get(i - 1), i, first, width));
        }
        return samples;
    }

    /** Sample i: its features, then its label, as many values ({@code width}) as the first row has. */
    private Sample row(YamlNode row, int i, YamlNode first, int width) throws ProblemException {
        String where = "samples[" + i + "] (sample " + i + ")";
        List<YamlNode> cells = values.sequence(row, where);
        if (cells.size() < 2) {
            throw values.error(row, where, "a sample is a row of at least one feature value and then its label, e.g. [1.5, 0]");
        }
        if (cells.size() != width) {
            throw values.error(row, where, "sample " + i + " has " + (cells.size() - 1) + " feature(s) but sample 1 (line "
                    + first.line() + ") has " + (width - 1) + "; every row needs the same number of values");
        }
        List<BigDecimal> x = new ArrayList<>();
        for (int j = 1; j < cells.size(); j++) {
            x.add(values.number(cells.get(j - 1), where + ", feature " + j));
        }
        return new Sample(x, values.label(cells.get(cells.size() - 1), where + ", label", softmax));
    }

    private List<Sample> labels(YamlNode.Entry entry) throws ProblemException {
        List<YamlNode> labels = values.sequence(entry.value(), "labels");
        if (labels.isEmpty()) {
            throw values.at(entry, "labels is empty");
        }
        List<Sample> samples = new ArrayList<>();
        for (int i = 1; i <= labels.size(); i++) {
            samples.add(new Sample(List.of(), values.label(labels.get(i - 1), "labels[" + i + "]", softmax)));
        }
        return samples;
    }
}
