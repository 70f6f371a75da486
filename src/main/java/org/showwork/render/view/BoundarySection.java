package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.showwork.derive.Iteration;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The decision boundary before training and after the last update: a point with one feature, a line or hyperplane with more. */
final class BoundarySection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;
    private final int d;

    BoundarySection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
        this.d = context.d();
    }

    void layOut() {
        if (!c.problem().featuresKnown()) {
            return;
        }
        heading(2, "The decision boundary");
        paragraph("The model predicts label 1 where ŷ ≥ 0.5, which is where the score z is at least 0. The boundary "
                + "between the two predictions is where the score is exactly 0.");
        if (d == 1) {
            point();
        } else {
            hyperplane();
        }
    }

    private void point() {
        Iteration first = c.trace().first();
        Iteration last = c.trace().last();
        blocks.add(new Block.Display(List.of(c.formula(QuantityKind.BOUNDARY))));
        List<List<Inline>> items = new ArrayList<>();
        items.add(item("Before training: ", first, QuantityId.of(1, QuantityKind.BOUNDARY), cells.weight(first, 1)));
        if (last.wNew().get(0) != null && last.bNew() != null) {
            QuantityId wNew = QuantityId.ofFeature(last.number(), QuantityKind.W_NEW, 1);
            items.add(item("After " + c.stepsTaken() + ": ", last, QuantityId.of(last.number(), QuantityKind.BOUNDARY_NEW),
                    cells.value(wNew, last.get(wNew))));
        }
        blocks.add(new Block.Items(items));
        paragraph("Samples with x above the boundary are predicted as label 1 when w is positive, "
                + "those below it as label 0; a negative w swaps the sides.");
        blocks.add(new Block.Figure("sigmoid", Inline.of("The samples (open: label 0, filled: label 1), the "
                + "sigmoid curve σ(wx + b) and the boundary where it crosses 0.5, before training (dashed) and "
                + c.afterSteps() + " (solid)."), Figures.sigmoid(c.trace(), c.afterSteps())));
    }

    private List<Inline> item(String when, Iteration it, QuantityId id, Expr w) {
        Quantity q = it.get(id);
        if (q == null) {
            // w = 0 exactly, or so small that −b/w is beyond any number (w = 1e-320)
            boolean zero = w instanceof Expr.Lit lit && lit.value().signum() == 0;
            return Inline.of(when, new Inline.Calc(eq(sym(Symbol.W), w)), zero
                    ? ", so the score does not depend on x: there is no boundary."
                    : ": w is so close to 0 that −b/w is beyond any number showwork computes with (about 1.8e308); "
                    + "there is no boundary.");
        }
        if (q.given()) {
            return Inline.of(when, new Inline.Calc(eq(sym(Symbol.X), cells.value(id, q))), " (given)");
        }
        List<Inline> text = new ArrayList<>(Inline.of(when));
        text.addAll(cells.worked(cells.computation(it, id), id, q));
        return text;
    }

    private void hyperplane() {
        Iteration first = c.trace().first();
        Iteration last = c.trace().last();
        List<List<Inline>> items = new ArrayList<>();
        List<Expr> before = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            before.add(cells.weight(first, j));
        }
        items.add(Inline.of("Before training: ", new Inline.Calc(plane(before, cells.bias(first)))));
        if (last.wNew().stream().allMatch(Objects::nonNull) && last.bNew() != null) {
            List<Expr> after = new ArrayList<>();
            for (int j = 1; j <= d; j++) {
                QuantityId id = QuantityId.ofFeature(last.number(), QuantityKind.W_NEW, j);
                after.add(cells.value(id, last.get(id)));
            }
            QuantityId bias = QuantityId.of(last.number(), QuantityKind.B_NEW);
            items.add(Inline.of("After " + c.stepsTaken() + ": ", new Inline.Calc(plane(after,
                    cells.value(bias, last.get(bias))))));
        }
        blocks.add(new Block.Items(items));
        if (d == 2) {
            blocks.add(new Block.Figure("boundary", Inline.of("The samples in the plane of the two features "
                    + "(open: label 0, filled: label 1) and the boundary line before training (dashed) and "
                    + c.afterSteps() + " (solid)."), Figures.plane(c.trace(), c.afterSteps())));
        }
        paragraph(d == 2 ? "With two features the boundary is a straight line in the plane of the features; "
                + "points on the side where the score is positive are predicted as label 1."
                : "With " + d + " features the boundary is a hyperplane; points on the side where the score is "
                + "positive are predicted as label 1.");
    }

    private Expr plane(List<Expr> weights, Expr bias) {
        List<Expr> terms = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            terms.add(times(weights.get(j - 1), sym(Symbol.X, String.valueOf(j))));
        }
        terms.add(bias);
        return eq(plus(terms), num(0));
    }
}
