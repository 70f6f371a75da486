package org.showwork.derive;

import org.showwork.problem.ProblemInput;

/**
 * A value of the derivation left the range of doubles (the inputs were finite, but, say,
 * 1e200·1e200 is not). It is the problem's numbers that cannot be worked, so the message is for
 * the user: which quantity, which input of the problem file it came from, and what to do. The
 * message ({@link #getMessage}) names the file and the input; the command line adds the input's
 * line, found again in the file.
 */
public final class ArithmeticOverflow extends RuntimeException {

    private final String source;
    private final ProblemInput input;
    private final String what;

    ArithmeticOverflow(String source, ProblemInput input, String what) {
        super(source + ", at " + input.where() + ": " + what);
        this.source = source;
        this.input = input;
        this.what = what;
    }

    /** The problem's file, as the problem names it. */
    public String source() {
        return source;
    }

    /** The input the overflowing value came from. */
    public ProblemInput input() {
        return input;
    }

    /** What went wrong, without the file and input. */
    public String what() {
        return what;
    }
}
