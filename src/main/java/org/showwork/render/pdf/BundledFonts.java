package org.showwork.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The DejaVu fonts that ship with showwork (classpath resources), the only fonts a PDF handout
 * uses: for its text, its formulas and its charts alike, so that the PDF is the same on every
 * machine whatever fonts that machine has. Each file is read once per run.
 */
final class BundledFonts {
    private BundledFonts() {}

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    /** The family every formula is set in, and the one that stands in for a family we do not ship. */
    static final String SERIF = "DejaVu Serif";
    /** The family of the charts' text, and the stand-in there. */
    static final String SANS = "DejaVu Sans";

    /** A font file and the family, weight and style it is registered as. */
    record Face(String file, String family, int weight, FontStyle style) {

        boolean bold() {
            return weight >= 700;
        }

        boolean italic() {
            return style != FontStyle.NORMAL;
        }

        /** The file's bytes, read when first needed and kept for the run. */
        byte[] bytes() {
            return BYTES.computeIfAbsent(this, BundledFonts::read);
        }

        /**
         * The face parsed by PDFBox, anew on each call: a parsed font is read while drawing and
         * subsetting, so whoever keeps one decides who shares it.
         */
        TrueTypeFont parsed() throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes()));
        }

        /** The face as a Java font (size 1), made when first needed and kept: Java fonts are immutable. */
        Font awt() {
            return AWT.computeIfAbsent(this, BundledFonts::awt);
        }
    }

    static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", SERIF, 400, FontStyle.NORMAL),
            new Face("DejaVuSerif-Bold.ttf", SERIF, 700, FontStyle.NORMAL),
            new Face("DejaVuSerif-Italic.ttf", SERIF, 400, FontStyle.ITALIC),
            new Face("DejaVuSerif-BoldItalic.ttf", SERIF, 700, FontStyle.ITALIC),
            new Face("DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL),
            new Face("DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL),
            new Face("DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC),
            new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL));

    /** The face of a family (any case) nearest to the weight and style asked for, if we ship the family. */
    static Optional<Face> face(String family, boolean bold, boolean italic) {
        Face best = null;
        int bestScore = -1;
        for (Face face : FACES) {
            if (face.family().equalsIgnoreCase(family.strip())) {
                int score = (face.bold() == bold ? 2 : 0) + (face.italic() == italic ? 1 : 0);
                if (score > bestScore) {
                    best = face;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Map<Face, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<Face, Font> AWT = new ConcurrentHashMap<>();

    private static byte[] read(Face face) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(FOLDER + face.file())) {
            if (in == null) {
                throw new IllegalStateException("font " + face.file() + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Font awt(Face face) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(face.bytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + face.file() + " cannot be read", e);
        }
    }
}
