package org.showwork.render.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.showwork.derive.Trace;
import org.showwork.render.pdf.BundledFonts.Face;
import org.showwork.render.TemplateRendering;
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

    static {
        FontMappers.set(BundledFontMapper.INSTANCE);
    }

    private final HtmlRenderer html;
    private final Paper paper;

    public PdfRenderer() {
        this(new HtmlRenderer(TemplateRendering.builtIn(), true));
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
        ParsedFonts parsed = ParsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            for (Face face : BundledFonts.FACES) {
                LazyFont font = new LazyFont(document, face, parsed);
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
        } finally {
            parsed.giveBack();
        }
    }

    /**
     * Gives the PDF an identifier derived from its content. PDFBox would otherwise make one from
     * the clock, and the same handout would never come out byte for byte the same.
     */
    private static void identify(PDDocument document, String handout) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("MD5").digest(handout.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    /**
     * A font for one document, made on first use from a parsed font kept for the whole run. Parsing
     * the TrueType files anew for every handout took a fifth of a PDF's time. A parsed font is read
     * while subsetting and is not safe to share between threads, so each document borrows a set of
     * them ({@link ParsedFonts}) that no other document holds until it is given back.
     */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument document;
        private final Face face;
        private final ParsedFonts parsed;
        private PDFont font;

        LazyFont(PDDocument document, Face face, ParsedFonts parsed) {
            super(null);
            this.document = document;
            this.face = face;
            this.parsed = parsed;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, parsed.get(face), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }

    /** The bundled fonts as parsed so far, lent to one document at a time and kept for the run. */
    private static final class ParsedFonts {
        private static final Queue<ParsedFonts> FREE = new ConcurrentLinkedQueue<>();

        private final Map<Face, TrueTypeFont> fonts = new HashMap<>();

        static ParsedFonts borrow() {
            ParsedFonts free = FREE.poll();
            return free != null ? free : new ParsedFonts();
        }

        void giveBack() {
            FREE.add(this);
        }

        TrueTypeFont get(Face face) throws IOException {
            TrueTypeFont ttf = fonts.get(face);
            if (ttf == null) {
                ttf = face.parsed();
                fonts.put(face, ttf);
            }
            return ttf;
        }
    }
}
