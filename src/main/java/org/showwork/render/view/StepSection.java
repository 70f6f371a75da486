package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.showwork.derive.Iteration;
import org.showwork.derive.SampleStep;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * One update written out, up to its cost: where it starts, the forward pass (zᵢ and ŷᵢ of every
 * sample of its batch) and the losses; {@link GradientSection} goes on from there. Every cell is its
 * rule's computation with the update's numbers.
 */
final class StepSection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;
    private final int d;

    StepSection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
        this.d = context.d();
    }

    void layOut(Iteration it) {
        boolean first = it.number() == 1;
        start(it, first);
        if (c.problem().featuresKnown()) {
            forwardPass(it, first);
        }
        losses(it, first);
        new GradientSection(c, cells).layOut(it, first);
    }

    /** A note where updates are left out of the document. */
    void skipped(int from, int to) {
        String unit = c.fullBatch() ? "Step" : "Update";
        paragraph(from == to ? unit + " " + from + " is not written out here; the table of progress below lists its "
                + "cost and parameters." : unit + "s " + from + " to " + to + " are not written out here; the table of "
                + "progress below lists their cost and parameters.");
    }

    private void start(Iteration it, boolean first) {
        List<Inline> start = opening(it, first);
        for (int j = 1; j <= d; j++) {
            start.addAll(Inline.of(new Inline.Calc(eq(cells.wSym(j), cells.weight(it, j))), ", "));
        }
        start.addAll(Inline.of(new Inline.Calc(eq(sym(Symbol.B), cells.bias(it))), "."));
        blocks.add(new Block.Paragraph(start));
    }

    /** The update's heading, and the start of the sentence that says which parameters it starts from. */
    List<Inline> opening(Iteration it, boolean first) {
        int t = it.number();
        List<Inline> start;
        if (c.fullBatch()) {
            heading(2, c.trace().updates() == 1 ? "One step of gradient descent" : "Step " + t + " of gradient descent");
            start = new ArrayList<>(Inline.of(first ? "The step starts from " : "Step " + t
                    + " starts from the parameters step " + (t - 1) + " produced: "));
        } else {
            String members = it.batch().stream().map(String::valueOf).collect(Collectors.joining(", "));
            heading(2, "Update " + t + ": epoch " + it.epoch() + ", sample" + (it.batch().size() == 1 ? " " : "s ")
                    + members);
            start = new ArrayList<>(Inline.of(first ? "The first update sees only the samples of its batch, and "
                    + "starts from " : "This update starts from the parameters update " + (t - 1)
                    + " produced, so its samples already see the effect of the earlier ones: "));
        }
        return start;
    }

    private void forwardPass(Iteration it, boolean first) {
        heading(3, "Forward pass: from the features to ŷ");
        if (first) {
            paragraph("Each sample's score is its features weighted and added, plus the bias; the sigmoid turns the "
                    + "score into the probability that the label is 1.");
        }
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, d == 1 ? sym(Symbol.X, "i") : sym(Symbol.X, "i," + j)));
        }
        columns.add(column(true, sym(Symbol.Y, "i")));
        columns.add(column(true, c.formula(QuantityKind.Z)));
        columns.add(column(true, c.formula(QuantityKind.P)));
        List<Row> rows = new ArrayList<>();
        for (SampleStep s : it.samples()) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(String.valueOf(s.i())));
            for (int j = 1; j <= d; j++) {
                row.add(calc(cells.x(s.i(), j)));
            }
            row.add(calc(num(s.y())));
            row.add(cells.workedCell(it, QuantityId.ofSample(it.number(), QuantityKind.Z, s.i())));
            row.add(cells.workedCell(it, QuantityId.ofSample(it.number(), QuantityKind.P, s.i())));
            rows.add(new Row(row, false));
        }
        blocks.add(new Block.Table(Inline.of("Forward pass, " + c.unit() + " " + it.number() + "."), columns, rows));
    }

    /** The losses of the batch, from each sample's probability of its label (of its own class in a softmax model), and the cost. */
    void losses(Iteration it, boolean first) {
        int t = it.number();
        heading(3, "Loss of each sample, and the cost");
        if (first) {
            paragraph("With the probabilities in hand, each sample's loss follows from its label; the cost is their "
                    + "average, the number that training makes smaller.");
        }
        boolean softmax = it.shape().classes() > 0;
        List<Column> columns = List.of(column(false, sym(Symbol.I)), column(true, sym(Symbol.Y, "i")),
                softmax ? column(true, sym(Symbol.Y_HAT, "i"), " of the own class") : column(true, sym(Symbol.Y_HAT, "i")),
                column(true, Inline.of(new Inline.Math(c.formula(QuantityKind.LOSS)))));
        List<Row> rows = new ArrayList<>();
        for (SampleStep s : it.samples()) {
            QuantityId pId = new QuantityId(t, QuantityKind.P, s.i(), 0, softmax ? s.y() + 1 : 0);
            Quantity p = it.get(pId);
            rows.add(new Row(List.of(Inline.of(String.valueOf(s.i())), calc(num(s.y())),
                    p == null ? Inline.of("—") : calc(cells.value(pId, p)), lossCell(it, s)), false));
        }
        rows.add(new Row(List.of(Inline.of("Sum"), Inline.of(""), Inline.of(""),
                cells.quantityCell(QuantityId.of(t, QuantityKind.SUM_LOSS), it.sumLoss())), true));
        blocks.add(new Block.Table(Inline.of("Losses, " + c.unit() + " " + t + "."), columns, rows));
        cost(it);
    }

    private List<Inline> lossCell(Iteration it, SampleStep s) {
        QuantityId id = QuantityId.ofSample(it.number(), QuantityKind.LOSS, s.i());
        if (s.loss() != null && s.loss().infinite() && !s.loss().given() && !cells.blank(id)) {
            Expr substituted = cells.computation(it, id);
            return Inline.of(new Inline.Calc(then(substituted, Expr.Relation.EQUALS, sym(Symbol.INFINITY))), " (infinite)");
        }
        return cells.workedCell(it, id);
    }

    private void cost(Iteration it) {
        QuantityId costId = QuantityId.of(it.number(), QuantityKind.COST);
        if (it.cost() == null) {
            return;
        }
        if (it.cost().infinite()) {
            blocks.add(new Block.Paragraph(Inline.of("One loss is infinite, so the sum and the cost are too: ",
                    new Inline.Calc(eq(sym(Symbol.COST), sym(Symbol.INFINITY))),
                    ". The notes at the end say why and what to do about it.")));
        } else if (it.cost().given() || it.sumLoss() == null) {
            blocks.add(new Block.Paragraph(Inline.of("The cost is given: ", new Inline.Calc(eq(sym(Symbol.COST),
                    cells.value(costId, it.cost()))), ".")));
        } else {
            List<Inline> text = new ArrayList<>(Inline.of(c.penalised() && d > 0
                    ? "The cost is the average loss plus the penalty: " : "The cost is the average loss: "));
            text.addAll(cells.worked(cells.computation(it, costId), costId, it.cost()));
            text.addAll(Inline.of("."));
            blocks.add(new Block.Paragraph(text));
        }
    }
}
