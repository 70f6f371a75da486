package org.showwork.render.pdf;

import java.awt.Font;
import java.io.File;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.jeuclid.font.FontFactory;
import org.showwork.render.pdf.BundledFonts.Face;

/**
 * The fonts JEuclid sets formulas in: only the bundled DejaVu faces, whatever family a stylesheet
 * names. JEuclid's own factory would first list every font the machine has (slow) and take a
 * family it does not know from the machine, so a formula would change with the machine. A bold or
 * italic formula is set in DejaVu's own bold or italic face, not slanted or thickened by Java.
 */
final class MathFonts extends FontFactory {

    static final MathFonts INSTANCE = new MathFonts();

    private MathFonts() {}

    @Override
    public Font getFont(String name, int style, float size) {
        return face(name, style).awt().deriveFont(size);
    }

    @Override
    public Font getFont(List<String> preferredFonts, int codepoint, int style, float size) {
        Set<String> families = new LinkedHashSet<>(preferredFonts);
        families.add(BundledFonts.SERIF);
        families.add(BundledFonts.SANS);
        for (String family : families) {
            Face face = BundledFonts.face(family, (style & Font.BOLD) != 0, (style & Font.ITALIC) != 0).orElse(null);
            if (face != null && face.awt().canDisplay(codepoint)) {
                return face.awt().deriveFont(size);
            }
        }
        return null;
    }

    private static Face face(String name, int style) {
        boolean bold = (style & Font.BOLD) != 0;
        boolean italic = (style & Font.ITALIC) != 0;
        return BundledFonts.face(name, bold, italic)
                .orElseGet(() -> BundledFonts.face(BundledFonts.SERIF, bold, italic).orElseThrow());
    }

    @Override
    public Font registerFont(int format, File fontFile) {
        throw new UnsupportedOperationException("a handout's formulas use the bundled fonts only");
    }

    @Override
    public Font registerFont(int format, InputStream fontStream) {
        throw new UnsupportedOperationException("a handout's formulas use the bundled fonts only");
    }

    @Override
    public Set<String> listFontNames() {
        Set<String> names = new LinkedHashSet<>();
        BundledFonts.FACES.forEach(face -> names.add(face.family()));
        return names;
    }
}
