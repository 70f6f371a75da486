package org.showwork.exercise;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.showwork.problem.ProblemException;

/**
 * A folder written whole or not at all: its files go into a hidden folder beside it, which is
 * moved into place once everything is written, and removed if anything fails. The folder must not
 * exist yet, or be empty, so that nothing of the user's is ever overwritten or mixed in — also
 * when another run fills it meanwhile: the run that comes second is told that the folder exists.
 */
public final class ClassFolder {
    private ClassFolder() {}

    /** Fills a folder. */
    public interface Contents {
        void writeInto(Path folder) throws Exception;
    }

    /** Checks, before any work is done, that {@code target} can be written. */
    public static void check(Path target) throws ProblemException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ProblemException(target + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(absolute)) {
            if (!Files.isDirectory(absolute)) {
                throw new ProblemException(target + ": is a file; name a new folder for the class");
            }
            if (!empty(absolute)) {
                throw exists(target);
            }
        }
    }

    private static ProblemException exists(Path target) {
        return new ProblemException(target + ": the folder exists and holds other files; name a new folder "
                + "(or an empty one), so that nothing in it is overwritten");
    }

    public static void write(Path target, Contents contents) throws Exception {
        check(target);
        Path absolute = target.toAbsolutePath().normalize();
        Path temp = hiddenBeside(absolute);
        try {
            contents.writeInto(temp);
            moveInto(temp, absolute, target);
        } finally {
            if (Files.exists(temp)) {
                delete(temp);
            }
        }
    }

    /**
     * Moves the finished folder into place. Another run may have put its own there since the
     * check: an empty folder is replaced (a folder cannot be moved onto another), a full one is
     * left alone and reported.
     */
    private static void moveInto(Path temp, Path absolute, Path target) throws Exception {
        try {
            if (Files.isDirectory(absolute) && empty(absolute)) {
                Files.deleteIfExists(absolute);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute);
            }
        } catch (FileAlreadyExistsException | NoSuchFileException e) {
            throw exists(target);
        } catch (FileSystemException e) {
            // rename(2) refuses a full folder as ENOTEMPTY, which Java reports in more than one way
            if (Files.exists(absolute) && !(Files.isDirectory(absolute) && empty(absolute))) {
                throw exists(target);
            }
            throw e;
        }
    }

    /**
     * A new hidden folder beside {@code target}, made as any folder is (Files.createTempDirectory would
     * make it readable by its owner only, and the class folder would keep that when moved into place).
     */
    private static Path hiddenBeside(Path target) throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            String suffix = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            Path temp = target.resolveSibling("." + target.getFileName() + "-" + suffix);
            try {
                return Files.createDirectory(temp);
            } catch (FileAlreadyExistsException e) {
                // another name, then
            }
        }
    }

    private static boolean empty(Path folder) throws ProblemException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new ProblemException(folder + ": cannot be read (" + e.getMessage() + ")");
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
