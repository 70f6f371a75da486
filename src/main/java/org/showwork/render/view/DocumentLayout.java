package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.showwork.formula.Expr;
import org.showwork.quantity.DecimalPlaces;

/**
 * What every view (a derivation, a fit, a checked submission, a class summary) does while it lays
 * a document out: collect blocks, add headings with anchors and paragraphs of plain words, and
 * build the cells and columns of tables.
 */
abstract class DocumentLayout {

    /** The blocks laid out so far, in order. */
    protected final List<Block> blocks;

    protected DocumentLayout() {
        this(new ArrayList<>());
    }

    /** A layout that adds to blocks another layout started: one section of a larger document. */
    protected DocumentLayout(List<Block> blocks) {
        this.blocks = blocks;
    }

    protected void heading(int level, String text) {
        blocks.add(new Block.Heading(level, Inline.of(text), anchor(text)));
    }

    protected void paragraph(String text) {
        blocks.add(new Block.Paragraph(Inline.of(text)));
    }

    /** A cell holding one calculation or number. */
    protected static List<Inline> calc(Expr e) {
        return Inline.of(new Inline.Calc(e));
    }

    protected static Block.Column column(boolean numeric, Object... header) {
        return new Block.Column(Inline.of(header), numeric);
    }

    /** How many places the numbers are shown with: "3 decimal places (cost, grad_w, grad_b: 4)". */
    protected static String placesPhrase(DecimalPlaces decimals) {
        int base = decimals.base();
        Map<Integer, List<String>> byPlaces = decimals.overrides().entrySet().stream()
                .filter(e -> e.getValue() != base)
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                        Collectors.mapping(e -> e.getKey().id(), Collectors.toList())));
        StringBuilder s = new StringBuilder(base + (base == 1 ? " decimal place" : " decimal places"));
        if (!byPlaces.isEmpty()) {
            s.append(byPlaces.entrySet().stream().map(e -> String.join(", ", e.getValue()) + ": " + e.getKey())
                    .collect(Collectors.joining("; ", " (", ")")));
        }
        return s.toString();
    }

    /** A heading's anchor: its words in lower case, joined by hyphens. */
    static String anchor(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
