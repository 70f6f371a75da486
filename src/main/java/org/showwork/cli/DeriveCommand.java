package org.showwork.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.exercise.BlankSelection;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
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

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates, by the names of ours (md/table.md, html/derivation.html, …), used before ours.")
    Path templates;

    @Option(names = "--worksheet",
            description = "Leave quantities blank for students (labelled with their ids) and write the full answer key "
                    + "beside the worksheet, as NAME-key.EXT.")
    boolean worksheet;

    @Option(names = "--blank", paramLabel = "LIST", defaultValue = "all",
            description = "With --worksheet: what to leave blank, e.g. p,loss,error,grad or p[4],t2:cost "
                    + "(kinds, ids, or the groups all, forward, sums, grad, update; default: ${DEFAULT-VALUE}).")
    String blank;

    @Override
    public Integer call() throws Exception {
        if (worksheet && (format == Format.json || output == null)) {
            throw new UserException(format == Format.json
                    ? "a worksheet is a document: use -f md, html, pdf or tex"
                    : "a worksheet comes with its answer key: name the worksheet's file with -o, e.g. -o worksheet.md");
        }
        if (format.binary() && output == null) {
            throw new UserException("a " + format + " is binary: name the file to write with -o, e.g. -o handout.pdf");
        }
        if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
            throw new UserException(templates + ": no such folder of templates");
        }
        Problem problem = ProblemReader.read(problemFile);
        if (worksheet) {
            BlankSelection selection = BlankSelection.parse(blank, problem.featureCount()).orElseThrow(() ->
                    new UserException("--blank " + blank + ": use quantity names, ids such as p[4] or t2:cost, or "
                            + String.join(", ", BlankSelection.names())));
            Trace trace = Tracer.trace(problem);
            TemplateRendering rendering = templates(templates);
            Path key = sibling(output, "-key");
            DocumentOutput.write(DerivationView.of(trace), format, key, rendering, spec);
            DocumentOutput.write(DerivationView.worksheet(trace, selection), format, output, rendering, spec);
            return 0;
        }
        render(problem, format, output, templates, spec);
        return 0;
    }

    /** The file beside {@code path} with {@code suffix} added to its name, before the extension. */
    static Path sibling(Path path, String suffix) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return path.resolveSibling(renamed);
    }

    static TemplateRendering templates(Path folder) {
        return folder == null ? TemplateRendering.builtIn() : TemplateRendering.withOverrides(folder);
    }

    static void render(Problem problem, Format format, Path output, Path templateFolder, CommandSpec spec)
            throws Exception {
        Trace trace = Tracer.trace(problem);
        if (format == Format.json) {
            Output.write(output, spec.commandLine().getOut(), out -> new JsonRenderer().render(trace, out));
            return;
        }
        DocumentOutput.write(DerivationView.of(trace), format, output, templates(templateFolder), spec);
    }

}
