package org.showwork.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code showwork derive PROBLEM.yaml}: the worked derivation of one problem. */
@Command(name = "derive", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Works a problem through gradient descent, showing every number and where it came from.")
final class DeriveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM.yaml", description = "The problem file (see README).")
    Path problemFile;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Document format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write the document to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws Exception {
        Problem problem = ProblemReader.read(problemFile);
        render(problem, format, output, spec);
        return 0;
    }

    static void render(Problem problem, Format format, Path output, CommandSpec spec) throws Exception {
        Trace trace = Tracer.trace(problem);
        Output.write(output, spec.commandLine().getOut(), out -> format.renderer().render(trace, out));
    }
}
