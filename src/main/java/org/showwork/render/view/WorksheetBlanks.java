package org.showwork.render.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The ids a laid-out worksheet leaves blank, in the order they appear: what a student is asked for. */
public final class WorksheetBlanks {
    private WorksheetBlanks() {}

    public static Set<String> of(Document document) {
        Set<String> ids = new LinkedHashSet<>();
        for (Block block : document.blocks()) {
            if (block instanceof Block.Paragraph p) {
                collect(p.text(), ids);
            } else if (block instanceof Block.Items items) {
                items.items().forEach(item -> collect(item, ids));
            } else if (block instanceof Block.Table table) {
                table.rows().forEach(row -> row.cells().forEach(cell -> collect(cell, ids)));
            }
        }
        return ids;
    }

    private static void collect(List<Inline> run, Set<String> ids) {
        for (Inline piece : run) {
            if (piece instanceof Inline.Blank blank) {
                ids.add(blank.id());
            }
        }
    }
}
