package org.showwork.problem;

/**
 * A mistake in a problem the user wrote: the message names the file, the line and column, and the
 * key or sample at fault, so that it can be printed as it is, without a stack trace.
 */
public class ProblemException extends Exception {

    public ProblemException(String message) {
        super(message);
    }

    /** A message of the form {@code file, line L, column C, at KEY: what is wrong}. */
    public static ProblemException at(String file, int line, int column, String where, String what) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
            if (column > 0) {
                s.append(", column ").append(column);
            }
        }
        if (where != null && !where.isEmpty()) {
            s.append(", at ").append(where);
        }
        return new ProblemException(s.append(": ").append(what).toString());
    }
}
