package org.showwork.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.showwork.render.TemplateRendering;
import picocli.CommandLine.Option;

/** {@code --templates DIR}: a lecturer's own templates before ours. A picocli mixin, the same in every command. */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own templates, by the names of ours (md/table.md, html/derivation.html, …), used before ours.")
    Path folder;

    /** Rules out a folder of templates that is not there (before anything is read or written). */
    void check() throws UserException {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UserException(folder + ": no such folder of templates");
        }
    }

    /** Ours, or the lecturer's before ours. */
    TemplateRendering rendering() throws UserException {
        check();
        return folder == null ? TemplateRendering.builtIn() : TemplateRendering.withOverrides(folder);
    }
}
