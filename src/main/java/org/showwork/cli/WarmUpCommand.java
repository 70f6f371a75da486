package org.showwork.cli;

import org.showwork.render.Format;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.fit.Fit;
import org.showwork.fit.FitSettings;
import org.showwork.fit.Fitter;
import org.showwork.problem.FitProblemReader;
import org.showwork.render.pdf.Paper;
import org.showwork.render.view.FitView;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import picocli.CommandLine.Command;

/**
 * Renders the tutorial in every format into memory and throws it away. The launcher runs it once
 * after a build with -XX:DumpLoadedClassList, so that the class-data archive it then dumps holds
 * every class a later run needs and each start is faster. Hidden from --help: it is not for users.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise every format once (used by the launcher).")
final class WarmUpCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Main.commandLine(); // every command's options, as picocli reads them for --help
        Trace trace = Tracer.trace(ShowworkCommand.tutorial());
        Document document = DerivationView.of(trace);
        TemplateRendering templates = TemplateRendering.builtIn();
        for (Format format : Format.values()) {
            if (format == Format.json) {
                new JsonRenderer().render(trace, new StringWriter());
            } else if (format.binary()) {
                format.write(document, templates, Paper.A4, new ByteArrayOutputStream());
            } else {
                format.write(document, templates, new StringWriter());
            }
        }
        // the fit's classes too (Commons Math, the simplex, the fit's view)
        Fit fit = Fitter.fit(FitProblemReader.readProblemFile(ShowworkCommand.tutorialText(), ShowworkCommand.TUTORIAL),
                FitSettings.defaults());
        format(FitView.of(fit), templates);
        return 0;
    }

    private static void format(Document document, TemplateRendering templates) throws Exception {
        Format.md.write(document, templates, new StringWriter());
    }
}
