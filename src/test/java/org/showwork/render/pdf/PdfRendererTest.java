package org.showwork.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.showwork.render.Handouts;

/** The PDF handout holds the tutorial's numbers as text, with real minus signs and σ (not "#"). */
class PdfRendererTest {

    @Test
    void theTutorialsNumbersAreInThePdfText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer().render(Handouts.trace("tutorial-five-points"), out);
        byte[] pdf = out.toByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isBetween(2, 12);
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("2.197·1 − 6.593 = −4.396", "σ(2.195) ≈ 0.900", "−ln(0.988) ≈ 0.012", "0.927",
                "0.1854", "3.001", "3.040");
        assertThat(text).doesNotContain("#4.396", "NaN");
    }

    @Test
    void theSameHandoutGivesTheSameBytes() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new PdfRenderer().render(Handouts.trace("tutorial-two-samples"), first);
        new PdfRenderer().render(Handouts.trace("tutorial-two-samples"), second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
    }
}
