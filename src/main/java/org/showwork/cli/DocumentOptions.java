package org.showwork.cli;

import org.showwork.render.Format;
import java.nio.file.Path;
import org.showwork.render.TemplateRendering;
import org.showwork.render.pdf.Paper;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command that writes one document shares: its format, the file to write, a
 * lecturer's own templates and the paper of a PDF (the last two mixins of their own, which
 * generate and check share too). A picocli mixin, so that the options read the same in every command.
 */
final class DocumentOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Document format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write the document to this file (whole or not at all) instead of standard output.")
    Path output;

    @Mixin
    TemplatesOption templates;

    @Mixin
    PaperOption paper;

    Paper paperSize() {
        return paper.paper;
    }

    /** Rules out what cannot be written: a binary format to the console, a template folder that is not there. */
    void check() throws UserException {
        if (format.binary() && output == null) {
            throw new UserException("a " + format + " is binary: name the file to write with -o, e.g. -o handout.pdf");
        }
        templates.check();
    }

    TemplateRendering rendering() throws UserException {
        return templates.rendering();
    }
}
