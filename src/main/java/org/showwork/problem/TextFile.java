package org.showwork.problem;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file the user named (a problem, a template, a roster, a submission, a CSV) as UTF-8
 * text, turning what can go wrong into one message that names the file.
 */
public final class TextFile {
    private TextFile() {}

    public static String read(Path path) throws ProblemException {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure(path, e);
        }
    }

    /** What went wrong reading a user's text file, said for the user. */
    public static ProblemException failure(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ProblemException(path + ": no such file");
        }
        if (e instanceof CharacterCodingException) {
            return new ProblemException(path + ": is not a text file in UTF-8");
        }
        return new ProblemException(path + ": cannot be read (" + e.getMessage() + ")");
    }
}
