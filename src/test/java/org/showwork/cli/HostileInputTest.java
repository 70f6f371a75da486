package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of the hostile-input corpus under {@code src/test/resources/hostile} (its README gives
 * the format): a mistake gives exit code 2, one message naming the file and line, no stack trace and
 * no file made or changed; a document made from hostile text holds nothing live.
 */
class HostileInputTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");

    @TempDir
    Path temp;

    static List<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CORPUS)) {
            List<String> names = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).as("the corpus").hasSizeGreaterThan(30);
            return names;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void behaves(String name) throws Exception {
        Path dir = temp.resolve(name);
        copy(CORPUS.resolve(name), dir);
        Expectation expect = Expectation.read(dir.resolve("expect"));
        for (Map.Entry<String, Long> padded : expect.repeats().entrySet()) {
            repeat(dir.resolve(padded.getKey()), padded.getValue());
        }
        Files.delete(dir.resolve("expect"));
        String[] args = arguments(Files.readString(dir.resolve("command")), dir);
        Files.delete(dir.resolve("command"));
        Map<String, String> before = snapshot(dir);
        List<String> here = listing(Path.of(""));

        CommandRun run = CommandRun.of(args);

        String err = run.err().strip();
        assertThat(err).as("standard error").doesNotContain("Exception").doesNotContainPattern("\\n\\s+at ");
        assertThat(run.code()).as("exit code; standard error: " + err).isEqualTo(expect.exit());
        for (String text : expect.messages()) {
            assertThat(err).contains(text);
        }
        for (String text : expect.says()) {
            assertThat(run.out()).contains(text);
        }
        if (expect.exit() == 2) {
            assertThat(err.lines()).as("one message").hasSize(1);
            assertThat(err).startsWith("showwork: ");
            if (expect.file() != null) {
                assertThat(err).contains(expect.file() + (expect.line() == null ? "" : ", line " + expect.line()));
            }
            assertThat(snapshot(dir)).as("the case's files, after the run").isEqualTo(before);
            assertThat(listing(Path.of(""))).as("the folder showwork ran in").isEqualTo(here);
        } else if (expect.messages().isEmpty()) {
            assertThat(err).as("standard error").isEmpty();
        }
        for (String output : expect.inert()) {
            Inert.check(dir.resolve(output));
        }
    }

    /** The command's words, {@code {dir}} replaced by the case's folder and {@code ''} by an empty argument. */
    private static String[] arguments(String command, Path dir) {
        return Stream.of(command.strip().split("\\s+")).map(a -> a.equals("''") ? "" : a.replace("{dir}", dir.toString()))
                .toArray(String[]::new);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** The file repeated after itself until it holds at least {@code size} bytes. */
    private static void repeat(Path file, long size) throws IOException {
        byte[] unit = Files.readAllBytes(file);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += unit.length) {
                out.write(unit);
            }
        }
    }

    /** Every file and folder below {@code dir}, with a digest of each file's bytes. */
    private static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> found = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.toList()) {
                found.put(dir.relativize(file).toString(), Files.isDirectory(file) ? "folder"
                        : HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        }
        return found;
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).sorted().toList();
        }
    }

    /** What a case's {@code expect} file asks for. */
    record Expectation(int exit, String file, String line, List<String> messages, List<String> says,
            List<String> inert, Map<String, Long> repeats) {

        static Expectation read(Path file) throws IOException {
            int exit = 2;
            String name = null;
            String line = null;
            List<String> messages = new ArrayList<>();
            List<String> says = new ArrayList<>();
            List<String> inert = new ArrayList<>();
            Map<String, Long> repeats = new TreeMap<>();
            for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (raw.isBlank() || raw.startsWith("#")) {
                    continue;
                }
                int colon = raw.indexOf(':');
                String key = raw.substring(0, colon).strip();
                String value = raw.substring(colon + 1).strip();
                switch (key) {
                    case "exit" -> exit = Integer.parseInt(value);
                    case "file" -> name = value;
                    case "line" -> line = value;
                    case "message" -> messages.add(value);
                    case "says" -> says.add(value);
                    case "inert" -> inert.add(value);
                    case "repeat" -> repeats.put(value.split(" ")[0], Long.parseLong(value.split(" ")[1]));
                    default -> throw new AssertionError(file + ": unknown key " + key);
                }
            }
            return new Expectation(exit, name, line, messages, says, inert, repeats);
        }
    }

    /** Judges a document made from hostile text: nothing in it may run or link anywhere. */
    static final class Inert {
        private Inert() {}

        private static final Pattern LINK = Pattern.compile("<(a|img)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

        static void check(Path file) throws Exception {
            assertThat(file).exists();
            String name = file.getFileName().toString();
            String text = Files.readString(file);
            if (name.endsWith(".html")) {
                html(text, file.toString());
            } else if (name.endsWith(".md")) {
                for (List<String> renderer : List.of(List.of("cmark-gfm", "-e", "table", "--unsafe"),
                        List.of("pandoc", "-f", "markdown", "-t", "html"), List.of("pandoc", "-f", "gfm", "-t", "html"))) {
                    String html = run(file.getParent(), renderer, file);
                    if (html != null) {
                        html(html, file + " through " + renderer.get(0));
                        Matcher links = LINK.matcher(html);
                        while (links.find()) {
                            // the only links a Markdown document of ours makes are its charts, beside it
                            assertThat(links.group()).as(file + " through " + String.join(" ", renderer))
                                    .matches("(?i)<img src=\"[\\w.-]+\\.svg\"[^>]*>");
                        }
                    }
                }
            } else if (name.endsWith(".tex")) {
                String log = run(file.getParent(), List.of("pdflatex", "-interaction=nonstopmode", "-halt-on-error"), file);
                if (log != null) {
                    assertThat(file.resolveSibling(name.replace(".tex", ".pdf"))).as("pdflatex:\n" + log).exists();
                }
            } else {
                throw new AssertionError(file + ": cannot tell how to judge this kind of file");
            }
        }

        /** No script, no event handler, no javascript: URL in HTML (ours, or a renderer's from Markdown). */
        private static void html(String html, String what) {
            assertThat(html).as(what).doesNotContainPattern("(?i)<script")
                    .doesNotContainPattern("(?i)<[a-z][^>]*\\son[a-z]+\\s*=").doesNotContainPattern("(?i)href\\s*=\\s*\"?\\s*javascript:")
                    .doesNotContainPattern("(?i)src\\s*=\\s*\"?\\s*javascript:");
        }

        /** The program's standard output on the file, or null when the program is not installed. */
        private static String run(Path dir, List<String> command, Path file) throws Exception {
            if (!Programs.installed(command.get(0))) {
                return null;
            }
            List<String> args = new ArrayList<>(command);
            args.add(file.getFileName().toString());
            Process process = new ProcessBuilder(args).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
            return out;
        }
    }

    /** Whether a program is on the PATH. */
    static final class Programs {
        private Programs() {}

        static boolean installed(String program) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, program))) {
                    return true;
                }
            }
            return false;
        }
    }
}
