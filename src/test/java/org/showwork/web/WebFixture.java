package org.showwork.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.showwork.problem.CsvLines;
import org.showwork.problem.ProblemException;

/**
 * A server for tests, in this JVM on a free port of 127.0.0.1: the tutorial and a three-step problem
 * to practise on, and a class whose students all work the tutorial (their names chosen by the test),
 * with a data folder of its own.
 */
final class WebFixture implements AutoCloseable {

    static final String TEACHER = "teacher-token-for-tests";
    static final String CLASS = "tutorial-class";

    final Path root;
    final WebServer server;
    final String base;
    /** Each student's personal link, by student id. */
    final Map<String, String> links = new LinkedHashMap<>();

    private WebFixture(Path root, WebServer server) {
        this.root = root;
        this.server = server;
        this.base = server.address();
    }

    /** A server whose class has these students (id, name) and whose problems are the examples named plus {@code extra}. */
    static WebFixture start(Path root, List<String[]> students, Map<String, String> extraProblems) throws Exception {
        Path problems = Files.createDirectories(root.resolve("problems"));
        for (String example : List.of("tutorial-five-points", "tutorial-exact")) {
            Files.copy(example(example), problems.resolve(example + ".yaml"));
        }
        for (Map.Entry<String, String> extra : extraProblems.entrySet()) {
            Files.writeString(problems.resolve(extra.getKey() + ".yaml"), extra.getValue(), StandardCharsets.UTF_8);
        }
        Path klass = classOf(root.resolve(CLASS), students);
        WebServer server = WebServer.start(new ServeSettings("127.0.0.1", 0, root.resolve("data"), List.of(problems),
                List.of(), List.of(klass), TEACHER, null), new ArrayList<>());
        WebFixture fixture = new WebFixture(root, server);
        fixture.readLinks();
        return fixture;
    }

    /** A class folder as generate makes it, every student's variant the tutorial. */
    static Path classOf(Path folder, List<String[]> students) throws IOException {
        Files.createDirectories(folder);
        StringBuilder index = new StringBuilder("number,id,name,code,folder\n");
        String yaml = Files.readString(example("tutorial-five-points"));
        int n = 0;
        for (String[] s : students) {
            n++;
            String dir = "s" + n;
            Files.createDirectories(folder.resolve(dir));
            Files.writeString(folder.resolve(dir).resolve("problem.yaml"), yaml);
            index.append(n).append(',').append(csv(s[0])).append(',').append(csv(s[1])).append(",CODE").append(n)
                    .append(',').append(dir).append('\n');
        }
        Files.writeString(folder.resolve("index.csv"), index.toString(), StandardCharsets.UTF_8);
        return folder;
    }

    static Path example(String name) {
        return Path.of("worked-examples", name + ".yaml");
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    private void readLinks() throws IOException, ProblemException {
        String csv = Files.readString(root.resolve("data").resolve("links-" + CLASS + ".csv"));
        List<CsvLines.Line> lines = CsvLines.split(csv, "links");
        for (CsvLines.Line line : lines.subList(1, lines.size())) {
            links.put(line.fields().get(1), line.fields().get(4));
        }
    }

    String link(String studentId) {
        return links.get(studentId);
    }

    @Override
    public void close() {
        server.stop();
    }
}
