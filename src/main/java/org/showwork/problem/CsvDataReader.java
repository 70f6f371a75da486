package org.showwork.problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads training data from a CSV file: a header row of column names, then one row per sample. One
 * column is the label (0 or 1), one may hold sample weights, and every other column is a feature.
 * Numbers are read as written ({@code 3}, {@code -0.5}, {@code .5}, {@code 1e-3}); a mistake is
 * reported with the file, line and column and the column's name, like a problem file's.
 */
public final class CsvDataReader {

    private final String file;
    private final String labelColumn;
    private final String weightColumn;

    private CsvDataReader(String file, String labelColumn, String weightColumn) {
        this.file = file;
        this.labelColumn = labelColumn;
        this.weightColumn = weightColumn;
    }

    /**
     * @param labelColumn  the name of the label column
     * @param weightColumn the name of the sample-weight column, or null when every sample counts once
     */
    public static TrainingData read(Path path, String labelColumn, String weightColumn) throws ProblemException {
        String text = TextFile.read(path);
        String name = path.toString();
        return read(text, name, labelColumn, weightColumn);
    }

    public static TrainingData read(String text, String name, String labelColumn, String weightColumn)
            throws ProblemException {
        return new CsvDataReader(name, labelColumn, weightColumn).parse(text);
    }

    private TrainingData parse(String text) throws ProblemException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);   // a byte-order mark, as spreadsheet programs write
        }
        List<CsvLines.Line> lines = CsvLines.split(text, file);
        if (lines.isEmpty()) {
            throw new ProblemException(file + ": the file is empty; expected a header row of column names "
                    + "and then one row per sample");
        }
        CsvLines.Line header = lines.get(0);
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < header.fields().size(); k++) {
            String columnName = header.fields().get(k).strip();
            if (columnName.isEmpty()) {
                throw ProblemException.at(file, header.number(), header.columns()[k], "the header",
                        "column " + (k + 1) + " has no name; the first row names every column");
            }
            if (index.containsKey(columnName)) {
                throw ProblemException.at(file, header.number(), header.columns()[k], columnName,
                        "the column name '" + columnName + "' appears twice in the header");
            }
            index.put(columnName, k);
            names.add(columnName);
        }
        int label = column(index, names, labelColumn, "--label", header);
        int weight = weightColumn == null ? -1 : column(index, names, weightColumn, "--sample-weight", header);
        if (label == weight) {
            throw ProblemException.at(file, header.number(), 0, null, "the column '" + labelColumn
                    + "' cannot be both the label and the sample weights");
        }
        List<String> featureNames = new ArrayList<>();
        int[] featureColumns = new int[names.size()];
        for (int k = 0; k < names.size(); k++) {
            if (k != label && k != weight) {
                featureColumns[featureNames.size()] = k;
                featureNames.add(names.get(k));
            }
        }
        if (featureNames.isEmpty()) {
            throw ProblemException.at(file, header.number(), 0, null, "there are no feature columns: besides the "
                    + "label" + (weight >= 0 ? " and the sample weights" : "") + " the file needs at least one column of features");
        }
        int d = featureNames.size();
        int n = lines.size() - 1;
        if (n < 2) {
            throw ProblemException.at(file, header.number(), 0, null, "there " + (n == 0 ? "are no samples" : "is one sample")
                    + " after the header; a fit needs at least two");
        }
        double[] x = new double[n * d];
        int[] y = new int[n];
        double[] w = weight >= 0 ? new double[n] : null;
        for (int i = 0; i < n; i++) {
            CsvLines.Line row = lines.get(i + 1);
            if (row.fields().size() != names.size()) {
                throw ProblemException.at(file, row.number(), 0, "sample " + (i + 1), "this row has "
                        + row.fields().size() + " value(s) but the header (line " + header.number() + ") names "
                        + names.size() + " columns; every row needs one value per column");
            }
            for (int j = 0; j < d; j++) {
                x[i * d + j] = number(row, featureColumns[j], names, i);
            }
            double labelValue = number(row, label, names, i);
            if (labelValue < 0 || labelValue != Math.rint(labelValue) || labelValue > 999) {
                throw cellError(row, label, names, i, "the label must be 0 or 1 (or a class number 0, 1, 2, … for "
                        + "more than two classes), got " + row.fields().get(label).strip());
            }
            y[i] = (int) labelValue;
            if (w != null) {
                w[i] = number(row, weight, names, i);
                if (w[i] < 0) {
                    throw cellError(row, weight, names, i, "a sample weight cannot be negative, got "
                            + row.fields().get(weight).strip());
                }
            }
        }
        checkBothClasses(y, w, names.get(label), weightColumn);
        return new TrainingData(file, "", featureNames, names.get(label), x, y, w, weightColumn);
    }

    private void checkBothClasses(int[] y, double[] w, String labelName, String weightName) throws ProblemException {
        double[] total = new double[Math.max(2, Arrays.stream(y).max().orElse(1) + 1)];
        for (int i = 0; i < y.length; i++) {
            total[y[i]] += w == null ? 1 : w[i];
        }
        for (int c = 0; c < 2; c++) {
            if (total[c] == 0) {
                String which = w == null ? "no sample has" : "the samples with weight above 0 have no";
                throw new ProblemException(file + ": " + which + " label " + c + " in column '" + labelName
                        + "'; logistic regression needs samples of both classes, 0 and 1"
                        + (w == null ? "" : " (the weights are in column '" + weightName + "')"));
            }
        }
    }

    private int column(Map<String, Integer> index, List<String> names, String wanted, String option, CsvLines.Line header)
            throws ProblemException {
        if (wanted == null) {
            throw ProblemException.at(file, header.number(), 0, null, "name the label column with --label; the columns are "
                    + String.join(", ", names));
        }
        Integer k = index.get(wanted);
        if (k == null) {
            // a one- or two-letter name is near every other short name: suggesting one would be a guess
            String suggestion = wanted.length() < 3 ? ""
                    : Spelling.nearest(wanted, names).map(s -> "; did you mean '" + s + "'?").orElse("");
            throw ProblemException.at(file, header.number(), 0, null, "there is no column '" + wanted + "' (" + option
                    + "); the columns are " + String.join(", ", names) + suggestion);
        }
        return k;
    }

    private double number(CsvLines.Line row, int k, List<String> names, int i) throws ProblemException {
        String text = row.fields().get(k).strip().replace('\u2212', '-');
        if (text.isEmpty()) {
            throw cellError(row, k, names, i, "the value is missing; expected a number");
        }
        if (!isDecimal(text)) {
            throw cellError(row, k, names, i, "expected a number, found '" + text + "'");
        }
        double value = Double.parseDouble(text);
        if (Double.isInfinite(value)) {
            throw cellError(row, k, names, i, "the number " + text + " is too large");
        }
        return value;
    }

    /** A decimal number as people write it: sign, digits with an optional point, optional exponent. */
    static boolean isDecimal(String s) {
        int i = 0;
        int len = s.length();
        if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < len && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < len && s.charAt(i) == '.') {
            i++;
            while (i < len && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < len && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < len && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponent = 0;
            while (i < len && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
                i++;
                exponent++;
            }
            if (exponent == 0) {
                return false;
            }
        }
        return i == len;
    }

    private ProblemException cellError(CsvLines.Line row, int k, List<String> names, int i, String what) {
        return ProblemException.at(file, row.number(), row.columns()[k], names.get(k) + " (sample " + (i + 1) + ")", what);
    }
}
