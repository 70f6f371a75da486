package org.showwork.problem;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a CSV file as spreadsheets write it, split into fields that remember the line and
 * column they start at, so that every reader of CSV (training data, a class roster) can point at the
 * cell at fault.
 */
public final class CsvLines {
    private CsvLines() {}

    /** One line's fields, each with the column (1-based, in characters) where it starts. */
    public record Line(int number, List<String> fields, int[] columns) {}

    /**
     * Splits the text into non-blank lines of comma-separated fields; double quotes may enclose a
     * field (with "" for a quote inside it). A byte-order mark is for the caller to remove.
     */
    public static List<Line> split(String text, String file) throws ProblemException {
        List<Line> lines = new ArrayList<>();
        int lineNumber = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNumber++;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (!line.isBlank()) {
                lines.add(fields(line, lineNumber, file));
            }
            start = end + 1;
        }
        return lines;
    }

    private static Line fields(String line, int number, String file) throws ProblemException {
        List<String> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        int k = 0;
        while (true) {
            columns.add(k + 1);
            int fieldStart = k;
            while (k < line.length() && line.charAt(k) == ' ') {
                k++;
            }
            if (k < line.length() && line.charAt(k) == '"') {
                StringBuilder s = new StringBuilder();
                k++;
                while (true) {
                    if (k >= line.length()) {
                        throw ProblemException.at(file, number, fieldStart + 1, null, "a quoted field is not closed");
                    }
                    char c = line.charAt(k++);
                    if (c == '"') {
                        if (k < line.length() && line.charAt(k) == '"') {
                            s.append('"');
                            k++;
                        } else {
                            break;
                        }
                    } else {
                        s.append(c);
                    }
                }
                while (k < line.length() && line.charAt(k) == ' ') {
                    k++;
                }
                if (k < line.length() && line.charAt(k) != ',') {
                    throw ProblemException.at(file, number, k + 1, null, "unexpected text after a quoted field");
                }
                fields.add(s.toString());
            } else {
                int comma = line.indexOf(',', k);
                int end = comma < 0 ? line.length() : comma;
                fields.add(line.substring(fieldStart, end));
                k = end;
            }
            if (k >= line.length()) {
                break;
            }
            k++;   // past the comma
        }
        return new Line(number, fields, columns.stream().mapToInt(Integer::intValue).toArray());
    }
}
