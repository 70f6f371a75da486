package org.showwork.render.latex;

import org.showwork.render.plot.TikzChart;
import java.util.List;
import java.util.Map;
import org.showwork.formula.Expr;
import org.showwork.formula.LatexWriter;
import org.showwork.formula.UnicodeWriter;
import org.showwork.render.view.Block;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;

/**
 * How LaTeX writes the pieces of a document, for the templates under {@code templates/tex}:
 * formulas and calculations as math, text escaped, and the Unicode symbols of our prose (σ, ŷ,
 * −, ≈, …) as the commands pdflatex knows, so that the source compiles without extra packages.
 */
public final class TexWriter {

    private static final Map<Character, String> SYMBOLS = Map.ofEntries(
            Map.entry('ŷ', "$\\hat{y}$"), Map.entry('−', "$-$"), Map.entry('≈', "$\\approx$"), Map.entry('≥', "$\\geq$"),
            Map.entry('≤', "$\\leq$"), Map.entry('≠', "$\\neq$"), Map.entry('∞', "$\\infty$"), Map.entry('·', "$\\cdot$"),
            Map.entry('∂', "$\\partial$"), Map.entry('∑', "$\\sum$"), Map.entry('…', "\\ldots{}"), Map.entry('“', "``"),
            Map.entry('”', "''"), Map.entry('‘', "`"), Map.entry('’', "'"), Map.entry('–', "--"), Map.entry('—', "---"),
            Map.entry('×', "$\\times$"), Map.entry('±', "$\\pm$"), Map.entry('→', "$\\to$"), Map.entry('⟺', "$\\iff$"),
            Map.entry('′', "$'$"), Map.entry('‖', "$\\|$"), Map.entry('∇', "$\\nabla$"), Map.entry('∈', "$\\in$"),
            Map.entry('√', "$\\surd$"), Map.entry('½', "$\\frac12$"), Map.entry('¼', "$\\frac14$"),
            Map.entry('¾', "$\\frac34$"), Map.entry('⅓', "$\\frac13$"), Map.entry('≔', "$\\mathrel{:=}$"),
            Map.entry('✓', "\\checkmark{}"), Map.entry('✗', "$\\times$"), Map.entry('•', "\\textbullet{}"));

    /** Greek letters by their LaTeX names, in Unicode order: α is U+03B1, Α is U+0391. */
    private static final String[] GREEK = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "varsigma", "sigma", "tau", "upsilon",
            "phi", "chi", "psi", "omega"};

    private final LatexWriter latex = new LatexWriter();

    public String inline(List<Inline> run) {
        StringBuilder s = new StringBuilder();
        for (Inline piece : run) {
            if (piece instanceof Inline.Text t) {
                s.append(escape(t.text()));
            } else if (piece instanceof Inline.Strong strong) {
                s.append("\\textbf{").append(escape(strong.text())).append('}');
            } else if (piece instanceof Inline.Math m) {
                s.append('$').append(latex.write(m.formula())).append('$');
            } else if (piece instanceof Inline.Calc c) {
                s.append('$').append(latex.write(c.formula())).append('$');
            } else if (piece instanceof Inline.Blank b) {
                // a box to write in, labelled small with the quantity's id
                s.append("\\fbox{\\rule{0pt}{2.2ex}\\scriptsize\\texttt{").append(escape(b.id()))
                        .append("}\\hspace{1.6cm}}");
            }
        }
        return s.toString();
    }

    /** A document's header fields on one line; an empty value is a rule to write on. */
    public String fields(List<Document.Field> fields) {
        StringBuilder s = new StringBuilder("\\noindent ");
        for (int k = 0; k < fields.size(); k++) {
            Document.Field field = fields.get(k);
            if (k > 0) {
                s.append(" \\qquad ");
            }
            s.append("\\textbf{").append(escape(field.label())).append(":} ")
                    .append(field.value().isEmpty() ? "\\rule{5cm}{0.4pt}" : escape(field.value()));
        }
        return s.toString();
    }

    /** A chart as a TikZ picture. */
    public String tikz(Block.Figure figure) {
        return TikzChart.write(figure.chart(), TexWriter::escape);
    }

    public String latex(Expr formula) {
        return latex.write(formula);
    }

    public String text(String words) {
        return escape(words);
    }

    public String section(int level) {
        return switch (level) {
            case 1 -> "\\section*";
            case 2 -> "\\section*";
            case 3 -> "\\subsection*";
            default -> "\\subsubsection*";
        };
    }

    /** The column specification of a tabular: l for labels, r for numbers. */
    public String columns(Block.Table table) {
        StringBuilder s = new StringBuilder();
        for (Block.Column c : table.columns()) {
            s.append(c.numeric() ? 'r' : 'l');
        }
        return s.toString();
    }

    /** One row of a tabular, cells separated by {@code &}; total rows set apart by a rule. */
    public String row(List<List<Inline>> cells) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < cells.size(); k++) {
            if (k > 0) {
                s.append(" & ");
            }
            s.append(inline(cells.get(k)));
        }
        return s.append(" \\\\").toString();
    }

    public String header(Block.Table table) {
        return row(table.columns().stream().map(Block.Column::header).toList());
    }

    /**
     * How pdflatex writes a character our prose uses that its input encoding does not know: a
     * symbol, a Greek letter, a sub- or superscript; null for the characters it reads as they are.
     */
    private static String symbol(char c) {
        String known = SYMBOLS.get(c);
        if (known != null) {
            return known;
        }
        if (c >= 'α' && c <= 'ω') {
            return "$\\" + GREEK[c - 'α'] + "$";
        }
        if (c >= 'Α' && c <= 'Ω' && "ΓΔΘΛΞΠΣΥΦΨΩ".indexOf(c) >= 0) {
            String name = GREEK[c - 'Α'];
            return "$\\" + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "$";
        }
        char sub = UnicodeWriter.unsubscript(c);
        if (sub != 0) {
            return "$_{" + (sub == '-' ? "-" : String.valueOf(sub)) + "}$";
        }
        char sup = UnicodeWriter.unsuperscript(c);
        if (sup != 0) {
            return "$^{" + sup + "}$";
        }
        if (c > 0xFF) {
            // anything else beyond Latin-1 would stop pdflatex: name it instead
            return "\\textsf{[U+" + String.format("%04X", (int) c) + "]}";
        }
        return null;
    }

    /** Text for LaTeX's text mode: its special characters as commands, our symbols as pdflatex knows them. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String symbol = symbol(c);
            if (symbol != null) {
                s.append(symbol);
                continue;
            }
            switch (c) {
                case '\\' -> s.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> s.append('\\').append(c);
                case '~' -> s.append("\\textasciitilde{}");
                case '^' -> s.append("\\textasciicircum{}");
                case '<' -> s.append("\\textless{}");
                case '>' -> s.append("\\textgreater{}");
                case '|' -> s.append("\\textbar{}");
                // a blank line would end the paragraph (and a \\title{} with it)
                case '\n', '\r' -> s.append(' ');
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
