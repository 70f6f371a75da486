package org.showwork.render.html;

import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.HashSet;
import java.util.Set;
import org.showwork.formula.Expr;
import org.showwork.formula.LatexWriter;
import org.showwork.formula.MathmlWriter;
import org.showwork.formula.UnicodeWriter;
import org.showwork.render.expression.HtmlEscaping;
import org.showwork.render.plot.SvgChart;
import org.showwork.render.view.Block;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;

/**
 * How HTML writes the pieces of a document, for the templates under {@code templates/html}:
 * formulas as MathML (no script, no network; screen readers read them), calculations as text with
 * true minus signs in tabular figures, and everything escaped. The output is well-formed XML as
 * well as HTML, because the PDF is made from the same markup. A learning management system's
 * variant ({@link #forLms}) writes formulas as TeX for its MathJax filter, or as MathML, puts the
 * look of tables in inline styles (the LMS has none of our stylesheet), and escapes text further
 * for what the LMS reads in it.
 */
public final class HtmlWriter {

    /** How formulas are written. */
    public enum MathMarkup {
        /** MathML everywhere (the handout). */
        MATHML,
        /** Displayed formulas in MathML, formulas within text as italic text (the PDF printer). */
        MATHML_DISPLAYED,
        /** TeX between {@code \( \)} and {@code \[ \]}, for MathJax. */
        TEX
    }

    private final MathmlWriter mathml = new MathmlWriter();
    private final LatexWriter latex = new LatexWriter();
    private final UnicodeWriter unicode = new UnicodeWriter();
    private final MathMarkup math;
    private final boolean inlineStyles;
    private final Function<String, String> blank;
    private final UnaryOperator<String> escapeText;
    /** The ids given out in this document so far: every one must be unique in the page. */
    private final Set<String> ids = new HashSet<>();

    public HtmlWriter() {
        this(false);
    }

    /**
     * @param inlineMathAsText write formulas within text and table headers as italic text rather
     *                         than MathML: the PDF printer typesets MathML slowly and sets it off
     *                         the baseline of the surrounding words, while displayed formulas still
     *                         need it
     */
    public HtmlWriter(boolean inlineMathAsText) {
        this(inlineMathAsText, HtmlWriter::box);
    }

    /** @param blank the markup of a worksheet's blank, from its quantity's id (a quiz puts an answer field there) */
    public HtmlWriter(boolean inlineMathAsText, Function<String, String> blank) {
        this(inlineMathAsText ? MathMarkup.MATHML_DISPLAYED : MathMarkup.MATHML, false, blank, HtmlWriter::escape);
    }

    private HtmlWriter(MathMarkup math, boolean inlineStyles, Function<String, String> blank, UnaryOperator<String> escapeText) {
        this.math = math;
        this.inlineStyles = inlineStyles;
        this.blank = blank;
        this.escapeText = escapeText;
    }

    /**
     * The writer of a question for a learning management system: formulas in {@code math}, the
     * look of tables in inline styles, and text escaped by {@code escapeText} (which must escape
     * HTML as {@link #escape} does, and may escape more).
     */
    public static HtmlWriter forLms(MathMarkup math, Function<String, String> blank, UnaryOperator<String> escapeText) {
        return new HtmlWriter(math, true, blank, escapeText);
    }

    /** A blank as a box to write in, labelled small with the quantity's id. */
    public static String box(String id) {
        return "<span class=\"blank\" data-quantity=\"" + escape(id) + "\"><span class=\"blank-id\">" + escape(id)
                + "</span></span>";
    }

    public String inline(List<Inline> run) {
        StringBuilder s = new StringBuilder();
        for (Inline piece : run) {
            if (piece instanceof Inline.Text t) {
                s.append(escapeText.apply(t.text()));
            } else if (piece instanceof Inline.Strong strong) {
                s.append("<strong>").append(escapeText.apply(strong.text())).append("</strong>");
            } else if (piece instanceof Inline.Math m) {
                s.append(inlineMath(m.formula()));
            } else if (piece instanceof Inline.Calc c) {
                s.append("<span class=\"calc\"").append(styleAttribute("calc")).append('>')
                        .append(escapeText.apply(unicode.write(c.formula()))).append("</span>");
            } else if (piece instanceof Inline.Blank b) {
                s.append(blank.apply(b.id()));
            }
        }
        return s.toString();
    }

    /** A chart as inline SVG; its ids are prefixed with the figure's name, made unique in the page. */
    public String svg(Block.Figure figure) {
        return SvgChart.write(figure.chart(), id("figure-" + figure.name()),
                plain(figure.caption()));
    }

    /**
     * An id unique in the page: the anchor itself the first time, then with -2, -3, … added (each
     * step of a derivation has its own "Update" heading, each variant of a booklet its own charts).
     */
    public String id(String anchor) {
        String base = anchor == null || anchor.isBlank() ? "section" : anchor;
        String id = base;
        for (int k = 2; !ids.add(id); k++) {
            id = base + "-" + k;
        }
        return id;
    }

    public String plain(List<Inline> run) {
        return Inline.plain(run);
    }

    public String display(Expr formula) {
        return math == MathMarkup.TEX ? "\\[" + escape(latex.write(formula)) + "\\]" : mathml.math(formula, true);
    }

    private String inlineMath(Expr formula) {
        return switch (math) {
            case MATHML -> mathml.math(formula, false);
            case MATHML_DISPLAYED -> "<span class=\"math\">" + escape(unicode.write(formula)) + "</span>";
            case TEX -> "\\(" + escape(latex.write(formula)) + "\\)";
        };
    }

    /**
     * The inline style of an element in a question for a learning management system ({@code null}
     * in a handout, whose stylesheet gives the look, so that the template writes no attribute).
     */
    public String style(String role) {
        return inlineStyles ? InlineStyles.of(role) : null;
    }

    /** The inline style of a column's header, aligned as its cells are ({@code null} in a handout). */
    public String headerStyle(Block.Column column) {
        return inlineStyles ? InlineStyles.of("column-header") + (column.numeric() ? "right" : "left") : null;
    }

    private String styleAttribute(String role) {
        return styleAttribute(role, "\"");
    }

    /** {@code end} closes the attribute, perhaps after more declarations. */
    private String styleAttribute(String role, String end) {
        return inlineStyles ? " style=\"" + InlineStyles.of(role) + end : "";
    }

    /**
     * A document's header fields, each labelled and marked with its key ({@code data-field}), so that
     * a program can read the variant code back; an empty value is a line to write on.
     */
    public String fields(List<Document.Field> fields) {
        StringBuilder s = new StringBuilder();
        for (Document.Field field : fields) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append("<span class=\"field\"><span class=\"field-label\">").append(escapeText.apply(field.label()))
                    .append(":</span> <span class=\"field-value").append(field.value().isEmpty() ? " write-in" : "")
                    .append("\" data-field=\"").append(escape(field.key())).append("\">")
                    .append(escapeText.apply(field.value())).append("</span></span>");
        }
        return s.toString();
    }

    /** Plain words, escaped. */
    public String text(String words) {
        return escapeText.apply(words);
    }

    /** The CSS class of a column's cells. */
    public String align(Block.Column column) {
        return column.numeric() ? "num" : "label";
    }

    /**
     * The cells of a table row: the first a row header, the others aligned by their column. One
     * call a row rather than one a cell: every call from a template costs an OGNL evaluation, which
     * dominated the time of a document.
     */
    public String cells(Block.Table table, Block.Row row) {
        StringBuilder s = new StringBuilder();
        // a handout's stylesheet sets total rows in bold; inline, each cell says so
        String total = inlineStyles && row.total() ? ";font-weight:bold;border-top:2px solid #555\"" : "\"";
        for (int k = 0; k < row.cells().size(); k++) {
            String content = inline(row.cells().get(k));
            if (k == 0) {
                s.append("<th scope=\"row\"").append(styleAttribute("row-header", total)).append('>').append(content)
                        .append("</th>");
            } else {
                String align = align(table.columns().get(k));
                s.append("<td class=\"").append(align).append('"').append(styleAttribute(align, total)).append('>')
                        .append(content).append("</td>");
            }
        }
        return s.toString();
    }

    /** Whether the block after {@code index} is a table or formulas, so that the two stay on one page when printed. */
    public boolean leadsInto(List<Block> blocks, int index) {
        if (index + 1 >= blocks.size()) {
            return false;
        }
        String next = blocks.get(index + 1).kind();
        return next.equals("table") || next.equals("display") || next.equals("items");
    }

    public boolean hasTotal(Block.Table table) {
        return table.rows().stream().anyMatch(Block.Row::total);
    }

    /**
     * Text as a CSS string (the running title of printed pages), safe inside an HTML {@code <style>}
     * element and as XML: quotes, backslashes, angle brackets, ampersands and control characters are
     * written as CSS hex escapes (an apostrophe is safe in a string in double quotes), so a title such as {@code </style><script>} stays text.
     */
    public String cssString(String text) {
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || c == '\t') {
                s.append(' ');
            } else if (c < 0x20 || c == 0x7F || "\"\\<>&".indexOf(c) >= 0) {
                s.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.append('"').toString();
    }

    /** Text for HTML text or a double-quoted attribute (see {@link HtmlEscaping#text}). */
    public static String escape(String text) {
        return HtmlEscaping.text(text);
    }
}
