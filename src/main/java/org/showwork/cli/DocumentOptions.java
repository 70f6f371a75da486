package org.showwork.cli;

import org.showwork.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import org.showwork.render.TemplateRendering;
import org.showwork.render.pdf.Paper;
import picocli.CommandLine.Option;

/**
 * The options every command that writes a document shares: its format, the file to write, and a
 * lecturer's own templates. A picocli mixin, so that the options read the same in every command.
 */
final class DocumentOptions {

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Document format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Write the document to this file (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates, by the names of ours (md/table.md, html/derivation.html, …), used before ours.")
    Path templates;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "The paper of a PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    Paper paperSize() throws UserException {
        return paper(paper);
    }

    /** The paper named by {@code --paper}. */
    static Paper paper(String paper) throws UserException {
        return switch (paper.toLowerCase(java.util.Locale.ROOT)) {
            case "a4" -> Paper.A4;
            case "letter" -> Paper.LETTER;
            default -> throw new UserException("--paper " + paper + ": use a4 or letter");
        };
    }

    /** Rules out what cannot be written: a binary format to the console, a template folder that is not there. */
    void check() throws UserException {
        paperSize();
        if (format.binary() && output == null) {
            throw new UserException("a " + format + " is binary: name the file to write with -o, e.g. -o handout.pdf");
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new UserException(templates + ": no such folder of templates");
        }
    }

    TemplateRendering rendering() {
        return templates == null ? TemplateRendering.builtIn() : TemplateRendering.withOverrides(templates);
    }
}
