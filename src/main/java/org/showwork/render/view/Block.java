package org.showwork.render.view;

import org.showwork.render.plot.Chart;
import java.util.List;
import org.showwork.formula.Expr;

/**
 * A block of a document in no format yet: a heading, a paragraph, a displayed formula (or a
 * group of them aligned), a table, a list. {@link #kind()} names the template that writes it.
 */
public sealed interface Block {

    /** The name of the block's template, e.g. {@code table}. */
    String kind();

    record Heading(int level, List<Inline> text, String anchor) implements Block {
        public Heading {
            text = List.copyOf(text);
        }

        @Override public String kind() { return "heading"; }
    }

    record Paragraph(List<Inline> text) implements Block {
        public Paragraph {
            text = List.copyOf(text);
        }

        @Override public String kind() { return "paragraph"; }
    }

    /** Formulas shown on their own lines, one under another. */
    record Display(List<Expr> formulas) implements Block {
        public Display {
            formulas = List.copyOf(formulas);
        }

        @Override public String kind() { return "display"; }
    }

    /**
     * A chart with a caption. {@code name} is unique in the document: it names the SVG file beside
     * a Markdown document and the chart's ids inside an HTML one.
     */
    record Figure(String name, List<Inline> caption, Chart chart) implements Block {
        public Figure {
            caption = List.copyOf(caption);
        }

        @Override public String kind() { return "figure"; }
    }

    /** A list of points. */
    record Items(List<List<Inline>> items) implements Block {
        public Items {
            items = items.stream().map(List::copyOf).toList();
        }

        @Override public String kind() { return "items"; }
    }

    /** A table with a caption, header cells and rows; a total row (sums) is marked so formats can set it apart. */
    record Table(List<Inline> caption, List<Column> columns, List<Row> rows) implements Block {
        public Table {
            caption = List.copyOf(caption);
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row has " + row.cells().size() + " cells for "
                            + columns.size() + " columns");
                }
            }
        }

        @Override public String kind() { return "table"; }
    }

    /** A column: its header and whether its cells are numbers (aligned right) or text. */
    record Column(List<Inline> header, boolean numeric) {
        public Column {
            header = List.copyOf(header);
        }
    }

    record Row(List<List<Inline>> cells, boolean total) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }
}
