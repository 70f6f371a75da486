package org.showwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document options of derive: charts beside Markdown, a lecturer's templates, worksheets and their keys. */
class DocumentFormatsTest {

    private static final String TUTORIAL = "worked-examples/tutorial-five-points.yaml";

    @TempDir
    Path dir;

    private static int run(String... args) {
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void markdownSavedToAFileHasItsChartsBesideItLinkedRelatively() throws Exception {
        Path doc = dir.resolve("notes.md");
        assertThat(run("derive", TUTORIAL, "-o", doc.toString())).isZero();
        String md = Files.readString(doc);
        assertThat(md).contains("](notes-sigmoid.svg)").contains("](notes-landscape.svg)");
        assertThat(Files.readString(dir.resolve("notes-sigmoid.svg"))).startsWith("<svg").contains("</svg>");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("notes.md", "notes-sigmoid.svg", "notes-landscape.svg");
        }
    }

    @Test
    void markdownOnStandardOutputHasNoDanglingImageLinks() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(new String[] {"derive", TUTORIAL}, new PrintWriter(out), new PrintWriter(new StringWriter())))
                .isZero();
        assertThat(out.toString()).doesNotContain(".svg)").contains("−4.396");
    }

    @Test
    void aLecturersTemplatesTakeThePlaceOfOursByName() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("mine"));
        Files.createDirectories(templates.resolve("md"));
        Files.createDirectories(templates.resolve("html"));
        Files.writeString(templates.resolve("md/paragraph.md"), "> [(${w.inline(block.text)})]");
        Files.writeString(templates.resolve("html/handout.css"), "body { font-family: 'Our House Font'; }");
        Path md = dir.resolve("mine.md");
        Path html = dir.resolve("mine.html");
        assertThat(run("derive", TUTORIAL, "--templates", templates.toString(), "-o", md.toString())).isZero();
        assertThat(run("derive", TUTORIAL, "--templates", templates.toString(), "-f", "html", "-o", html.toString()))
                .isZero();
        assertThat(Files.readString(md)).contains("> We start from w = 2.197").contains("| 1 | 1 | 0 |");
        assertThat(Files.readString(html)).contains("Our House Font").doesNotContain("font-kerning");
    }

    @Test
    void aMissingTemplateFolderIsAMistake() {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"derive", TUTORIAL, "--templates", dir.resolve("nowhere").toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("nowhere").contains("templates");
    }

    @Test
    void aWorksheetComesWithItsKey() throws Exception {
        Path sheet = dir.resolve("sheet.md");
        assertThat(run("derive", TUTORIAL, "--worksheet", "--blank", "p,grad", "-o", sheet.toString())).isZero();
        String worksheet = Files.readString(sheet);
        String key = Files.readString(dir.resolve("sheet-key.md"));
        assertThat(worksheet).contains("`p[4]: ____`").contains("`grad_w: ____`").doesNotContain("0.2504");
        assertThat(key).contains("σ(2.195) ≈ 0.900").contains("0.2504");
    }

    @Test
    void worksheetMistakesAreExplained() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"derive", TUTORIAL, "--worksheet"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("-o");
        StringWriter err2 = new StringWriter();
        assertThat(Main.run(new String[] {"derive", TUTORIAL, "--worksheet", "--blank", "probabilities", "-o",
                dir.resolve("w.md").toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err2))).isEqualTo(2);
        assertThat(err2.toString()).contains("probabilities");
        assertThat(dir.resolve("w.md")).doesNotExist();
    }

    @Test
    void aPdfNeedsAFileName() {
        StringWriter err = new StringWriter();
        assertThat(Main.run(new String[] {"derive", TUTORIAL, "-f", "pdf"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err))).isEqualTo(2);
        assertThat(err.toString()).contains("-o");
    }
}
