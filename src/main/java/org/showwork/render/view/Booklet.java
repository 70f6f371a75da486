package org.showwork.render.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Many answer keys as one document, for the lecturer of a class of variants: the model and its
 * formulas once (they are the same for every variant of a template), then each variant's derivation under a heading of its own (its code, the
 * student), its sections one level down. Charts are left out: each variant's own key has them,
 * and a booklet is for looking numbers up.
 */
public final class Booklet {
    private Booklet() {}

    /** One variant's key, as the student's own key shows it (header fields included), and its heading. */
    public record Entry(String heading, String anchor, Document key) {}

    /**
     * @param fields what the booklet is of (template, seed, number of variants), shown under its title
     */
    public static Document of(String title, String generator, List<Inline> byline, List<Document.Field> fields,
            List<Entry> entries) {
        List<Block> blocks = new ArrayList<>();
        List<Block> shared = entries.isEmpty() ? List.of() : formulas(entries.get(0).key());
        blocks.addAll(shared);
        for (Entry entry : entries) {
            // a variant whose formulas differ (a drawn penalty, say) keeps its own
            boolean sameFormulas = formulas(entry.key()).equals(shared);
            blocks.add(new Block.Heading(2, Inline.of(entry.heading()), entry.anchor()));
            if (!entry.key().fields().isEmpty()) {
                List<Inline> line = new ArrayList<>();
                for (Document.Field field : entry.key().fields()) {
                    line.addAll(Inline.of(line.isEmpty() ? "" : " · ", field.label() + ": ", new Inline.Strong(
                            field.value().isEmpty() ? "—" : field.value())));
                }
                blocks.add(new Block.Paragraph(line));
            }
            for (List<Block> section : sections(entry.key().blocks())) {
                boolean formulas = section.get(0) instanceof Block.Heading h
                        && Inline.plain(h.text()).equals(DerivationView.FORMULAS);
                if (formulas && sameFormulas || onlyAbout(section)) {
                    continue;
                }
                for (Block block : section) {
                    if (block instanceof Block.Heading h) {
                        blocks.add(new Block.Heading(h.level() + 1, h.text(), entry.anchor() + "-" + h.anchor()));
                    } else if (!(block instanceof Block.Figure)) {
                        blocks.add(block);
                    }
                }
            }
        }
        return new Document(title, generator, byline, blocks, fields);
    }

    /** The section on the model and its formulas, which every variant of a template shares. */
    private static List<Block> formulas(Document key) {
        for (List<Block> section : sections(key.blocks())) {
            if (section.get(0) instanceof Block.Heading h && Inline.plain(h.text()).equals(DerivationView.FORMULAS)) {
                return section;
            }
        }
        return List.of();
    }

    /** The blocks split before each second-level heading (the first part may have no heading). */
    private static List<List<Block>> sections(List<Block> blocks) {
        List<List<Block>> sections = new ArrayList<>();
        for (Block block : blocks) {
            if (sections.isEmpty() || block instanceof Block.Heading h && h.level() == 2) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(block);
        }
        return sections;
    }

    /** Whether a section is there for its charts: it has one, and otherwise only words (the cost landscape). */
    private static boolean onlyAbout(List<Block> section) {
        return section.stream().anyMatch(b -> b instanceof Block.Figure) && section.stream()
                .allMatch(b -> b instanceof Block.Figure || b instanceof Block.Heading || b instanceof Block.Paragraph);
    }
}
