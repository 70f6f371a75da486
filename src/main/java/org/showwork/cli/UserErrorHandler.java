package org.showwork.cli;

import org.showwork.derive.ArithmeticOverflow;
import org.showwork.fit.FitOverflow;
import org.showwork.problem.ProblemException;
import picocli.CommandLine;

/**
 * Turns a mistake the user made into one line on standard error and exit code 2. Anything else is
 * a programming error and keeps its stack trace, because that is what a bug report needs.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof ProblemException || e instanceof UserException || e instanceof ArithmeticOverflow
                || e instanceof FitOverflow) {
            cli.getErr().println("showwork: " + e.getMessage());
            cli.getErr().flush();
            return BAD_INPUT;
        }
        throw e;
    }
}
