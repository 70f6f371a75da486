package org.showwork.render.view;

/**
 * Where a softmax model predicts each class: the class with the largest score. With one feature, each
 * class's probability curve and the points where the predicted class changes; with two, the regions
 * and the samples. Worksheets leave it out with the other figures.
 */
final class RegionSection extends DocumentLayout {

    private final DerivationContext c;

    RegionSection(DerivationContext context) {
        super(context.blocks());
        this.c = context;
    }

    void layOut() {
        if (!c.problem().featuresKnown() || c.worksheet() || c.d() > 2) {
            return;
        }
        heading(2, "Decision regions");
        paragraph("A softmax model predicts, for every point, the class with the largest score (which is also the "
                + "class with the largest probability). The classes' regions meet where two classes' scores are "
                + "equal and no other is larger.");
        ClassFigures.regions(c.trace()).ifPresent(figure -> blocks.add(figure));
    }
}
