package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.Iteration;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * One update of a softmax model written out, up to its cost: the rows of parameters it starts
 * from, each sample's K scores, their softmax (one column per class), and the losses;
 * {@link SoftmaxGradientSection} goes on from there. Every cell is its rule's computation with the
 * update's numbers.
 */
final class SoftmaxStepSection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;
    private final StepSection binary;
    private final int d;
    private final int classes;

    SoftmaxStepSection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
        this.binary = new StepSection(context, cells);
        this.d = context.d();
        this.classes = context.problem().classCount();
    }

    void layOut(Iteration it) {
        boolean first = it.number() == 1;
        List<Inline> start = binary.opening(it, first);
        start.add(new Inline.Text("the rows of weights and the biases below."));
        blocks.add(new Block.Paragraph(start));
        blocks.add(parameters(it));
        if (c.problem().featuresKnown() || !it.all(QuantityKind.Z).stream().allMatch(q -> q == null)) {
            scores(it, first);
        }
        probabilities(it, first);
        if (classes == 2 && first && !c.worksheet()) {
            new TwoClassSection(c, cells).layOut(it);
        }
        binary.losses(it, first);
        new SoftmaxGradientSection(c, cells).layOut(it, first);
    }

    /** A row per class: its weights and bias as the update starts from them. */
    private Block parameters(Iteration it) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "Class k"));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, sym(Symbol.W, d == 1 ? "k" : "k," + j)));
        }
        columns.add(column(true, sym(Symbol.B, "k")));
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= classes; k++) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(className(c, k)));
            for (int j = 1; j <= d; j++) {
                row.add(calc(cells.weight(it, k, j)));
            }
            row.add(calc(cells.bias(it, k)));
            rows.add(new Row(row, false));
        }
        return new Block.Table(Inline.of("Parameters at the start of " + c.unit() + " " + it.number() + "."), columns,
                rows);
    }

    /** "2 (green)": the class index k and its name (its label is k − 1). */
    static String className(DerivationContext c, int k) {
        return k + " (" + c.problem().classes().names().get(k - 1) + ")";
    }

    private void scores(Iteration it, boolean first) {
        heading(3, "Scores: one per class");
        if (first && d > 0) {
            paragraph("Each class scores each sample with its own row of weights and its own bias. Class k is the "
                    + "class whose label is k − 1.");
        }
        if (d > 0) {
            blocks.add(new Block.Display(List.of(c.formula(QuantityKind.Z))));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, d == 1 ? sym(Symbol.X, "i") : sym(Symbol.X, "i," + j)));
        }
        for (int k = 1; k <= classes; k++) {
            columns.add(column(true, sym(Symbol.Z, "i," + k)));
        }
        List<Row> rows = new ArrayList<>();
        for (int i : it.batch()) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(String.valueOf(i)));
            for (int j = 1; j <= d; j++) {
                row.add(calc(cells.x(i, j)));
            }
            for (int k = 1; k <= classes; k++) {
                row.add(cells.workedCell(it, new QuantityId(it.number(), QuantityKind.Z, i, 0, k)));
            }
            rows.add(new Row(row, false));
        }
        blocks.add(new Block.Table(Inline.of("Scores, " + c.unit() + " " + it.number() + "."), columns, rows));
    }

    private void probabilities(Iteration it, boolean first) {
        heading(3, "Probabilities: the softmax of the scores");
        if (first) {
            paragraph("Each probability is e to the power of the class's score, divided by the sum of e to the power "
                    + "of every class's score, so that a sample's probabilities add up to 1."
                    + (c.hand() ? " Each is rounded on its own, so the rounded ones may add up to a little more or "
                    + "less than 1; the last column shows their sum." : ""));
        }
        worked(it);
        if (!c.worksheet()) {
            byClass(it);
        }
    }

    /** Each probability worked out, one row per sample and class (the computations are too long to stand side by side). */
    private void worked(Iteration it) {
        List<Column> columns = List.of(column(false, sym(Symbol.I)), column(false, "Class k"),
                column(true, c.formula(QuantityKind.P)));
        List<Row> rows = new ArrayList<>();
        for (int i : it.batch()) {
            for (int k = 1; k <= classes; k++) {
                rows.add(new Row(List.of(Inline.of(k == 1 ? String.valueOf(i) : ""), Inline.of(className(c, k)),
                        cells.workedCell(it, new QuantityId(it.number(), QuantityKind.P, i, 0, k))), false));
            }
        }
        blocks.add(new Block.Table(Inline.of("The softmax worked out, " + c.unit() + " " + it.number() + "."), columns,
                rows));
    }

    /** The probabilities again, one column per class (and their sum in hand arithmetic). */
    private void byClass(Iteration it) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        for (int k = 1; k <= classes; k++) {
            columns.add(column(true, sym(Symbol.Y_HAT, "i," + k)));
        }
        if (c.hand()) {
            columns.add(column(true, "Sum"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i : it.batch()) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(String.valueOf(i)));
            BigDecimal total = BigDecimal.ZERO;
            boolean known = true;
            for (int k = 1; k <= classes; k++) {
                QuantityId id = new QuantityId(it.number(), QuantityKind.P, i, 0, k);
                Quantity q = it.get(id);
                row.add(cells.quantityCell(id, q));
                known &= q != null && q.finite();
                total = known ? total.add(cells.shown(id, q)) : total;
            }
            if (c.hand()) {
                row.add(known ? calc(num(total)) : Inline.of("—"));
            }
            rows.add(new Row(row, false));
        }
        blocks.add(new Block.Table(Inline.of("Probabilities by class, " + c.unit() + " " + it.number() + "."), columns,
                rows));
    }
}
