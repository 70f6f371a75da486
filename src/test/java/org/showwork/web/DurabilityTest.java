package org.showwork.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.problem.CsvLines;
import org.showwork.problem.ProblemReader;
import org.showwork.web.sheet.Workbook;

/**
 * Kills the server with SIGKILL while a class is saving answers, starts it again on the same data,
 * and finds every answer whose save the server had acknowledged. The kill comes after a number of
 * acknowledged saves, not after a time, while the other students' saves are in flight.
 */
class DurabilityTest {

    static final int STUDENTS = 12;
    static final int KILL_AFTER = 150;

    @TempDir
    Path root;

    /** One acknowledged save: this student's answer for this cell. */
    record Saved(String student, String id, String value) {}

    @Test
    void everyAcknowledgedSaveSurvivesSigkill() throws Exception {
        List<String[]> students = new ArrayList<>();
        for (int k = 1; k <= STUDENTS; k++) {
            students.add(new String[] {"d" + k, "Student " + k});
        }
        Path klass = WebFixture.classOf(root.resolve("durable"), students);
        Path data = root.resolve("data");
        List<String> args = List.of("--class", klass.toString(), "--teacher-token", WebFixture.TEACHER);
        List<String> ids = Workbook.of(ProblemReader.read(WebFixture.example("tutorial-five-points"))).asked();
        Queue<Saved> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger acks = new AtomicInteger();
        ServerProcess server = ServerProcess.start(data, List.of(), args);
        List<String[]> links = links(data, server.address());
        ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
        try {
            for (String[] link : links) {
                pool.submit(() -> {
                    Visitor v = new Visitor(server.address());
                    try {
                        v.get(link[1]);
                        for (int k = 0; k < ids.size(); k++) {
                            String value = link[0].substring(1) + "." + k;
                            HttpResponse<String> r = v.post(link[1], List.<String[]>of(new String[] {"a:" + ids.get(k), value}), true);
                            if (r.statusCode() != 200) {
                                return null;
                            }
                            acknowledged.add(new Saved(link[0], ids.get(k), value));
                            if (acks.incrementAndGet() == KILL_AFTER) {
                                server.kill();
                            }
                        }
                    } catch (Exception e) {
                        // the server is gone: this student's next save was never acknowledged
                    }
                    return null;
                });
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(acknowledged.size()).as("saves acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER)
                .isLessThan(STUDENTS * ids.size());

        try (ServerProcess again = ServerProcess.start(data, List.of(), args)) {
            List<String[]> relinked = links(data, again.address());
            int found = 0;
            for (String[] link : relinked) {
                String page = new Visitor(again.address()).get(link[1]).body();
                for (Saved s : acknowledged) {
                    if (s.student().equals(link[0])) {
                        assertThat(page).as(s.toString()).contains("name=\"a:" + s.id() + "\" value=\"" + s.value() + "\"");
                        found++;
                    }
                }
            }
            assertThat(found).isEqualTo(acknowledged.size());
        }
    }

    /** Each student's id and personal link, as the server wrote them. */
    private static List<String[]> links(Path data, String address) throws Exception {
        List<String[]> links = new ArrayList<>();
        List<CsvLines.Line> lines = CsvLines.split(Files.readString(data.resolve("links-durable.csv")), "links");
        for (CsvLines.Line line : lines.subList(1, lines.size())) {
            String link = line.fields().get(4);
            links.add(new String[] {line.fields().get(1), link.substring(link.indexOf("/s/"))});
        }
        return links;
    }
}
