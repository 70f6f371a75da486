package org.showwork.render.markdown;

import java.util.List;
import java.util.Map;
import org.showwork.formula.Expr;
import org.showwork.formula.LatexWriter;
import org.showwork.formula.UnicodeWriter;
import org.showwork.render.view.Block;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;

/**
 * How Markdown writes the pieces of a document, for the templates under {@code templates/md}:
 * displayed formulas as LaTeX between {@code $$}, inline formulas and calculations as plain
 * Unicode (readable in any viewer, and what a student types back into a worksheet), and text
 * escaped where Markdown would misread it.
 */
public final class MarkdownWriter {

    private final LatexWriter latex = new LatexWriter();
    private final UnicodeWriter unicode = new UnicodeWriter();
    private final String figurePrefix;

    /** @param figurePrefix the start of the SVG files' names beside the document (null: no figures) */
    public MarkdownWriter(String figurePrefix) {
        this.figurePrefix = figurePrefix;
    }

    /** The file a figure is written to, relative to the document. */
    public String figureFile(Block.Figure figure) {
        if (figurePrefix == null) {
            throw new IllegalStateException("figures need a file name to be written beside");
        }
        return figureFile(figurePrefix, figure);
    }

    /** The file a figure of a document whose files start with {@code prefix} is written to. */
    public static String figureFile(String prefix, Block.Figure figure) {
        return prefix + "-" + figure.name() + ".svg";
    }

    /** A figure as a Markdown image linked to its SVG file beside the document, the caption as its alt text. */
    public String figureLink(Block.Figure figure) {
        return "![" + escape(plain(figure.caption())) + "](" + figureFile(figure) + ")";
    }

    /** Inline text without markup, for alt texts and titles. */
    public String plain(List<Inline> run) {
        return Inline.plain(run);
    }

    public String inline(List<Inline> run) {
        StringBuilder s = new StringBuilder();
        for (Inline piece : run) {
            if (piece instanceof Inline.Text t) {
                s.append(escape(t.text()));
            } else if (piece instanceof Inline.Strong strong) {
                s.append("**").append(escape(strong.text())).append("**");
            } else if (piece instanceof Inline.Math m) {
                s.append(unicode.write(m.formula()));
            } else if (piece instanceof Inline.Calc c) {
                s.append(unicode.write(c.formula()));
            } else if (piece instanceof Inline.Blank b) {
                s.append(blank(b.id()));
            }
        }
        return s.toString();
    }

    /**
     * A worksheet blank: a code span holding the quantity's id, a colon and a line to write on.
     * A Markdown parser finds it unambiguously (a code node whose text starts with an id and a
     * colon), and the student fills it in any text editor: {@code `p[1]: 0.012`}.
     */
    public static String blank(String id) {
        return "`" + id + ": ____`";
    }

    /** A table cell: inline text with pipes escaped; total rows in bold. */
    public String cell(List<Inline> run, boolean total) {
        String text = inline(run).replace("|", "\\|");
        return total && !text.isBlank() ? "**" + text + "**" : text;
    }

    public String cell(List<Inline> run) {
        return cell(run, false);
    }

    /**
     * A table row, {@code | a | b |}. One call a row rather than one a cell: every call from a
     * template costs an expression's evaluation and Thymeleaf's work around it.
     */
    public String row(Block.Row row) {
        StringBuilder s = new StringBuilder("|");
        for (List<Inline> cell : row.cells()) {
            s.append(' ').append(cell(cell, row.total())).append(" |");
        }
        return s.toString();
    }

    /**
     * A document's header fields on one line, each label in bold: {@code **Variant:** 7KQ2MX}. An
     * empty value is a line to write on.
     */
    public String fields(List<Document.Field> fields) {
        StringBuilder s = new StringBuilder();
        for (Document.Field field : fields) {
            if (s.length() > 0) {
                s.append(" · ");
            }
            s.append("**").append(escape(field.label())).append(":** ")
                    .append(field.value().isEmpty() ? WRITE_IN : escape(field.value()));
        }
        return s.toString();
    }

    /** Where a student writes a header field by hand. */
    private static final String WRITE_IN = "________________________";

    /** A displayed formula's LaTeX, written to survive any CommonMark renderer (see {@link #mathText}). */
    public String latex(Expr formula) {
        return mathText(latex.write(formula));
    }

    /**
     * LaTeX commands for what CommonMark would read as markup: {@code * < >}, and {@code \\| \\{ \\}}
     * (escapes to it); {@link #mathText} looks a character up only if it is one of these.
     */
    private static final Map<String, String> MARKUP_FREE = Map.of("*", "\\ast", "<", "\\lt", ">", "\\gt",
            "\\|", "\\Vert", "\\{", "\\lbrace", "\\}", "\\rbrace");

    /**
     * LaTeX for a {@code $$} block that a CommonMark renderer without math support (cmark-gfm,
     * pandoc's commonmark, most previewers) passes through unchanged, so that MathJax or KaTeX
     * still finds it: a subscript's underscore gets spaces around it ({@code w _ {j}}, the same to
     * TeX), where no emphasis can start or end, and the characters CommonMark reads as markup or as
     * escapes are written as the commands of the same symbols. GitHub, which keeps {@code $$} blocks
     * apart, shows the same formula.
     */
    static String mathText(String tex) {
        StringBuilder s = new StringBuilder(tex.length() + 16);
        int n = tex.length();
        for (int k = 0; k < n; k++) {
            char c = tex.charAt(k);
            boolean more = k + 1 < n;
            char next = more ? tex.charAt(k + 1) : 0;
            String command = c == '\\' ? (more && "|{}".indexOf(next) >= 0 ? MARKUP_FREE.get(tex.substring(k, k + 2)) : null)
                    : c == '*' || c == '<' || c == '>' ? MARKUP_FREE.get(String.valueOf(c)) : null;
            if (command != null) {
                k += c == '\\' ? 1 : 0;
                boolean letterNext = k + 1 < n && Character.isLetter(tex.charAt(k + 1));
                s.append(command).append(letterNext ? " " : "");
            } else if (c == '\\') {
                s.append(c); // a command's backslash, kept with the character after it
                if (more) {
                    s.append(next);
                }
                k++;
            } else if (c == '_') {
                boolean spaced = s.length() > 0 && s.charAt(s.length() - 1) == ' ';
                s.append(spaced ? "_" : " _").append(next == ' ' ? "" : " ");
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Plain words, escaped. */
    public String text(String words) {
        return escape(words);
    }

    public String hashes(int level) {
        return "#".repeat(level);
    }

    /**
     * The characters that start markup in running text, each written with a backslash before it.
     * An opening bracket alone: without it no link, image, footnote or reference can form, so the
     * closing one stays as it is ({@code p\[4]}).
     */
    private static final String SPECIAL = "\\*`<[$&~^";

    /**
     * Escapes the characters that would start emphasis, code, a link or image, HTML, an entity,
     * math, strikethrough or a superscript in running text, in CommonMark, GitHub's Markdown and
     * pandoc's alike; a line break becomes a space, so that text a user wrote (a title, a student's
     * answer) cannot start a block of its own. What a student writes, such as
     * {@code [l](javascript:alert(1))}, stays the text it was.
     */
    static String escape(String text) {
        int first = 0;
        while (first < text.length() && SPECIAL.indexOf(text.charAt(first)) < 0 && text.charAt(first) != '_'
                && text.charAt(first) != '\n' && text.charAt(first) != '\r') {
            first++;
        }
        if (first == text.length()) {
            return text; // most text has nothing to escape: no copy
        }
        StringBuilder s = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int k = first; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || c == '\r') {
                s.append(' ');
                continue;
            }
            // an underscore inside a word (grad_w) starts no emphasis
            boolean intraword = c == '_' && k > 0 && k + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(k - 1)) && Character.isLetterOrDigit(text.charAt(k + 1));
            if (SPECIAL.indexOf(c) >= 0 || (c == '_' && !intraword)) {
                s.append('\\');
            }
            s.append(c);
        }
        return s.toString();
    }
}
