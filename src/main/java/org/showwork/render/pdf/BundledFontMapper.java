package org.showwork.render.pdf;

import java.awt.geom.GeneralPath;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's stand-in for a font a PDF names but does not embed: always the bundled DejaVu Sans,
 * parsed only if a glyph of it is ever asked for. openhtmltopdf makes the PDF's fourteen standard
 * fonts for every renderer, and PDFBox's own mapper then searches the machine's fonts for a
 * Courier (building a cache of every font file on a first run): about a tenth of a second of a
 * first PDF, for fonts our handouts never use — every face they use is bundled and embedded.
 * Where a standard font were used after all, its glyphs would come from DejaVu on every machine.
 */
final class BundledFontMapper implements FontMapper {

    static final BundledFontMapper INSTANCE = new BundledFontMapper();

    private final LazyFont sans = new LazyFont();

    private BundledFontMapper() {}

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(sans.parsed(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        // not a fallback in PDFBox's sense, which would have it log a warning for each standard font
        return new FontMapping<>(sans, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, sans.parsed(), true);
    }

    /** DejaVu Sans, parsed on first use; a parsed font is read while drawing, so its reads are one at a time. */
    private static final class LazyFont implements FontBoxFont {
        private TrueTypeFont font;

        synchronized TrueTypeFont parsed() {
            if (font == null) {
                try {
                    font = BundledFonts.face(BundledFonts.SANS, false, false).orElseThrow().parsed();
                } catch (IOException e) {
                    throw new IllegalStateException("the bundled DejaVu Sans cannot be read", e);
                }
            }
            return font;
        }

        @Override
        public synchronized String getName() throws IOException {
            return parsed().getName();
        }

        @Override
        public synchronized BoundingBox getFontBBox() throws IOException {
            return parsed().getFontBBox();
        }

        @Override
        public synchronized List<Number> getFontMatrix() throws IOException {
            return parsed().getFontMatrix();
        }

        @Override
        public synchronized GeneralPath getPath(String name) throws IOException {
            return parsed().getPath(name);
        }

        @Override
        public synchronized float getWidth(String name) throws IOException {
            return parsed().getWidth(name);
        }

        @Override
        public synchronized boolean hasGlyph(String name) throws IOException {
            return parsed().hasGlyph(name);
        }
    }
}
