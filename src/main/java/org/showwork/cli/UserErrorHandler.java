package org.showwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.showwork.derive.ArithmeticOverflow;
import org.showwork.fit.FitOverflow;
import org.showwork.problem.ProblemException;
import org.showwork.problem.TextFile;
import org.showwork.render.TemplateError;
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
                || e instanceof FitOverflow || e instanceof TemplateError) {
            cli.getErr().println("showwork: " + (e instanceof ArithmeticOverflow o ? located(o) : e.getMessage()));
            cli.getErr().flush();
            return BAD_INPUT;
        }
        throw e;
    }

    /** The overflow's message with the line of the input it came from, read again from the problem file. */
    static String located(ArithmeticOverflow overflow) {
        Path file = Path.of(overflow.source());
        if (!Files.isRegularFile(file)) {
            return overflow.getMessage();
        }
        try {
            return overflow.input().locate(TextFile.read(file))
                    .map(node -> ProblemException.at(overflow.source(), node.line(), node.column(),
                            overflow.input().where(), overflow.what()).getMessage())
                    .orElse(overflow.getMessage());
        } catch (ProblemException e) {
            return overflow.getMessage();
        }
    }
}
