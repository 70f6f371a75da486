package org.showwork.check;

/**
 * A submission that cannot be read at all (no such file, a format showwork does not know, malformed
 * YAML): the message names the file and, where it can, the line and column.
 */
public class SubmissionException extends Exception {
    public SubmissionException(String message) {
        super(message);
    }
}
