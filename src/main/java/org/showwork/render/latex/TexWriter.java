package org.showwork.render.latex;

import java.util.List;
import java.util.Map;
import org.showwork.formula.Expr;
import org.showwork.formula.LatexWriter;
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
            Map.entry('σ', "$\\sigma$"), Map.entry('α', "$\\alpha$"), Map.entry('ŷ', "$\\hat{y}$"),
            Map.entry('−', "$-$"), Map.entry('≈', "$\\approx$"), Map.entry('≥', "$\\geq$"),
            Map.entry('≤', "$\\leq$"), Map.entry('∞', "$\\infty$"), Map.entry('·', "$\\cdot$"),
            Map.entry('∂', "$\\partial$"), Map.entry('Σ', "$\\Sigma$"), Map.entry('…', "\\ldots{}"),
            Map.entry('“', "``"), Map.entry('”', "''"), Map.entry('’', "'"), Map.entry('–', "--"),
            Map.entry('—', "---"), Map.entry('×', "$\\times$"), Map.entry('⟺', "$\\iff$"),
            Map.entry('ᵢ', "$_i$"), Map.entry('ⱼ', "$_j$"), Map.entry('₀', "$_0$"), Map.entry('₁', "$_1$"),
            Map.entry('₂', "$_2$"), Map.entry('₃', "$_3$"), Map.entry('₄', "$_4$"), Map.entry('₅', "$_5$"),
            Map.entry('₆', "$_6$"), Map.entry('₇', "$_7$"), Map.entry('₈', "$_8$"), Map.entry('₉', "$_9$"),
            Map.entry('²', "$^2$"), Map.entry('λ', "$\\lambda$"), Map.entry('θ', "$\\theta$"),
            Map.entry('Δ', "$\\Delta$"), Map.entry('′', "$'$"), Map.entry('‖', "$\\|$"), Map.entry('∇', "$\\nabla$"),
            Map.entry('⁻', "$^-$"), Map.entry('¹', "$^1$"), Map.entry('³', "$^3$"), Map.entry('∈', "$\\in$"));

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
    public String tikz(org.showwork.render.view.Block.Figure figure) {
        return org.showwork.render.plot.TikzChart.write(figure.chart());
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

    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            String symbol = SYMBOLS.get(c);
            if (symbol != null) {
                s.append(symbol);
                continue;
            }
            switch (c) {
                case '\\' -> s.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> s.append('\\').append(c);
                case '~' -> s.append("\\textasciitilde{}");
                case '^' -> s.append("\\textasciicircum{}");
                default -> s.append(c);
            }
        }
        return s.toString();
    }
}
