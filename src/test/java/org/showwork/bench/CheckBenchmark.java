package org.showwork.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.showwork.cli.Main;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;

/**
 * Checks a class of 1,000 submissions of the tutorial problem in one run of {@code showwork check}
 * (in process, from the folder to the reports, gradebook and summary on disk), and a class of 500,
 * reporting the time, the heap in use before and after each run, and the peak heap during it: a
 * peak that does not grow with the class is memory that stays flat. The submissions are the answer
 * key with random slips (truncation, a reversed sign, a decimal comma, a blank, a word). Then a
 * class of 200 variants made by {@code generate}, each worksheet filled in from its own key but one
 * in 50 from the next variant's (a copied key): checking it reads every hand-in twice (the codes
 * first) and compares each with every other variant's key. Run by {@code scripts/bench}; not a unit
 * test, because timings are not something a test should assert.
 */
public final class CheckBenchmark {

    static final String PROBLEM = "worked-examples/tutorial-five-points.yaml";

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        Path work = Files.createTempDirectory("showwork-check-bench");
        Trace trace = Tracer.trace(ProblemReader.read(Path.of(PROBLEM)));
        run(write(trace, work.resolve("warm"), 50, 7), work.resolve("warm-out"));
        for (int size : new int[] {count / 2, count}) {
            Path folder = write(trace, work.resolve("class-" + size), size, size);
            long before = used();
            resetPeaks();
            long start = System.nanoTime();
            run(folder, work.resolve("out-" + size));
            long elapsed = System.nanoTime() - start;
            long peak = peak();
            long after = used();
            System.out.printf("check %,d submissions of the tutorial (reports, gradebook, summary): %.2f s (%.1f ms each); "
                    + "heap in use before %.1f MB, after %.1f MB, peak during the run %.1f MB%n", size, elapsed / 1e9,
                    elapsed / 1e6 / size, before / 1e6, after / 1e6, peak / 1e6);
            if (size == count) {
                System.out.println(Goal.atMost(String.format("%,d submissions checked", size), elapsed / 1e9, 3.0 * count / 1000));
            }
        }
        variants(work, 200);
    }

    /** A class of {@code count} variants, its hand-ins (one in 50 copied from the next variant's key), checked. */
    private static void variants(Path work, int count) throws Exception {
        Path folder = work.resolve("variants");
        int generated = Main.run(new String[] {"generate", "worked-examples/class-template.yaml", "--count",
                String.valueOf(count), "--seed", "7", "-o", folder.toString(), "-f", "md"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        if (generated != 0) {
            throw new AssertionError("generate failed");
        }
        Path hand = Files.createDirectories(work.resolve("variants-hand-in"));
        ObjectMapper json = new ObjectMapper();
        for (int k = 1; k <= count; k++) {
            int keyOf = k % 50 == 1 ? k % count + 1 : k;
            JsonNode key = json.readTree(folder.resolve(String.valueOf(keyOf)).resolve("key.json").toFile()).get("quantities");
            Matcher blank = Pattern.compile("`([^`]+): ____`").matcher(Files.readString(
                    folder.resolve(String.valueOf(k)).resolve("worksheet.md")));
            StringBuilder filled = new StringBuilder();
            while (blank.find()) {
                blank.appendReplacement(filled, Matcher.quoteReplacement("`" + blank.group(1) + ": "
                        + key.get(blank.group(1)).decimalValue().toPlainString() + "`"));
            }
            Files.writeString(hand.resolve(String.format("hand-in-%04d.md", k)), blank.appendTail(filled));
        }
        long start = System.nanoTime();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", folder.toString(), hand.toString(), "-o", work.resolve("variants-out")
                .toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        long elapsed = System.nanoTime() - start;
        if (code != 0) {
            throw new AssertionError("check failed: " + err);
        }
        long flagged = Files.readAllLines(work.resolve("variants-out").resolve("gradebook.csv")).stream().skip(1)
                .filter(row -> !row.endsWith(",")).count();
        System.out.printf("check a class of %,d variants (each against its own variant and every other's key): %.2f s "
                + "(%.1f ms each); %d submissions flagged, for %d copied keys%n", count, elapsed / 1e9,
                elapsed / 1e6 / count, flagged, (count + 49) / 50);
    }

    private static void run(Path folder, Path out) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", PROBLEM, folder.toString(), "-o", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        if (code != 0) {
            throw new AssertionError("check failed: " + err);
        }
    }

    /** {@code count} YAML submissions: the answer key, each value slipped with a small chance. */
    static Path write(Trace trace, Path folder, int count, long seed) throws Exception {
        Files.createDirectories(folder);
        int d = trace.problem().featureCount();
        List<String[]> key = new ArrayList<>();
        trace.forEachQuantity((id, q) -> key.add(new String[] {id.toString(d),
                q.value().shown(trace.problem().decimals().of(id.kind())).toPlainString()}));
        Random random = new Random(seed);
        for (int s = 0; s < count; s++) {
            StringBuilder yaml = new StringBuilder("student: Student " + s + "\n");
            for (String[] entry : key) {
                String value = entry[1];
                switch (random.nextInt(40)) {
                    case 0 -> value = new BigDecimal(value).negate().toPlainString();
                    case 1 -> value = new BigDecimal(value).add(BigDecimal.ONE.movePointLeft(new BigDecimal(value).scale()))
                            .toPlainString();
                    case 2 -> value = "'" + value.replace('.', ',') + "'";
                    case 3 -> value = "";
                    case 4 -> value = "no idea";
                    default -> { }
                }
                yaml.append(entry[0]).append(": ").append(value).append('\n');
            }
            Files.writeString(folder.resolve(String.format("student-%04d.yaml", s)), yaml);
        }
        return folder;
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        used();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peak() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
