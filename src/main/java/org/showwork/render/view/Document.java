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
}
