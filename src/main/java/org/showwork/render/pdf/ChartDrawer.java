package org.showwork.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.OpenHtmlGvtFontFamily;
import com.openhtmltopdf.svgsupport.PDFTranscoder.OpenHtmlFontResolver;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.showwork.render.pdf.BundledFonts.Face;

/**
 * Draws a handout's SVG charts with Batik (openhtmltopdf's SVG drawer) in the bundled fonts only.
 * Batik would otherwise take a family no stylesheet rule supplies from the machine's fonts, and the
 * charts, and with them the page breaks, would change with the machine. The fonts are made once
 * per run rather than once per handout.
 */
final class ChartDrawer extends BatikSVGDrawer {

    @Override
    public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
        this.fontResolver = Fonts.RESOLVER;
    }

    @Override
    public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
        // the bundled fonts only
    }

    /** Our families by name; any other family, and any character ours lack, falls back to DejaVu Sans. */
    private static final class Fonts extends OpenHtmlFontResolver {
        static final Fonts RESOLVER = new Fonts();

        /** By lower-case family name; a family's fonts are made when a chart first asks for it. */
        private final Map<String, Optional<OpenHtmlGvtFontFamily>> families = new ConcurrentHashMap<>();

        private static Optional<OpenHtmlGvtFontFamily> load(String name) {
            OpenHtmlGvtFontFamily family = null;
            for (Face face : BundledFonts.FACES) {
                if (face.family().toLowerCase(Locale.ROOT).equals(name)) {
                    if (family == null) {
                        family = new OpenHtmlGvtFontFamily(face.family());
                    }
                    try {
                        // the weight and posture Batik asks for: regular (1), bold (2); upright (0), oblique (0.2)
                        family.addFont(face.bytes(), 12, face.bold() ? TextAttribute.WEIGHT_BOLD : TextAttribute.WEIGHT_REGULAR,
                                face.italic() ? TextAttribute.POSTURE_OBLIQUE : TextAttribute.POSTURE_REGULAR);
                    } catch (FontFormatException e) {
                        throw new IllegalStateException("font " + face.file() + " cannot be read", e);
                    }
                }
            }
            return Optional.ofNullable(family);
        }

        @Override
        public GVTFontFamily resolve(String family) {
            return families.computeIfAbsent(family.strip().toLowerCase(Locale.ROOT), Fonts::load).orElse(null);
        }

        @Override
        public GVTFontFamily resolve(String family, FontFace fontFace) {
            return resolve(family);
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            return getDefault();
        }

        @Override
        public GVTFontFamily getDefault() {
            return resolve(BundledFonts.SANS);
        }
    }
}
