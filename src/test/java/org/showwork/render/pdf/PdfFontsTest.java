package org.showwork.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.showwork.render.Handouts;

/**
 * A PDF handout is the same file on every machine: its text, formulas and charts use only the
 * fonts showwork ships, every font is embedded, and a machine with no fonts at all (fontconfig
 * pointed at an empty folder) prints the kept worked example byte for byte.
 */
class PdfFontsTest {

    private static final Path GOLDEN = Path.of("worked-examples/tutorial-five-points.pdf");

    @TempDir
    Path dir;

    @Test
    void theWorkedExampleIsPrintedByteForByte() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(Handouts.trace("tutorial-five-points"), out);
        assertThat(out.toByteArray()).isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void everyFontIsEmbeddedAndOneOfOurs() throws Exception {
        for (Path pdf : List.of(GOLDEN, Path.of("worked-examples/two-features-three-steps.pdf"))) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    collect(page.getResources(), fonts);
                }
                assertThat(fonts).isNotEmpty();
                for (PDFont font : fonts) {
                    assertThat(font.isEmbedded()).as(pdf + ": " + font.getName() + " is embedded").isTrue();
                    assertThat(font.getName()).as(pdf + ": a bundled font").contains("+DejaVu");
                }
            }
        }
    }

    private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collect(form.getResources(), fonts);
            }
        }
    }

    @Test
    void aMachineWithoutFontsPrintsTheSameBytes() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "fontconfig is how Java finds fonts on Linux");
        Path empty = Files.createDirectories(dir.resolve("no-fonts"));
        Path config = dir.resolve("fonts.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                + "  <dir>" + empty + "</dir>\n  <cachedir>" + dir.resolve("cache") + "</cachedir>\n</fontconfig>\n");
        Path pdf = dir.resolve("handout.pdf");
        ProcessBuilder child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.showwork.cli.Main", "derive", "worked-examples/tutorial-five-points.yaml", "-f", "pdf", "-o", pdf.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile());
        child.environment().put("FONTCONFIG_FILE", config.toString());
        child.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = child.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the child JVM finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("child.log"))).isZero();
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(GOLDEN));
    }
}
