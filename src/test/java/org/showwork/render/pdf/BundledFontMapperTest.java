package org.showwork.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDFBox's stand-in fonts come from the bundled DejaVu Sans, never from a search of the machine's fonts. */
class BundledFontMapperTest {

    @Test
    void aStandardFontThatIsNotEmbeddedIsDrawnWithTheBundledSans() throws Exception {
        new PdfRenderer(); // installs the mapper, as every PDF does
        assertThat(FontMappers.instance()).isSameAs(BundledFontMapper.INSTANCE);
        PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        assertThat(courier.hasGlyph("a")).isTrue();
        assertThat(courier.getPath("a").getBounds2D().isEmpty()).isFalse();
        assertThat(BundledFontMapper.INSTANCE.getTrueTypeFont("Anything", null).getFont().getName()).isEqualTo("DejaVuSans");
    }
}
