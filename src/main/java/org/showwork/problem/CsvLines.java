package org.showwork.problem;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The lines of a CSV file as spreadsheets write it, split into fields that remember the line and
 * column they start at, so that every reader of CSV (training data, a class roster) can point at the
 * cell at fault. Small files are split whole ({@link #split}); a large one is read a row at a time
 * through a {@link Cursor}, whose fields are ranges of one reused buffer, so that reading 100,000
 * rows makes no object per field.
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
        Cursor cursor = new Cursor(new StringReader(text), file);
        try {
            while (cursor.next()) {
                List<String> fields = new ArrayList<>(cursor.fieldCount());
                int[] columns = new int[cursor.fieldCount()];
                for (int k = 0; k < cursor.fieldCount(); k++) {
                    fields.add(cursor.field(k));
                    columns[k] = cursor.column(k);
                }
                lines.add(new Line(cursor.lineNumber(), fields, columns));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        return lines;
    }

    /**
     * Reads the non-blank lines of CSV text one at a time. After {@link #next()} returns true, field
     * k of the line is {@code buffer()[start(k) .. end(k))}: an unquoted field as written (spaces
     * included), a quoted one without its quotes and with "" read as ".
     */
    public static final class Cursor {
        private final Reader in;
        private final String file;
        private final char[] chunk = new char[1 << 16];
        private int chunkLength;
        private int chunkPosition;
        private boolean endOfInput;

        private char[] line = new char[256];
        private int lineLength;
        private int lineNumber;

        private char[] fieldText = new char[256];
        private int fieldTextLength;
        private int[] starts = new int[16];
        private int[] ends = new int[16];
        private int[] columns = new int[16];
        private int fieldCount;

        public Cursor(Reader in, String file) {
            this.in = in;
            this.file = file;
        }

        /** Moves to the next non-blank line; false at the end of the text. */
        public boolean next() throws IOException, ProblemException {
            while (readLine()) {
                if (!blank()) {
                    split();
                    return true;
                }
            }
            return false;
        }

        public int lineNumber() {
            return lineNumber;
        }

        /** The current line's length in characters. */
        public int width() {
            return lineLength;
        }

        public int fieldCount() {
            return fieldCount;
        }

        /** The column (1-based, in characters) where field k starts. */
        public int column(int k) {
            return columns[k];
        }

        public char[] buffer() {
            return fieldText;
        }

        public int start(int k) {
            return starts[k];
        }

        public int end(int k) {
            return ends[k];
        }

        /** Field k as a string (for names and messages: data rows are read from the buffer). */
        public String field(int k) {
            return new String(fieldText, starts[k], ends[k] - starts[k]);
        }

        private boolean readLine() throws IOException {
            lineLength = 0;
            boolean any = false;
            while (true) {
                if (chunkPosition == chunkLength) {
                    if (endOfInput || !fill()) {
                        if (any || lineLength > 0) {
                            lineNumber++;
                            trimCarriageReturn();
                            return true;
                        }
                        return false;
                    }
                }
                any = true;
                int from = chunkPosition;
                int newline = from;
                while (newline < chunkLength && chunk[newline] != '\n') {
                    newline++;
                }
                append(chunk, from, newline - from);
                chunkPosition = newline;
                if (newline < chunkLength) {
                    chunkPosition++;   // past the line feed
                    lineNumber++;
                    trimCarriageReturn();
                    return true;
                }
            }
        }

        private boolean fill() throws IOException {
            int read = in.read(chunk, 0, chunk.length);
            if (read <= 0) {
                endOfInput = true;
                chunkLength = 0;
                chunkPosition = 0;
                return false;
            }
            chunkLength = read;
            chunkPosition = 0;
            return true;
        }

        private void append(char[] source, int from, int length) {
            if (lineLength + length > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + length));
            }
            System.arraycopy(source, from, line, lineLength, length);
            lineLength += length;
        }

        private void trimCarriageReturn() {
            if (lineLength > 0 && line[lineLength - 1] == '\r') {
                lineLength--;
            }
        }

        private boolean blank() {
            for (int k = 0; k < lineLength; k++) {
                if (!Character.isWhitespace(line[k])) {
                    return false;
                }
            }
            return true;
        }

        private void split() throws ProblemException {
            fieldCount = 0;
            fieldTextLength = 0;
            if (fieldText.length < lineLength) {
                fieldText = new char[Math.max(fieldText.length * 2, lineLength)];
            }
            int k = 0;
            while (true) {
                int fieldStart = k;
                while (k < lineLength && line[k] == ' ') {
                    k++;
                }
                int begin = fieldTextLength;
                k = k < lineLength && line[k] == '"' ? quoted(k + 1, fieldStart) : unquoted(k, fieldStart);
                add(begin, fieldTextLength, fieldStart + 1);
                if (k >= lineLength) {
                    return;
                }
                k++;   // past the comma
            }
        }

        /** Reads an unquoted field as written, its leading spaces included; returns where it ends. */
        private int unquoted(int k, int fieldStart) {
            int end = k;
            while (end < lineLength && line[end] != ',') {
                end++;
            }
            System.arraycopy(line, fieldStart, fieldText, fieldTextLength, end - fieldStart);
            fieldTextLength += end - fieldStart;
            return end;
        }

        /** Reads a quoted field from just after its opening quote; returns where the field ends. */
        private int quoted(int k, int fieldStart) throws ProblemException {
            while (true) {
                if (k >= lineLength) {
                    throw ProblemException.at(file, lineNumber, fieldStart + 1, null, "a quoted field is not closed");
                }
                char c = line[k++];
                if (c == '"') {
                    if (k < lineLength && line[k] == '"') {
                        fieldText[fieldTextLength++] = '"';
                        k++;
                    } else {
                        break;
                    }
                } else {
                    fieldText[fieldTextLength++] = c;
                }
            }
            while (k < lineLength && line[k] == ' ') {
                k++;
            }
            if (k < lineLength && line[k] != ',') {
                throw ProblemException.at(file, lineNumber, k + 1, null, "unexpected text after a quoted field");
            }
            return k;
        }

        private void add(int start, int end, int column) {
            if (fieldCount == starts.length) {
                starts = Arrays.copyOf(starts, fieldCount * 2);
                ends = Arrays.copyOf(ends, fieldCount * 2);
                columns = Arrays.copyOf(columns, fieldCount * 2);
            }
            starts[fieldCount] = start;
            ends[fieldCount] = end;
            columns[fieldCount] = column;
            fieldCount++;
        }
    }
}
