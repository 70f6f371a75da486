package org.showwork.cli;

import org.showwork.render.Format;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.pdf.Paper;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code showwork derive PROBLEM.yaml}: the worked derivation of one problem. */
@Command(name = "derive", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Works a problem through gradient descent, showing every number and where it came from.")
final class DeriveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROBLEM.yaml", description = "The problem file (see README).")
    Path problemFile;

    @Mixin
    DocumentOptions document;

    @Option(names = "--worksheet",
            description = "Leave quantities blank for students (labelled with their ids) and write the full answer key "
                    + "beside the worksheet, as NAME-key.EXT.")
    boolean worksheet;

    @Option(names = "--blank", paramLabel = "LIST", defaultValue = "all", converter = BlankList.Converter.class,
            description = "With --worksheet: what to leave blank, e.g. p,loss,error,grad or p[4],t2:cost "
                    + "(kinds, ids, or the groups all, forward, sums, grad, update; default: ${DEFAULT-VALUE}).")
    BlankList blank;

    @Override
    public Integer call() throws Exception {
        Format format = document.format;
        Path output = document.output;
        if (worksheet && (format == Format.json || output == null)) {
            throw new UserException(format == Format.json
                    ? "a worksheet is a document: use -f md, html, pdf or tex"
                    : "a worksheet comes with its answer key: name the worksheet's file with -o, e.g. -o worksheet.md");
        }
        document.check();
        Problem problem = ProblemReader.read(problemFile);
        Trace trace = Tracer.trace(problem);
        OutputPlan plan = OutputPlan.create().input(problemFile, "the problem file");
        if (worksheet) {
            BlankSelection selection = blank.selection("--blank", problem);
            TemplateRendering rendering = document.rendering();
            Paper paper = document.paperSize();
            Document key = DerivationView.of(trace);
            Document sheet = DerivationView.worksheet(trace, selection);
            plan.document(key, format, sibling(output, "-key")).document(sheet, format, output);
            // both rendered before either is written: a failing template leaves neither behind
            DocumentOutput.Rendered keyFiles = DocumentOutput.render(key, format, sibling(output, "-key"), rendering, paper);
            DocumentOutput.Rendered sheetFiles = DocumentOutput.render(sheet, format, output, rendering, paper);
            keyFiles.writeWith(Output.WHOLE_OR_NOTHING);
            sheetFiles.writeWith(Output.WHOLE_OR_NOTHING);
        } else if (format == Format.json) {
            plan.file(output);
            Output.write(output, spec.commandLine().getOut(), out -> new JsonRenderer().render(trace, out));
        } else {
            Document derivation = DerivationView.of(trace);
            plan.document(derivation, format, output);
            DocumentOutput.write(derivation, format, output, document.rendering(), document.paperSize(), spec);
        }
        return 0;
    }

    /** The file beside {@code path} with {@code suffix} added to its name, before the extension. */
    static Path sibling(Path path, String suffix) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + suffix + name.substring(dot) : name + suffix;
        return path.resolveSibling(renamed);
    }
}
