package org.showwork.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.cli.Main;

/**
 * A title with the characters XML reserves ({@code & < > ]]>}, quotes) prints to PDF: openhtmltopdf
 * reads the handout as XML, and the title also stands in the stylesheet's page header.
 */
class PdfTitleTest {

    private static final String TITLE = "Fish & chips <b>not bold</b> < 3 > 2 ]]> \"quoted\" 'single'";

    @TempDir
    Path dir;

    private Path problem(String file, String tutorial) throws Exception {
        String text = Files.readString(Path.of("worked-examples", tutorial)).replaceFirst("(?m)^title: .*$",
                "title: '" + TITLE.replace("'", "''") + "'");
        Path path = dir.resolve(file);
        Files.writeString(path, text);
        return path;
    }

    private static int run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(err.toString()).doesNotContain("Exception");
        return code;
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void deriveWritesTheTitleInHeadingAndPageHeader() throws Exception {
        Path pdf = dir.resolve("handout.pdf");
        assertThat(run("derive", problem("p.yaml", "tutorial-five-points.yaml").toString(), "-f", "pdf", "-o", pdf.toString()))
                .isZero();
        String text = text(pdf);
        // once as the heading and once in the header of each page
        assertThat(text.split(java.util.regex.Pattern.quote(TITLE), -1).length - 1).isGreaterThanOrEqualTo(2);
    }

    @Test
    void generateWritesAClassOfPdfsWithSuchATitle() throws Exception {
        Path out = dir.resolve("class");
        assertThat(run("generate", problem("template.yaml", "class-template.yaml").toString(), "--count", "2", "--seed", "3",
                "-f", "pdf", "-o", out.toString())).isZero();
        List<Path> pdfs;
        try (Stream<Path> files = Files.walk(out)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).toList();
        }
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(3);
        for (Path pdf : pdfs) {
            assertThat(text(pdf)).as(pdf.toString()).contains(TITLE);
        }
    }
}
