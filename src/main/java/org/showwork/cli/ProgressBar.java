package org.showwork.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A progress bar redrawn in place on standard error, for long runs over many files; drawn only when
 * standard error is a terminal (never into a log or a pipe), and only when its percentage changes.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final String label;
    private final boolean shown;
    private int drawn = -1;

    private ProgressBar(PrintWriter err, int total, String label, boolean shown) {
        this.err = err;
        this.total = total;
        this.label = label;
        this.shown = shown;
    }

    /** A bar for {@code total} items, shown when standard error is a terminal and there are at least {@code least}. */
    static ProgressBar onTerminal(PrintWriter err, int total, String label, int least) {
        return new ProgressBar(err, total, label, total >= least && stderrIsTerminal());
    }

    void done(int count) {
        if (!shown) {
            return;
        }
        int percent = (int) (100L * count / total);
        if (percent == drawn) {
            return;
        }
        drawn = percent;
        int filled = WIDTH * count / total;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + count + "/" + total);
        err.flush();
    }

    /** Clears the bar's line. */
    void finish() {
        if (shown && drawn >= 0) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
            err.flush();
        }
    }

    /** Java 17 cannot ask about standard error alone; on Linux its file descriptor says, elsewhere the console does. */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
