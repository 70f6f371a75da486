package org.showwork.cli;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.render.TemplateRendering;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import picocli.CommandLine.Command;

/**
 * Renders the tutorial in every format into memory and throws it away. The launcher runs it once
 * after a build with -XX:ArchiveClassesAtExit, so that the class-data archive holds every class a
 * later run needs and each start is faster. Hidden from --help: it is not for users.
 */
@Command(name = "warm-up", hidden = true, description = "Exercise every format once (used by the launcher).")
final class WarmUpCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Trace trace = Tracer.trace(ShowworkCommand.tutorial());
        Document document = DerivationView.of(trace);
        TemplateRendering templates = TemplateRendering.builtIn();
        for (Format format : Format.values()) {
            if (format == Format.json) {
                new JsonRenderer().render(trace, new StringWriter());
            } else if (format.binary()) {
                format.write(document, templates, org.showwork.render.pdf.Paper.A4, new ByteArrayOutputStream());
            } else {
                format.write(document, templates, new StringWriter());
            }
        }
        return 0;
    }
}
