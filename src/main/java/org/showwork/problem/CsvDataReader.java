package org.showwork.problem;

import com.fasterxml.jackson.core.io.NumberInput;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
        String name = path.toString();
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(path), utf8)) {
            long bytes = Files.size(path);
            return new CsvDataReader(name, labelColumn, weightColumn).parse(in, bytes);
        } catch (IOException e) {
            throw TextFile.failure(path, e);
        }
    }

    public static TrainingData read(String text, String name, String labelColumn, String weightColumn)
            throws ProblemException {
        try {
            return new CsvDataReader(name, labelColumn, weightColumn).parse(new StringReader(text), text.length());
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
    }

    /** The header's columns: names, and which are features, the label and the weights. */
    private record Columns(List<String> names, int[] features, int label, int weight, int headerLine) {}

    private TrainingData parse(Reader in, long size) throws IOException, ProblemException {
        Reader text = withoutByteOrderMark(in);
        CsvLines.Cursor rows = new CsvLines.Cursor(text, file);
        if (!rows.next()) {
            throw new ProblemException(file + ": the file is empty; expected a header row of column names "
                    + "and then one row per sample");
        }
        Columns columns = header(rows);
        int d = columns.features().length;
        Samples samples = new Samples(d, columns.weight() >= 0, size);
        while (rows.next()) {
            row(rows, columns, samples);
        }
        int n = samples.count;
        if (n < 2) {
            throw ProblemException.at(file, columns.headerLine(), 0, null, "there " + (n == 0 ? "are no samples" : "is one sample")
                    + " after the header; a fit needs at least two");
        }
        String label = columns.names().get(columns.label());
        checkBothClasses(samples.y(), samples.w(), label, weightColumn);
        List<String> featureNames = new ArrayList<>();
        for (int k : columns.features()) {
            featureNames.add(columns.names().get(k));
        }
        return TrainingData.owning(file, "", featureNames, label, samples.x(), samples.y(), samples.w(), weightColumn);
    }

    /** A byte-order mark, as spreadsheet programs write, is not part of the first column's name. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader text = new PushbackReader(in, 1);
        int first = text.read();
        if (first >= 0 && first != '\uFEFF') {
            text.unread(first);
        }
        return text;
    }

    private Columns header(CsvLines.Cursor header) throws ProblemException {
        List<String> names = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < header.fieldCount(); k++) {
            String columnName = header.field(k).strip();
            if (columnName.isEmpty()) {
                throw ProblemException.at(file, header.lineNumber(), header.column(k), "the header",
                        "column " + (k + 1) + " has no name; the first row names every column");
            }
            if (index.containsKey(columnName)) {
                throw ProblemException.at(file, header.lineNumber(), header.column(k), columnName,
                        "the column name '" + columnName + "' appears twice in the header");
            }
            index.put(columnName, k);
            names.add(columnName);
        }
        int label = column(index, names, labelColumn, "--label", header.lineNumber());
        int weight = weightColumn == null ? -1 : column(index, names, weightColumn, "--sample-weight", header.lineNumber());
        if (label == weight) {
            throw ProblemException.at(file, header.lineNumber(), 0, null, "the column '" + labelColumn
                    + "' cannot be both the label and the sample weights");
        }
        int[] features = IntStream.range(0, names.size()).filter(k -> k != label && k != weight).toArray();
        if (features.length == 0) {
            throw ProblemException.at(file, header.lineNumber(), 0, null, "there are no feature columns: besides the "
                    + "label" + (weight >= 0 ? " and the sample weights" : "") + " the file needs at least one column of features");
        }
        return new Columns(names, features, label, weight, header.lineNumber());
    }

    private void row(CsvLines.Cursor row, Columns columns, Samples samples) throws ProblemException {
        List<String> names = columns.names();
        int i = samples.count;
        if (row.fieldCount() != names.size()) {
            throw ProblemException.at(file, row.lineNumber(), 0, "sample " + (i + 1), "this row has "
                    + row.fieldCount() + " value(s) but the header (line " + columns.headerLine() + ") names "
                    + names.size() + " columns; every row needs one value per column");
        }
        double[] x = samples.next(row.width());
        int base = i * columns.features().length;
        for (int j = 0; j < columns.features().length; j++) {
            x[base + j] = number(row, columns.features()[j], names, i);
        }
        double labelValue = number(row, columns.label(), names, i);
        if (labelValue < 0 || labelValue != Math.rint(labelValue) || labelValue > 999) {
            throw cellError(row, columns.label(), names, i, "the label must be 0 or 1 (or a class number 0, 1, 2, … "
                    + "for more than two classes), got " + row.field(columns.label()).strip());
        }
        samples.label(i, (int) labelValue);
        if (columns.weight() >= 0) {
            double w = number(row, columns.weight(), names, i);
            if (w < 0) {
                throw cellError(row, columns.weight(), names, i, "a sample weight cannot be negative, got "
                        + row.field(columns.weight()).strip());
            }
            samples.weight(i, w);
        }
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

    private int column(Map<String, Integer> index, List<String> names, String wanted, String option, int headerLine)
            throws ProblemException {
        if (wanted == null) {
            throw ProblemException.at(file, headerLine, 0, null, "name the label column with --label; the columns are "
                    + String.join(", ", names));
        }
        Integer k = index.get(wanted);
        if (k == null) {
            // a one- or two-letter name is near every other short name: suggesting one would be a guess
            String suggestion = wanted.length() < 3 ? ""
                    : Spelling.nearest(wanted, names).map(s -> "; did you mean '" + s + "'?").orElse("");
            throw ProblemException.at(file, headerLine, 0, null, "there is no column '" + wanted + "' (" + option
                    + "); the columns are " + String.join(", ", names) + suggestion);
        }
        return k;
    }

    /**
     * The number in field k, read straight from the cursor's buffer (Jackson's fast, correctly
     * rounded parser gives the same double as {@link Double#parseDouble}); a cell with a Unicode
     * minus or with spaces around it takes the slower way through a string.
     */
    private double number(CsvLines.Cursor row, int k, List<String> names, int i) throws ProblemException {
        char[] buffer = row.buffer();
        int start = row.start(k);
        int end = row.end(k);
        if (isDecimal(buffer, start, end)) {
            return finite(row, k, names, i, NumberInput.parseDouble(buffer, start, end - start, true));
        }
        String text = row.field(k).strip().replace('\u2212', '-');
        if (text.isEmpty()) {
            throw cellError(row, k, names, i, "the value is missing; expected a number");
        }
        if (!isDecimal(text)) {
            throw cellError(row, k, names, i, "expected a number, found '" + text + "'");
        }
        return finite(row, k, names, i, Double.parseDouble(text));
    }

    private double finite(CsvLines.Cursor row, int k, List<String> names, int i, double value) throws ProblemException {
        if (Double.isInfinite(value)) {
            throw cellError(row, k, names, i, "the number " + row.field(k).strip().replace('\u2212', '-') + " is too large");
        }
        return value;
    }

    static boolean isDecimal(String s) {
        return isDecimal(s.toCharArray(), 0, s.length());
    }

    /** A decimal number as people write it: sign, digits with an optional point, optional exponent. */
    static boolean isDecimal(char[] s, int from, int end) {
        int i = pastSign(s, from, end);
        int integerEnd = pastDigits(s, i, end);
        int digits = integerEnd - i;
        i = integerEnd;
        if (i < end && s[i] == '.') {
            int fractionEnd = pastDigits(s, i + 1, end);
            digits += fractionEnd - (i + 1);
            i = fractionEnd;
        }
        if (digits == 0) {
            return false;
        }
        if (i < end && (s[i] == 'e' || s[i] == 'E')) {
            int exponentStart = pastSign(s, i + 1, end);
            i = pastDigits(s, exponentStart, end);
            if (i == exponentStart) {
                return false;
            }
        }
        return i == end;
    }

    private static int pastSign(char[] s, int i, int end) {
        return i < end && (s[i] == '+' || s[i] == '-') ? i + 1 : i;
    }

    /** Past a run of the digits 0 to 9 (other scripts' digits are not read as numbers). */
    private static int pastDigits(char[] s, int i, int end) {
        while (i < end && s[i] >= '0' && s[i] <= '9') {
            i++;
        }
        return i;
    }

    private ProblemException cellError(CsvLines.Cursor row, int k, List<String> names, int i, String what) {
        return ProblemException.at(file, row.lineNumber(), row.column(k), names.get(k) + " (sample " + (i + 1) + ")", what);
    }

    /**
     * The samples read so far, in arrays that grow as rows come: sized at the first row from the
     * file's length, so that a large file is seldom copied, and cut to size at the end.
     */
    private static final class Samples {
        private final int d;
        private final long size;
        private double[] x = new double[0];
        private int[] y = new int[0];
        private double[] w;
        int count;

        Samples(int d, boolean weighted, long size) {
            this.d = d;
            this.size = size;
            this.w = weighted ? new double[0] : null;
        }

        /** Room for one more row (the caller writes its features at count·d); a row's width guides the first guess. */
        double[] next(int width) {
            if (count == y.length) {
                int rows = count == 0 ? (int) Math.min(1 << 24, size / (width + 1) + 16) : count + count / 4 + 16;
                x = Arrays.copyOf(x, rows * d);
                y = Arrays.copyOf(y, rows);
                if (w != null) {
                    w = Arrays.copyOf(w, rows);
                }
            }
            count++;
            return x;
        }

        void label(int i, int label) {
            y[i] = label;
        }

        void weight(int i, double weight) {
            w[i] = weight;
        }

        double[] x() {
            return x.length == count * d ? x : Arrays.copyOf(x, count * d);
        }

        int[] y() {
            return y.length == count ? y : Arrays.copyOf(y, count);
        }

        double[] w() {
            return w == null || w.length == count ? w : Arrays.copyOf(w, count);
        }
    }
}
