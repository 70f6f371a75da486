package org.showwork.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
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
import org.showwork.render.pdf.BundledFonts.Face;
import org.showwork.render.html.HtmlRenderer;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;

/**
 * The HTML handout printed to PDF by openhtmltopdf, with its SVG and MathML support. The PDF's
 * built-in fonts have no σ, ŷ or −, so the DejaVu fonts (shipped as classpath resources) are
 * registered under the names the stylesheet falls back to.
 */
public final class PdfRenderer {

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
        builder.withHtmlContent(PrintedHtml.of(handout), null);
        builder.useSVGDrawer(new ChartDrawer());
        builder.useMathMLDrawer(new MathDrawer());
        try (PDDocument document = new PDDocument()) {
            for (Face face : BundledFonts.FACES) {
                LazyFont font = new LazyFont(document, face);
                builder.useFont(font, face.family(), face.weight(), face.style(), true);
                if (face.family().equals(BundledFonts.SERIF)) {
                    // CSS's initial font-family, serif (openhtmltopdf calls it Serif): the page header and numbers have no other
                    builder.useFont(font, "Serif", face.weight(), face.style(), true);
                }
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
     * A font for one document, made on first use from a parsed font kept for the whole run (per
     * thread: a parsed font is read while subsetting and is not safe to share between threads).
     * Parsing the TrueType files anew for every handout took a fifth of a PDF's time.
     */
    private static final class LazyFont extends PDFontSupplier {
        private static final ThreadLocal<Map<Face, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

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
                    font = PDType0Font.load(document, parsed(face), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }

        private static TrueTypeFont parsed(Face face) throws IOException {
            Map<Face, TrueTypeFont> fonts = PARSED.get();
            TrueTypeFont ttf = fonts.get(face);
            if (ttf == null) {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                fonts.put(face, ttf);
            }
            return ttf;
        }
    }
}
