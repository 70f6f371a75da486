package org.showwork.problem;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem's samples kept in a CSV file beside it ({@code samples: {file: data.csv}}), for data
 * too many to list in YAML: a header row naming the features and then the label (the last
 * column), one row per sample. Numbers are read as written, as decimals, like a problem file's;
 * the file is read a row at a time, so memory grows with the samples alone.
 */
final class SampleFile {
    private SampleFile() {}

    /** The samples and the feature names the header gives. */
    record Table(List<String> featureNames, List<Sample> samples) {}

    /** Whether a {@code samples:} value names a file rather than listing the samples. */
    static boolean names(YamlNode value) {
        return value instanceof YamlNode.Mapping m && m.entries().containsKey("file");
    }

    /**
     * @param problemFile the problem file, whose folder a relative path starts from
     * @param entry       the {@code samples:} entry, a mapping with the one key {@code file}
     */
    static Table read(String problemFile, YamlNode.Entry entry) throws ProblemException {
        YamlNode.Mapping value = (YamlNode.Mapping) entry.value();
        YamlNode.Entry named = value.entries().get("file");
        if (value.entries().size() != 1 || !(named.value() instanceof YamlNode.Scalar scalar) || scalar.text().isBlank()) {
            throw ProblemException.at(problemFile, entry.line(), entry.column(), "samples",
                    "samples: {file: NAME.csv} names a CSV file of samples (header row of feature names and the label, "
                            + "then one row per sample) and nothing else");
        }
        Path folder = Path.of(problemFile).toAbsolutePath().getParent();
        Path path = folder == null ? Path.of(scalar.text().strip()) : folder.resolve(scalar.text().strip());
        String name = path.toString();
        try (Reader in = new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(new CsvLines.Cursor(in, name), name);
        } catch (NoSuchFileException e) {
            throw ProblemException.at(problemFile, named.line(), named.column(), "samples", "the sample file " + name
                    + " does not exist");
        } catch (CharacterCodingException e) {
            throw new ProblemException(name + ": is not a text file in UTF-8");
        } catch (IOException e) {
            throw new ProblemException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Table read(CsvLines.Cursor rows, String file) throws IOException, ProblemException {
        if (!rows.next()) {
            throw new ProblemException(file + ": the file is empty; expected a header row (the features, then the label) "
                    + "and one row per sample");
        }
        int width = rows.fieldCount();
        if (width < 2) {
            throw ProblemException.at(file, rows.lineNumber(), 0, "the header", "a sample file has at least one feature "
                    + "column and then the label column");
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < width - 1; k++) {
            names.add(rows.field(k).strip().replace("\uFEFF", ""));
        }
        int headerLine = rows.lineNumber();
        List<Sample> samples = new ArrayList<>();
        while (rows.next()) {
            int i = samples.size() + 1;
            if (rows.fieldCount() != width) {
                throw ProblemException.at(file, rows.lineNumber(), 0, "sample " + i, "this row has " + rows.fieldCount()
                        + " value(s) but the header (line " + headerLine + ") names " + width + " columns");
            }
            List<BigDecimal> x = new ArrayList<>(width - 1);
            for (int k = 0; k < width - 1; k++) {
                x.add(number(rows, k, file, i));
            }
            BigDecimal label = number(rows, width - 1, file, i);
            if (label.compareTo(BigDecimal.ZERO) != 0 && label.compareTo(BigDecimal.ONE) != 0) {
                throw ProblemException.at(file, rows.lineNumber(), rows.column(width - 1), "sample " + i + ", label",
                        "the label must be 0 or 1, got " + rows.field(width - 1).strip());
            }
            samples.add(new Sample(x, label.signum() == 0 ? 0 : 1));
        }
        if (samples.isEmpty()) {
            throw ProblemException.at(file, headerLine, 0, null, "there are no samples after the header");
        }
        return new Table(names, samples);
    }

    private static BigDecimal number(CsvLines.Cursor rows, int k, String file, int i) throws ProblemException {
        String text = rows.field(k).strip().replace('\u2212', '-');
        String where = "sample " + i + ", column " + (k + 1);
        if (!CsvDataReader.isDecimal(text)) {
            throw ProblemException.at(file, rows.lineNumber(), rows.column(k), where,
                    text.isEmpty() ? "the value is missing; expected a number" : "expected a number, found '" + text + "'");
        }
        BigDecimal value = new BigDecimal(text);
        if (Double.isInfinite(value.doubleValue())) {
            throw ProblemException.at(file, rows.lineNumber(), rows.column(k), where, "the value " + text + " is too large");
        }
        return value;
    }
}
