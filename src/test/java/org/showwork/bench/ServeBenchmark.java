package org.showwork.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.showwork.cli.Main;
import org.showwork.exercise.ClassIndex;
import org.showwork.problem.CsvLines;
import org.showwork.problem.ProblemReader;
import org.showwork.web.ServerProcess;
import org.showwork.web.sheet.Workbook;

/**
 * Load on {@code showwork serve}, over loopback only: a class of 200 variants made by generate, and
 * 200 simulated students working at once, each checking their sheet 20 times as they fill it in
 * (each check saves the sheet, marks it with the checker and answers with the marks as JSON, as the
 * page's script does). Reports throughput, latency percentiles and errors. Run by
 * {@code scripts/bench}; not a unit test, because timings are not something a test should assert.
 */
public final class ServeBenchmark {

    static final int STUDENTS = 200;
    static final int CHECKS = 20;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** One student: their personal link, and the answers they will type, in the sheet's order. */
    record Student(String link, List<String[]> answers) {}

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("showwork-serve-bench");
        Path klass = work.resolve("class");
        StringWriter out = new StringWriter();
        int made = Main.run(new String[] {"generate", "worked-examples/class-template.yaml", "--count", String.valueOf(STUDENTS),
                "--seed", "bench", "-o", klass.toString(), "-f", "md"}, new PrintWriter(out), new PrintWriter(out));
        if (made != 0) {
            throw new IllegalStateException("generate failed: " + out);
        }
        try (ServerProcess server = ServerProcess.start(work.resolve("data"), List.of("-XX:+UseSerialGC", "-Xmx512m"),
                List.of("--class", klass.toString()))) {
            List<Student> students = students(klass, work.resolve("data"));
            run(students, 2, null);                     // warm-up: two checks each, not counted
            // one student alone first: the time a check takes when it waits for no one
            long[] alone = new long[CHECKS];
            run(students.subList(0, 1), CHECKS, new Recorder(alone, new AtomicInteger()));
            Arrays.sort(alone);
            System.out.printf("serve: one student alone, %d checks: latency p50 %.1f ms, max %.1f ms%n", CHECKS,
                    ms(alone, 0.50), alone[alone.length - 1] / 1e6);
            long[] latencies = new long[STUDENTS * CHECKS];
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            run(students, CHECKS, new Recorder(latencies, errors));
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            System.out.printf("serve: %d students × %d checks = %d checks on 127.0.0.1 in %.1f s: %.0f checks/s; "
                    + "latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d%n", STUDENTS, CHECKS,
                    STUDENTS * CHECKS, seconds, STUDENTS * CHECKS / seconds, ms(latencies, 0.50), ms(latencies, 0.95),
                    ms(latencies, 0.99), latencies[latencies.length - 1] / 1e6, errors.get());
        }
    }

    /** Where a measured run puts each check's latency (ns) and counts its errors. */
    record Recorder(long[] latencies, AtomicInteger errors) {}

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    /** Every student works at once, each making {@code checks} checks, more of the sheet filled each time. */
    private static void run(List<Student> students, int checks, Recorder recorder) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < students.size(); s++) {
            Student student = students.get(s);
            int slot = s;
            Thread t = new Thread(() -> work(student, slot, checks, recorder, go), "student-" + s);
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
    }

    /** One client for every student (as one machine's browsers share nothing but the network); each keeps its own cookie. */
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private static void work(Student student, int slot, int checks, Recorder recorder, CountDownLatch go) {
        HttpClient http = HTTP;
        try {
            go.await();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(student.link())).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(page.body());
            String csrf = m.find() ? m.group(1) : "";
            String cookie = page.headers().firstValue("Set-Cookie").orElse("").split(";")[0];
            for (int c = 1; c <= checks; c++) {
                int typed = (int) Math.ceil((double) c * student.answers().size() / CHECKS);
                StringBuilder form = new StringBuilder("csrf=").append(csrf);
                for (String[] a : student.answers().subList(0, Math.min(typed, student.answers().size()))) {
                    form.append('&').append(URLEncoder.encode("a:" + a[0], StandardCharsets.UTF_8)).append('=')
                            .append(URLEncoder.encode(a[1], StandardCharsets.UTF_8));
                }
                long start = System.nanoTime();
                int status;
                try {
                    status = http.send(HttpRequest.newBuilder(URI.create(student.link()))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                            .header("Cookie", cookie)
                            .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                            HttpResponse.BodyHandlers.ofString()).statusCode();
                } catch (Exception e) {
                    status = -1;
                }
                if (recorder != null) {
                    recorder.latencies()[slot * CHECKS + c - 1] = System.nanoTime() - start;
                    if (status != 200) {
                        recorder.errors().incrementAndGet();
                    }
                }
            }
        } catch (Exception e) {
            if (recorder != null) {
                recorder.errors().incrementAndGet();
            }
        }
    }

    /** The students of the class with their links and the answers they type: the key, with a slip in every seventh. */
    private static List<Student> students(Path klass, Path data) throws Exception {
        ClassIndex index = ClassIndex.read(klass);
        List<CsvLines.Line> rows = CsvLines.split(Files.readString(data.resolve("links-class.csv")), "links");
        List<Student> students = new ArrayList<>();
        for (int k = 1; k < rows.size(); k++) {
            String id = rows.get(k).fields().get(1);
            ClassIndex.Entry entry = index.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            Workbook wb = Workbook.of(ProblemReader.read(index.problem(entry)));
            List<String[]> answers = new ArrayList<>();
            int n = 0;
            for (String cell : wb.asked()) {
                String key = wb.keyValue(cell).orElse("");
                answers.add(new String[] {cell, ++n % 7 == 0 && key.length() > 1 ? key.substring(0, key.length() - 1) + "9" : key});
            }
            students.add(new Student(rows.get(k).fields().get(4), answers));
        }
        return students;
    }
}
