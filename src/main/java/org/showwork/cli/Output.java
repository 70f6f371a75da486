package org.showwork.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.util.concurrent.ThreadLocalRandom;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a command's document goes: the command's own writer, or a file written whole or not at
 * all (into a temporary file beside it, then moved into place), so that a failure never leaves a
 * half-written document behind.
 */
final class Output {
    private Output() {}

    /** Something that writes a document. */
    interface Content {
        void writeTo(Writer out) throws Exception;
    }

    /** Something that writes a binary document. */
    interface BinaryContent {
        void writeTo(OutputStream out) throws Exception;
    }

    /** How a document's files reach the disk. */
    interface FileWriting {
        void text(Path target, Content content) throws Exception;

        void binary(Path target, BinaryContent content) throws Exception;
    }

    /** Each file whole or not at all: written beside its place, then moved there. */
    static final FileWriting WHOLE_OR_NOTHING = new FileWriting() {
        @Override public void text(Path target, Content content) throws Exception {
            write(target, null, content);
        }

        @Override public void binary(Path target, BinaryContent content) throws Exception {
            writeBinary(target, content);
        }
    };

    /** Straight into place: for files in a folder that is itself moved into place whole. */
    static final FileWriting DIRECT = new FileWriting() {
        @Override public void text(Path target, Content content) throws Exception {
            try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        }

        @Override public void binary(Path target, BinaryContent content) throws Exception {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                content.writeTo(out);
            }
        }
    };

    static void write(Path target, PrintWriter console, Content content) throws Exception {
        if (target == null) {
            content.writeTo(console);
            console.flush();
            return;
        }
        writeFile(target, temp -> {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
        });
    }

    /** Writes a binary document to a file; binary output never goes to the console. */
    static void writeBinary(Path target, BinaryContent content) throws Exception {
        writeFile(target, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
                content.writeTo(out);
            }
        });
    }

    private interface TempWriter {
        void write(Path temp) throws Exception;
    }

    private static void writeFile(Path target, TempWriter writer) throws Exception {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new UserException(target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UserException(target + ": is a folder; name the file to write");
        }
        Path temp = hiddenBeside(absolute);
        try {
            writer.write(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the move succeeded or the failure is already being reported
            }
        }
    }

    /**
     * A new empty hidden file beside {@code target}, made as any file is: Files.createTempFile would
     * make it readable by its owner only, and the document would keep that when moved into place.
     */
    private static Path hiddenBeside(Path target) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String suffix = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            Path temp = target.resolveSibling("." + target.getFileName() + "-" + suffix + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another name, then
            }
        }
    }
}
