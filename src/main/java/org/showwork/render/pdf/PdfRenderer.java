package org.showwork.render.pdf;

import com.openhtmltopdf.mathmlsupport.MathMLDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.showwork.derive.Trace;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/**
 * The HTML handout printed to PDF by openhtmltopdf, with its SVG and MathML support. The PDF's
 * built-in fonts have no σ, ŷ or −, so the DejaVu fonts (shipped as classpath resources) are
 * registered under the names the stylesheet falls back to.
 */
public final class PdfRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    /** Font files and the family, weight and style they are registered as. */
    private record Face(String file, String family, int weight, FontStyle style) {}

    private static final Face[] FACES = {
        new Face("DejaVuSerif.ttf", "DejaVu Serif", 400, FontStyle.NORMAL),
        new Face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, FontStyle.NORMAL),
        new Face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, FontStyle.ITALIC),
        new Face("DejaVuSerif-BoldItalic.ttf", "DejaVu Serif", 700, FontStyle.ITALIC),
        new Face("DejaVuSans.ttf", "DejaVu Sans", 400, FontStyle.NORMAL),
        new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, FontStyle.NORMAL),
        new Face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, FontStyle.ITALIC),
        new Face("DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, FontStyle.NORMAL),
    };

    /** Font metrics are the same for every handout; measuring them once per run saves most of a PDF's time. */
    private static final FSCacheEx<String, FSCacheValue> FONT_METRICS = new FSDefaultCacheStore();

    private final HtmlRenderer html;
    private final Paper paper;

    public PdfRenderer() {
        this(new HtmlRenderer(org.showwork.render.TemplateRendering.builtIn(), true));
    }

    public PdfRenderer(HtmlRenderer html) {
        this(html, Paper.A4);
    }

    public PdfRenderer(HtmlRenderer html, Paper paper) {
        this.html = html;
        this.paper = paper;
    }

    public void render(Trace trace, OutputStream out) throws IOException {
        render(DerivationView.of(trace), out);
    }

    public void render(Document document, OutputStream out) throws IOException {
        print(html.render(document), out, paper);
    }

    /** Prints a well-formed HTML handout to PDF. */
    public static void print(String handout, OutputStream out, Paper paper) throws IOException {
        XRLog.setLoggingEnabled(false); // its progress messages are not for our users
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useDefaultPageSize(paper.widthMm(), paper.heightMm(), PdfRendererBuilder.PageSizeUnits.MM);
        builder.withHtmlContent(withMathFonts(handout), null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useMathMLDrawer(new MathMLDrawer());
        try (PDDocument document = new PDDocument()) {
            for (Face face : FACES) {
                builder.useFont(new LazyFont(document, face), face.family(), face.weight(), face.style(), true);
            }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS);
            identify(document, handout);
            builder.usePDDocument(document);
            try (var renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            // no clock time in the file: the same handout gives the same bytes
            document.getDocumentInformation().setCreationDate(null);
            document.getDocumentInformation().setProducer("showwork");
            document.save(out);
        }
    }

    /**
     * Gives the PDF an identifier derived from its content. PDFBox would otherwise make one from
     * the clock, and the same handout would never come out byte for byte the same.
     */
    private static void identify(PDDocument document, String handout) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("MD5")
                    .digest(handout.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    /**
     * The MathML drawer finds its fonts only through @font-face rules, not through the fonts
     * registered with the builder; the rules point into our own jar, so the HTML handout itself
     * stays free of any address.
     */
    private static String withMathFonts(String handout) {
        StringBuilder faces = new StringBuilder("<style>");
        for (Face face : FACES) {
            java.net.URL url = PdfRenderer.class.getResource(FONTS + face.file());
            if (url != null) {
                faces.append("@font-face { font-family: '").append(face.family()).append("'; src: url('")
                        .append(url.toExternalForm()).append("'); font-weight: ").append(face.weight())
                        .append("; font-style: ").append(face.style() == FontStyle.ITALIC ? "italic" : "normal")
                        .append("; }\n");
            }
        }
        faces.append("</style>");
        int head = handout.indexOf("</head>");
        return head < 0 ? handout : handout.substring(0, head) + faces + handout.substring(head);
    }

    /**
     * A font for one document, made on first use from a parsed font kept for the whole run (per
     * thread: a parsed font is read while subsetting and is not safe to share between threads).
     * Parsing the TrueType files anew for every handout took a fifth of a PDF's time.
     */
    private static final class LazyFont extends PDFontSupplier {
        private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

        private final PDDocument document;
        private final Face face;
        private PDFont font;

        LazyFont(PDDocument document, Face face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, parsed(face.file()), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }

        private static TrueTypeFont parsed(String file) throws IOException {
            Map<String, TrueTypeFont> fonts = PARSED.get();
            TrueTypeFont ttf = fonts.get(file);
            if (ttf == null) {
                try (InputStream in = PdfRenderer.class.getResourceAsStream(FONTS + file)) {
                    if (in == null) {
                        throw new IOException("font " + file + " is missing from the build");
                    }
                    ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                }
                fonts.put(file, ttf);
            }
            return ttf;
        }
    }
}
