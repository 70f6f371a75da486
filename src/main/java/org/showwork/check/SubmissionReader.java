package org.showwork.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.showwork.problem.ProblemException;
import org.showwork.problem.TextFile;

/**
 * Reads a submission in whichever of its three forms the file's extension names: a filled-in
 * Markdown worksheet ({@code .md}), a CSV of {@code id,value} rows ({@code .csv}) or YAML of
 * {@code id: value} pairs ({@code .yaml}, {@code .yml}).
 */
public final class SubmissionReader {
    private SubmissionReader() {}

    /** The extensions of submission files, for picking them out of a folder. */
    public static final List<String> EXTENSIONS = List.of("md", "markdown", "csv", "yaml", "yml");

    /** An id as students label answers: a name, perhaps a step prefix, perhaps indices (checked against the problem later). */
    static final Pattern ID = Pattern.compile("(?:t\\d+:)?[A-Za-z_][A-Za-z_0-9]*(?:\\[[^\\]]*])?");

    public static boolean isSubmission(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /**
     * The largest submission read, in bytes (or characters of text): a worksheet of a long run is a
     * few hundred kilobytes, and one student's file must not stall a class (or the web server).
     */
    public static final int MAX_SIZE = 1 << 20;

    public static Submission read(Path file) throws SubmissionException {
        String name = file.toString();
        String text;
        try {
            if (Files.size(file) > MAX_SIZE) {
                throw tooLarge(name, Files.size(file));
            }
        } catch (IOException e) {
            // TextFile.read says what is wrong with the file
        }
        try {
            text = TextFile.read(file);
        } catch (ProblemException e) {
            throw new SubmissionException(e.getMessage());
        }
        return read(text, name);
    }

    /** Reads the text of a submission whose file is called {@code name}. */
    public static Submission read(String text, String name) throws SubmissionException {
        if (text.length() > MAX_SIZE) {
            throw tooLarge(name, text.length());
        }
        String student = stem(name);
        return switch (extension(Path.of(name))) {
            case "md", "markdown" -> MarkdownAnswers.read(text, name, student);
            case "csv" -> CsvAnswers.read(text, name, student);
            case "yaml", "yml" -> YamlAnswers.read(text, name, student);
            default -> throw new SubmissionException(name + ": cannot tell what kind of submission this is; "
                    + "name it .md (a filled-in worksheet), .csv (rows of id,value) or .yaml (id: value)");
        };
    }

    private static SubmissionException tooLarge(String name, long size) {
        return new SubmissionException(name + ": is " + String.format(Locale.ROOT, "%.1f", size / 1048576.0)
                + " MB, and a submission may be at most " + (MAX_SIZE >> 20) + " MB (a filled-in worksheet is far "
                + "smaller); is it the right file?");
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A file's name without its extension: who handed it in, unless the file names them. */
    public static String stem(String name) {
        String file = Path.of(name).getFileName().toString();
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** A message about a place in a file: {@code file, line L: what}. */
    static String at(String file, int line, String what) {
        return file + (line > 0 ? ", line " + line : "") + ": " + what;
    }
}
