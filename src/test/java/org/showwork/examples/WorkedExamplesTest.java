package org.showwork.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.cli.Main;

/**
 * Golden tests: every command in worked-examples/commands is run again, into a temporary folder,
 * and every file it writes (a class generated from a template: every file of its folder) must equal
 * the one kept in worked-examples/ (PDFs by their text, since
 * their font subsets are named at random). A failure names the example and shows the diff. After a
 * deliberate change, run {@code scripts/regenerate-examples} and review the diff.
 */
class WorkedExamplesTest {

    static final Path EXAMPLES = Path.of("worked-examples");

    @TempDir
    Path scratch;

    @TestFactory
    Stream<DynamicTest> everyDocumentIsWhatItsCommandRenders() throws IOException {
        List<String> commands = Files.readAllLines(EXAMPLES.resolve("commands")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertFalse(commands.isEmpty(), "worked-examples/commands lists no commands");
        return commands.stream().map(command -> DynamicTest.dynamicTest(command, () -> check(command)));
    }

    @TestFactory
    Stream<DynamicTest> everyProblemIsRendered() throws IOException {
        String commands = Files.readString(EXAMPLES.resolve("commands"));
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        if (!commands.contains(p.toString().replace('\\', '/') + " ")) {
                            fail(p + " has no command in worked-examples/commands, so nothing shows what it renders to");
                        }
                    }));
        }
    }

    private void check(String command) throws Exception {
        Path out = Files.createTempDirectory(scratch, "run");
        List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
        // every file a command writes goes to the scratch folder instead: its document (-o), a quiz (--moodle, --canvas)
        for (String option : List.of("-o", "--moodle", "--canvas")) {
            int o = args.indexOf(option);
            if (o < 0) {
                continue;
            }
            Path golden = Path.of(args.get(o + 1));
            Path fresh = out.resolve(EXAMPLES.relativize(golden));
            Files.createDirectories(fresh.getParent());
            args.set(o + 1, fresh.toString());
        }
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, command + " failed: " + err);
        try (Stream<Path> written = Files.walk(out)) {
            for (Path file : written.filter(Files::isRegularFile).sorted().toList()) {
                Path kept = EXAMPLES.resolve(out.relativize(file));
                if (!Files.exists(kept)) {
                    fail(kept + " is missing; run scripts/regenerate-examples");
                }
                String expected = read(kept);
                String actual = read(file);
                String difference = Difference.of(expected, actual);
                if (!difference.isEmpty()) {
                    fail("worked example " + kept + " differs from what `showwork " + command + "` renders now; if the "
                            + "change is deliberate run scripts/regenerate-examples and review the diff\n" + difference);
                }
            }
        }
    }

    /** A file's text; a PDF's extracted text; a zip's entries, each named, then its bytes (a digest of them). */
    static String read(Path file) throws IOException {
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf);
            }
        }
        if (file.toString().endsWith(".zip")) {
            StringBuilder text = new StringBuilder();
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    text.append("== ").append(entry.getName()).append('\n')
                            .append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                }
            }
            // the package is deterministic: its bytes must match too, not only what they unpack to
            return text.append("== bytes ").append(java.util.HexFormat.of().formatHex(sha256(Files.readAllBytes(file))))
                    .toString();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
