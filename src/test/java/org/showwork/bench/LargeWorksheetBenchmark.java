package org.showwork.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.showwork.cli.Main;

/**
 * Checks one hostile Markdown worksheet: 0.5 MB holding 35,000 code spans in one long paragraph,
 * the file that took 88 s when reading a worksheet was quadratic in its code spans, and one of
 * 1 MB (the largest submission read) with one span a line. Run by {@code scripts/bench}; not a
 * unit test, because timings are not something a test should assert.
 */
public final class LargeWorksheetBenchmark {

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("showwork-worksheet-bench");
        Path spans = work.resolve("spans.md");
        Files.writeString(spans, worksheet(35_000, 5));
        Path lines = work.resolve("lines.md");
        Files.writeString(lines, worksheet(70_000, 1));
        run(spans); // warm-up
        for (Path file : new Path[] {spans, lines}) {
            long start = System.nanoTime();
            long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            run(file);
            // the processor time too: on a shared machine the wall time says more about the neighbours
            System.out.printf("check a %.2f MB worksheet of %s: %.2f s (%.2f s of processor time)%n",
                    Files.size(file) / 1048576.0,
                    file == spans ? "35,000 code spans, five a line, in one paragraph" : "70,000 code spans, one a line",
                    (System.nanoTime() - start) / 1e9,
                    (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }

    /** The tutorial's worksheet title, then {@code count} answers in one paragraph, {@code perLine} a line. */
    private static String worksheet(int count, int perLine) {
        StringBuilder s = new StringBuilder("# Worksheet: The tutorial's five points: one step by hand\n\n");
        for (int k = 1; k <= count; k++) {
            s.append('`').append("p[").append(k % 5 + 1).append("]: 0.").append(k % 1000).append('`');
            s.append(k % perLine == 0 ? '\n' : ' ');
        }
        return s.toString();
    }

    private static void run(Path file) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", CheckBenchmark.PROBLEM, file.toString(), "-o",
                file.resolveSibling("report.md").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            throw new AssertionError("check failed: " + err);
        }
    }
}
