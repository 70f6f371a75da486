package org.showwork.cli;

import org.showwork.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.showwork.render.markdown.MarkdownWriter;
import org.showwork.render.view.Block;
import org.showwork.render.view.Document;

/**
 * Every file a command is about to write, checked all together before the first one is written:
 * a path that is empty, a folder, in a folder that does not exist, one of the command's own inputs,
 * or named twice is refused with one message, so that a mistake never leaves some files written
 * (a Markdown document's charts, a worksheet's answer key) and never overwrites an input.
 * Every command that writes files plans them here.
 */
final class OutputPlan {

    /** An input the plan must not overwrite, and what to call it in a message. */
    private record Input(Path path, String role) {}

    private final List<Input> inputs = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    private OutputPlan() {}

    static OutputPlan create() {
        return new OutputPlan();
    }

    /** An input (problem, data, submission, marking scheme) that no output may be; null is ignored. */
    OutputPlan input(Path path, String role) {
        if (path != null) {
            inputs.add(new Input(path, role));
        }
        return this;
    }

    /** A file to write; null (standard output) is ignored. */
    OutputPlan file(Path target) throws UserException {
        if (target == null) {
            return this;
        }
        checkFile(target);
        for (Path planned : files) {
            if (same(planned, target)) {
                throw new UserException(target + ": would be written twice; name another file");
            }
        }
        files.add(target);
        return this;
    }

    /** A document's file and, for Markdown, the chart files written beside it. */
    OutputPlan document(Document document, Format format, Path target) throws UserException {
        if (target == null) {
            return this;
        }
        file(target);
        if (format == Format.md) {
            for (Block.Figure figure : document.figures()) {
                file(target.resolveSibling(MarkdownWriter.figureFile(DocumentOutput.figurePrefix(target), figure)));
            }
        }
        return this;
    }

    /**
     * A folder to write files into, made if missing: it must not be a file, its parent must exist,
     * and it must not hold any input.
     */
    OutputPlan folder(Path folder) throws UserException {
        if (folder.toString().isEmpty()) {
            throw new UserException("-o '': name the folder to write into");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserException(folder + ": is a file; name a folder to write into");
        }
        parentExists(folder);
        return this;
    }

    private void checkFile(Path target) throws UserException {
        if (target.toString().isEmpty() || target.getFileName() == null) {
            throw new UserException("-o '" + target + "': name the file to write, e.g. -o notes.md");
        }
        if (Files.isDirectory(target)) {
            throw new UserException(target + ": is a folder; name the file to write");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new UserException(target + ": is not a regular file; name a file to write");
        }
        parentExists(target);
        for (Input input : inputs) {
            if (same(input.path(), target)) {
                throw new UserException(target + ": is " + input.role() + "; write to another file");
            }
        }
    }

    private static void parentExists(Path target) throws UserException {
        Path parent = target.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return;
        }
        if (!Files.isDirectory(parent)) {
            throw new UserException(target + ": the folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UserException(target + ": the folder " + parent + " cannot be written to");
        }
    }

    /** Whether two paths name the same file, following links where both exist. */
    static boolean same(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
