package org.showwork.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A folder written whole or not at all: its files go into a hidden folder beside it, which is
 * moved into place once everything is written, and removed if anything fails. The folder must not
 * exist yet, or be empty, so that nothing of the user's is ever overwritten or mixed in.
 */
final class ClassFolder {
    private ClassFolder() {}

    /** Fills a folder. */
    interface Contents {
        void writeInto(Path folder) throws Exception;
    }

    /** Checks, before any work is done, that {@code target} can be written. */
    static void check(Path target) throws UserException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UserException(target + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new UserException(target + ": is a file; name a new folder for the class");
            }
            if (!empty(absolute)) {
                throw new UserException(target + ": the folder exists and holds other files; name a new folder "
                        + "(or an empty one), so that nothing in it is overwritten");
            }
        }
    }

    static void write(Path target, Contents contents) throws Exception {
        check(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = hiddenBeside(absolute);
        try {
            contents.writeInto(temp);
            if (Files.exists(absolute)) {
                Files.delete(absolute);   // empty, as checked; a folder cannot be moved onto another
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute);
            }
        } finally {
            if (Files.exists(temp)) {
                delete(temp);
            }
        }
    }

    /**
     * A new hidden folder beside {@code target}, made as any folder is (Files.createTempDirectory would
     * make it readable by its owner only, and the class folder would keep that when moved into place).
     */
    private static Path hiddenBeside(Path target) throws IOException {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        while (true) {
            String suffix = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            Path temp = target.resolveSibling("." + target.getFileName() + "-" + suffix);
            try {
                return Files.createDirectory(temp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another name, then
            }
        }
    }

    private static boolean empty(Path folder) throws UserException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UserException(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Removes a folder this class made, with everything in it. */
    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // the failure that brought us here is the one to report
        }
    }
}
