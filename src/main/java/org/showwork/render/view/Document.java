package org.showwork.render.view;

import java.util.List;

/**
 * A worked derivation laid out for reading, shared by every format: which headings, paragraphs,
 * formulas and tables, in which order. Formats decide only how each is written.
 */
public record Document(String title, String generator, List<Inline> byline, List<Block> blocks) {
    public Document {
        byline = List.copyOf(byline);
        blocks = List.copyOf(blocks);
    }

    /** The same document without its charts, for formats that cannot carry them where they go. */
    public Document withoutFigures() {
        return new Document(title, generator, byline, blocks.stream().filter(b -> !(b instanceof Block.Figure)).toList());
    }

    public List<Block.Figure> figures() {
        return blocks.stream().filter(b -> b instanceof Block.Figure).map(b -> (Block.Figure) b).toList();
    }
}
