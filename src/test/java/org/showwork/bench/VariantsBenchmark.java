package org.showwork.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.showwork.cli.Main;

/**
 * Times {@code showwork generate} as a lecturer runs it, in process: 1,000 variants of
 * worked-examples/class-template.yaml with worksheets and keys in Markdown and HTML (and every
 * key in JSON, the index and the booklet), first in a fresh JVM and then once more warm; how long
 * merely creating that many files takes on the file system; and PDF throughput on a smaller class.
 * The goal of 1,000 in 10 s is for {@code ./showwork generate}, which {@code scripts/bench} times
 * itself; this in-process figure (the JVM's default compilers, not the launcher's) shows the rest.
 * Arguments: the number of variants (default 1,000), the PDF class's size (default 20), and the
 * folder to write into (default: the system's temporary folder). Run by {@code scripts/bench}.
 */
public final class VariantsBenchmark {

    private static final String TEMPLATE = "worked-examples/class-template.yaml";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int pdfCount = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path base = Files.createTempDirectory(args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir")),
                "showwork-bench-");
        try {
            double cold = generate(base.resolve("cold"), count, "md,html", "bench");
            Tree tree = Tree.of(base.resolve("cold"));
            double warm = generate(base.resolve("warm"), count, "md,html", "bench-again");
            double files = tree.copyTo(base.resolve("copy"));
            System.out.printf(Locale.ROOT, "generate %,d variants, worksheets and keys in Markdown and HTML (%,d files, %.0f MB): "
                    + "%.2f s in a fresh JVM (%.1f ms a variant), %.2f s warm; creating as many files of the same sizes "
                    + "takes %.2f s on this file system (%s)%n", count, tree.files().size(), tree.bytes() / 1e6, cold,
                    cold * 1e3 / count, warm, files, base.getParent());
            double pdf = generate(base.resolve("pdf"), pdfCount, "pdf", "bench-pdf");
            System.out.printf(Locale.ROOT, "generate %,d variants as PDF (worksheet and key each, and the booklet): %.2f s, "
                    + "%.2f s a variant%n", pdfCount, pdf, pdf / pdfCount);
        } finally {
            delete(base);
        }
    }

    /** Runs the command into {@code folder}; the seed differs between runs, so that no run repeats another's work. */
    private static double generate(Path folder, int count, String formats, String seed) {
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(new String[] {"generate", TEMPLATE, "--count", String.valueOf(count), "--seed", seed,
                "-f", formats, "-o", folder.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != 0) {
            throw new IllegalStateException("generate failed: " + err);
        }
        return seconds;
    }

    /** Every file of a folder, in memory, to measure what writing them costs without showwork. */
    private record Tree(Path root, List<Path> files, List<byte[]> contents, long bytes) {
        static Tree of(Path root) throws IOException {
            List<Path> files = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            long bytes = 0;
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                    files.add(root.relativize(p));
                    byte[] content = Files.readAllBytes(p);
                    contents.add(content);
                    bytes += content.length;
                }
            }
            return new Tree(root, files, contents, bytes);
        }

        double copyTo(Path target) throws IOException {
            long start = System.nanoTime();
            for (int k = 0; k < files.size(); k++) {
                Path file = target.resolve(files.get(k));
                Files.createDirectories(file.getParent());
                Files.write(file, contents.get(k));
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
