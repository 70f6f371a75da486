package org.showwork.render.view;

import java.util.List;

/**
 * A worked derivation laid out for reading, shared by every format: which headings, paragraphs,
 * formulas and tables, in which order. Formats decide only how each is written. A document may
 * carry header fields under its title — the student's name, id and variant code of a generated
 * worksheet — which most documents have none of.
 */
public record Document(String title, String generator, List<Inline> byline, List<Block> blocks, List<Field> fields) {
    public Document {
        byline = List.copyOf(byline);
        blocks = List.copyOf(blocks);
        fields = List.copyOf(fields);
    }

    /** A document without header fields. */
    public Document(String title, String generator, List<Inline> byline, List<Block> blocks) {
        this(title, generator, byline, blocks, List.of());
    }

    /**
     * One labelled value in a document's header, e.g. "Variant: 7KQ2MX".
     *
     * @param key   a stable name for machines (an HTML data attribute; what a checker looks for)
     * @param label the words a reader sees before the value
     * @param value the value; empty for a line the student writes on (a name on an unnamed worksheet)
     */
    public record Field(String key, String label, String value) {}

    /** The same document with these header fields instead of its own. */
    public Document withFields(List<Field> others) {
        return new Document(title, generator, byline, blocks, others);
    }

    /** The same document without its charts, for formats that cannot carry them where they go. */
    public Document withoutFigures() {
        return new Document(title, generator, byline, blocks.stream().filter(b -> !(b instanceof Block.Figure)).toList(),
                fields);
    }

    public List<Block.Figure> figures() {
        return blocks.stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b).toList();
    }
}
