package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.ProblemReader;
import org.showwork.render.json.JsonRenderer;
import org.showwork.render.markdown.MarkdownRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/** {@code showwork generate}: the class folder, its determinism, and the mistakes that must leave nothing behind. */
class GenerateCommandTest {

    private static final String TEMPLATE = "worked-examples/class-template.yaml";

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path roster(String text) throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, text);
        return file;
    }

    private static Map<String, byte[]> files(Path folder) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static String read(Path file) throws Exception {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aClassFolderHoldsAVariantPerStudentAnIndexAndABooklet() throws Exception {
        Path roster = roster("id,name\nA7,Ada Byron\nb-2,\"Chen, Wei\"\n");
        Path out = dir.resolve("class");
        CommandRun r = run("generate", TEMPLATE, "--roster", roster.toString(), "--seed", "7", "-o", out.toString(),
                "-f", "md,html");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 variants of class-template.yaml (seed 7) written to " + out);
        assertThat(files(out).keySet()).containsExactly("A7/key-landscape.svg", "A7/key-sigmoid.svg", "A7/key.html",
                "A7/key.json", "A7/key.md", "A7/problem.yaml", "A7/worksheet.html", "A7/worksheet.md",
                "answer-keys.html", "answer-keys.md", "b-2/key-landscape.svg", "b-2/key-sigmoid.svg", "b-2/key.html",
                "b-2/key.json", "b-2/key.md", "b-2/problem.yaml", "b-2/worksheet.html", "b-2/worksheet.md", "index.csv");
        List<String> index = Files.readAllLines(out.resolve("index.csv"));
        assertThat(index.get(0)).isEqualTo("number,id,name,code,folder");
        assertThat(index.get(2)).matches("2,b-2,\"Chen, Wei\",[0-9A-Z]{6},b-2");
        String code = index.get(2).split(",")[4];
        String worksheet = read(out.resolve("b-2/worksheet.md"));
        assertThat(worksheet).contains("**Name:** Chen, Wei · **Student id:** b-2 · **Variant:** " + code)
                .contains("`p[1]: ____`").contains("from b-2/problem.yaml");
        assertThat(read(out.resolve("b-2/worksheet.html"))).contains("data-field=\"variant\">" + code + "</span>");
        assertThat(read(out.resolve("b-2/key.md"))).contains("**Variant:** " + code).doesNotContain("____");
        String booklet = read(out.resolve("answer-keys.md"));
        assertThat(booklet).contains("## Variant " + code + ": Chen, Wei (b-2)").contains("**Seed:** 7")
                .containsOnlyOnce("## The model and its formulas")
                // the booklet is for looking numbers up: no charts, nor the section that is only about one
                .doesNotContain(".svg").doesNotContain("The cost landscape").contains("### The decision boundary");
        assertThat(read(out.resolve("answer-keys.html"))).doesNotContain("<svg")
                .contains("<h2 id=\"variant-" + code.toLowerCase(java.util.Locale.ROOT) + "\">");
        // made as any folder is, not readable by its owner only
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(
                Files.createDirectory(dir.resolve("plain"))));
        Files.delete(dir.resolve("plain"));
        // no temporary folder is left beside the class
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("roster.csv", "class");
        }
    }

    @Test
    void theSameTemplateSeedAndRosterGiveTheSameBytes() throws Exception {
        Path roster = roster("id,name\n1,A\n2,B\n3,C\n");
        for (String name : List.of("one", "two")) {
            assertThat(run("generate", TEMPLATE, "--roster", roster.toString(), "--seed", "fall", "-o",
                    dir.resolve(name).toString(), "-f", "md,html,tex", "--moodle", dir.resolve(name + ".xml").toString())
                    .code()).isZero();
        }
        Map<String, byte[]> one = files(dir.resolve("one"));
        Map<String, byte[]> two = files(dir.resolve("two"));
        assertThat(two.keySet()).isEqualTo(one.keySet());
        for (String file : one.keySet()) {
            assertThat(two.get(file)).as(file).isEqualTo(one.get(file));
        }
        assertThat(Files.readAllBytes(dir.resolve("two.xml"))).isEqualTo(Files.readAllBytes(dir.resolve("one.xml")));
        // a count numbers the students; the first of a count is the same student as id 1 of a roster
        Path counted = dir.resolve("counted");
        assertThat(run("generate", TEMPLATE, "--count", "2", "--seed", "fall", "-o", counted.toString(), "-f", "md")
                .code()).isZero();
        assertThat(read(counted.resolve("1/problem.yaml")).lines().skip(1).toList())
                .isEqualTo(read(dir.resolve("one/1/problem.yaml")).lines().skip(1).toList());
        assertThat(read(counted.resolve("2/worksheet.md"))).contains("**Name:** ____").contains("**Number:** 2");
        // a roster's ids stay ids, even when they are numbers
        assertThat(read(dir.resolve("one/2/worksheet.md"))).contains("**Name:** B · **Student id:** 2 · **Variant:** ");
    }

    @Test
    void everyVariantDerivedFromItsOwnProblemFileGivesItsAnswerKey() throws Exception {
        Path out = dir.resolve("class");
        assertThat(run("generate", TEMPLATE, "--count", "5", "--seed", "42", "-o", out.toString(), "-f", "md").code())
                .isZero();
        for (int k = 1; k <= 5; k++) {
            Path folder = out.resolve(String.valueOf(k));
            String source = k + "/problem.yaml";
            Trace trace = Tracer.trace(ProblemReader.read(read(folder.resolve("problem.yaml")), source));
            StringWriter json = new StringWriter();
            new JsonRenderer().render(trace, json);
            assertThat(json.toString()).isEqualTo(read(folder.resolve("key.json")));
            String code = Files.readAllLines(out.resolve("index.csv")).get(k).split(",")[3];
            Document key = DerivationView.of(trace).withFields(List.of(new Document.Field("name", "Name", ""),
                    new Document.Field("number", "Number", String.valueOf(k)),
                    new Document.Field("variant", "Variant", code)));
            assertThat(new MarkdownRenderer().render(key, "key").text()).isEqualTo(read(folder.resolve("key.md")));
            // and from the command line, as a student or lecturer would
            CommandRun derived = run("derive", folder.resolve("problem.yaml").toString(), "-f", "json");
            assertThat(derived.code()).isZero();
            assertThat(derived.out().replace(folder.resolve("problem.yaml").toString(), source)).isEqualTo(json.toString());
        }
    }

    @Test
    void anExistingFolderWithFilesInItIsRefusedAndLeftAlone() throws Exception {
        Path out = Files.createDirectory(dir.resolve("class"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        CommandRun r = run("generate", TEMPLATE, "--count", "2", "--seed", "1", "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("showwork: " + out + ": the folder exists and holds other files; name a new folder "
                + "(or an empty one), so that nothing in it is overwritten\n");
        assertThat(files(out).keySet()).containsExactly("notes.txt");
        // an empty folder is fine
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(run("generate", TEMPLATE, "--count", "1", "--seed", "1", "-o", empty.toString(), "-f", "md").code())
                .isZero();
        assertThat(empty.resolve("1/worksheet.md")).exists();
    }

    @Test
    void aRosterWithADuplicateIdWritesNothing() throws Exception {
        Path roster = roster("id,name\n11,A\n12,B\n11,C\n");
        Path out = dir.resolve("class");
        Path quiz = dir.resolve("quiz.xml");
        CommandRun r = run("generate", TEMPLATE, "--roster", roster.toString(), "--seed", "1", "-o", out.toString(),
                "--moodle", quiz.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("showwork: " + roster + ", line 4, column 1, at id: the student id '11' appears "
                + "twice (first on line 2); every student needs an id of their own\n");
        assertThat(out).doesNotExist();
        assertThat(quiz).doesNotExist();
    }

    @Test
    void anUnsatisfiableTemplateWritesNothingAndSaysWhy() throws Exception {
        Path template = dir.resolve("far.yaml");
        Files.writeString(template, "samples: {draw: 3, features: [{uniform: [40, 50], decimals: 0}], labels: [0, 1, 1]}\n"
                + "weights: [6]\nbias: {uniform: [-300, -240], decimals: 0}\nlearning_rate: 0.1\n");
        Path out = dir.resolve("class");
        CommandRun r = run("generate", template.toString(), "--count", "3", "--seed", "1", "-o", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("showwork: " + template + ": no variant for student 1 met every constraint in "
                + "1,000 draws. The one that failed most: every probability, as shown, at least 0.01 from 0 and from 1")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("far.yaml");
        }
    }

    @Test
    void commandLineMistakes() throws Exception {
        String out = dir.resolve("class").toString();
        assertThat(run("generate", TEMPLATE, "--count", "2", "-o", out).err()).contains("--seed");
        assertThat(run("generate", TEMPLATE, "--count", "2", "--roster", "r.csv", "--seed", "1", "-o", out).err())
                .contains("mutually exclusive");
        assertThat(run("generate", TEMPLATE, "--seed", "1", "-o", out).err()).contains("--roster").contains("--count");
        CommandRun neither = run("generate", TEMPLATE, "--count", "2", "--seed", "1");
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("name the class's folder with -o DIR, or the quiz to write with --moodle FILE");
        assertThat(run("generate", TEMPLATE, "--count", "0", "--seed", "1", "-o", out).err())
                .contains("--count must be from 1 to 100,000, got 0");
        assertThat(run("generate", TEMPLATE, "--count", "2", "--seed", "1", "-o", out, "-f", "md,json").err())
                .contains("every answer key is written as JSON anyway");
        assertThat(run("generate", TEMPLATE, "--count", "2", "--seed", "1", "-o", out, "--moodle", out + "/q.xml").err())
                .contains("a quiz cannot go inside the class's folder");
        assertThat(run("generate", TEMPLATE, "--count", "2", "--seed", "1", "-o", dir.resolve("no/such").toString())
                .err()).contains("does not exist");
        assertThat(run("generate", "missing.yaml", "--count", "2", "--seed", "1", "-o", out).err())
                .isEqualTo("showwork: missing.yaml: no such file\n");
        assertThat(run("generate", TEMPLATE, "--count", "2", "--seed", "1", "-o", out, "--blank", "q[1]").err())
                .contains("--blank q[1]");
        assertThat(dir.resolve("class")).doesNotExist();
    }

    @Test
    void aQuizAloneNeedsNoFolder() throws Exception {
        Path quiz = dir.resolve("quiz.xml");
        CommandRun r = run("generate", TEMPLATE, "--count", "3", "--seed", "1", "--moodle", quiz.toString(), "--blank", "p,grad");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("3 variants of class-template.yaml (seed 1) written as a Moodle quiz to " + quiz);
        String xml = read(quiz);
        assertThat(xml.split("\\{1:NUMERICAL:", -1)).hasSize(3 * (5 + 2) + 1);
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("quiz.xml");
        }
    }

    @Test
    void unicodeAndLongIdsGetAFolderEachAndCheckFindsTheirVariants() throws Exception {
        String longId = "x".repeat(300);
        Path roster = roster("id,name\n张伟,Zhang Wei\n李娜,Li Na\n" + longId + ",Long\nAnn,A\nann,B\n");
        Path out = dir.resolve("class");
        CommandRun r = run("generate", TEMPLATE, "--roster", roster.toString(), "--seed", "7", "-o", out.toString(),
                "-f", "md");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        List<String> index = Files.readAllLines(out.resolve("index.csv"));
        assertThat(index).hasSize(6);
        List<String> folders = index.stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        assertThat(folders.get(0)).isEqualTo("张伟");
        assertThat(folders.get(1)).isEqualTo("李娜");
        assertThat(folders.get(2)).startsWith("x".repeat(64) + "-").hasSize(64 + 9);
        assertThat(folders.get(3)).startsWith("Ann-");
        assertThat(folders.get(4)).startsWith("ann-");
        for (String folder : folders) {
            assertThat(out.resolve(folder).resolve("worksheet.md")).exists();
        }
        // a worksheet handed back is marked against its own variant
        Path handIn = dir.resolve("zhang.md");
        Files.copy(out.resolve("张伟/worksheet.md"), handIn);
        CommandRun checked = run("check", out.toString(), handIn.toString(), "-f", "json");
        assertThat(checked.err()).isEmpty();
        assertThat(checked.out()).contains("\"student\" : \"Zhang Wei\"").contains("张伟/problem.yaml");
    }

    @Test
    void aQuizOverAnInputIsRefusedAndNothingIsWritten() throws Exception {
        Path roster = roster("id,name\n1,A\n2,B\n");
        byte[] before = Files.readAllBytes(roster);
        Path template = dir.resolve("t.yaml");
        Files.copy(Path.of(TEMPLATE), template);
        for (String option : List.of("--moodle", "--canvas")) {
            for (Path input : List.of(roster, template, dir.resolve(".").resolve("t.yaml"))) {
                CommandRun r = run("generate", template.toString(), "--roster", roster.toString(), "--seed", "1",
                        option, input.toString(), "-o", dir.resolve("class").toString());
                assertThat(r.code()).as(option + " " + input).isEqualTo(2);
                assertThat(r.err()).startsWith("showwork: " + input + ": is ").contains("which the class is made from")
                        .doesNotContain("\tat ");
            }
        }
        assertThat(Files.readAllBytes(roster)).isEqualTo(before);
        assertThat(Files.readString(template)).isEqualTo(Files.readString(Path.of(TEMPLATE)));
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("roster.csv", "t.yaml");
        }
    }

    @Test
    void twoRunsIntoOneFolderGiveOneClassAndOneMessage() throws Exception {
        Path out = dir.resolve("class");
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<CommandRun>> runs = new java.util.ArrayList<>();
            for (int k = 0; k < 2; k++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return run("generate", TEMPLATE, "--count", "3", "--seed", "1", "-o", out.toString(), "-f", "md");
                }));
            }
            List<CommandRun> results = new java.util.ArrayList<>();
            for (var f : runs) {
                results.add(f.get());
            }
            // whichever came second, early or late, is told the folder exists; the first one's class is whole
            assertThat(results).extracting(CommandRun::code).containsExactlyInAnyOrder(0, 2);
            CommandRun loser = results.stream().filter(x -> x.code() == 2).findFirst().orElseThrow();
            assertThat(loser.err()).isEqualTo("showwork: " + out + ": the folder exists and holds other files; name a "
                    + "new folder (or an empty one), so that nothing in it is overwritten\n");
        } finally {
            pool.shutdownNow();
        }
        assertThat(files(out).keySet()).contains("index.csv", "1/worksheet.md", "3/key.json");
        try (Stream<Path> beside = Files.list(dir)) {
            assertThat(beside.map(p -> p.getFileName().toString())).containsExactly("class");
        }
    }

    @Test
    void aFeatureNamedLikeAClozeAnswerStaysText() throws Exception {
        Path template = dir.resolve("t.yaml");
        Files.writeString(template, Files.readString(Path.of(TEMPLATE)).replace("title:", "features: [\"{2:SHORTANSWER:=x}\"]\ntitle:"));
        Path quiz = dir.resolve("quiz.xml");
        CommandRun r = run("generate", template.toString(), "--count", "1", "--seed", "1", "--moodle", quiz.toString());
        assertThat(r.err()).isEmpty();
        String xml = read(quiz);
        assertThat(xml).doesNotContain("{2:SHORTANSWER").contains("&#123;2:SHORTANSWER:=x&#125;");
    }
}
