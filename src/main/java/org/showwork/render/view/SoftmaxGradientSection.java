package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.showwork.derive.Iteration;
import org.showwork.derive.graph.ErrorTimesFeatureRule;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * One update of a softmax model from its errors on: the errors against the one-hot labels, the
 * errors times features with their column sums, the gradient of every class's weights and bias,
 * and the new rows of parameters.
 */
final class SoftmaxGradientSection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;
    private final int d;
    private final int classes;

    SoftmaxGradientSection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
        this.d = context.d();
        this.classes = context.problem().classCount();
    }

    void layOut(Iteration it, boolean first) {
        errors(it, first);
        if (d > 0) {
            errorsTimesFeatures(it);
        }
        gradients(it, first);
        update(it, first);
    }

    private QuantityId id(Iteration it, QuantityKind kind, int i, int k, int j) {
        return new QuantityId(it.number(), kind, i, j, k);
    }

    private void errors(Iteration it, boolean first) {
        heading(3, "Errors against the one-hot labels");
        if (first) {
            paragraph("Written one-hot, a label is a 1 for the sample's own class and a 0 for every other class. The "
                    + "error of class k is the probability minus that 0 or 1: negative for the own class, positive for "
                    + "the others, and a sample's errors add up to 0 (up to rounding).");
        }
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        columns.add(column(true, sym(Symbol.Y, "i")));
        columns.add(column(true, "One-hot"));
        for (int k = 1; k <= classes; k++) {
            columns.add(column(true, minus(sym(Symbol.Y_HAT, "i," + k), sym(Symbol.Y, "i," + k))));
        }
        List<Row> rows = new ArrayList<>();
        for (int i : it.batch()) {
            int y = c.problem().samples().get(i - 1).y();
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(String.valueOf(i)));
            row.add(calc(num(y)));
            row.add(Inline.of("(" + java.util.stream.IntStream.rangeClosed(1, classes)
                    .mapToObj(k -> k == y + 1 ? "1" : "0").collect(Collectors.joining(", ")) + ")"));
            for (int k = 1; k <= classes; k++) {
                row.add(cells.workedCell(it, id(it, QuantityKind.ERROR, i, k, 0)));
            }
            rows.add(new Row(row, false));
        }
        List<List<Inline>> total = new ArrayList<>(List.of(Inline.of("Sum"), Inline.of(""), Inline.of("")));
        for (int k = 1; k <= classes; k++) {
            QuantityId sum = id(it, QuantityKind.SUM_ERROR, 0, k, 0);
            total.add(cells.quantityCell(sum, it.get(sum)));
        }
        rows.add(new Row(total, true));
        blocks.add(new Block.Table(Inline.of("Errors, " + c.unit() + " " + it.number() + "."), columns, rows));
    }

    private void errorsTimesFeatures(Iteration it) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        for (int k = 1; k <= classes; k++) {
            for (int j = 1; j <= d; j++) {
                columns.add(column(true, ErrorTimesFeatureRule.column(d, j, k)));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i : it.batch()) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(String.valueOf(i)));
            for (int k = 1; k <= classes; k++) {
                for (int j = 1; j <= d; j++) {
                    row.add(cells.workedCell(it, id(it, QuantityKind.ERROR_X, i, k, j)));
                }
            }
            rows.add(new Row(row, false));
        }
        List<List<Inline>> total = new ArrayList<>(List.of(Inline.of("Sum")));
        for (int k = 1; k <= classes; k++) {
            for (int j = 1; j <= d; j++) {
                QuantityId sum = id(it, QuantityKind.SUM_ERROR_X, 0, k, j);
                total.add(cells.quantityCell(sum, it.get(sum)));
            }
        }
        rows.add(new Row(total, true));
        blocks.add(new Block.Table(Inline.of("Errors times features, " + c.unit() + " " + it.number() + "."), columns,
                rows));
    }

    private void gradients(Iteration it, boolean first) {
        heading(3, "The gradient of every class");
        if (first) {
            String count = c.fullBatch() ? "n" : "m";
            paragraph("Each column sum divided by " + count + " is a partial derivative of the cost: one for every "
                    + "weight of every class, and one for every bias" + (c.penalised()
                    ? "; the penalty adds its share λ·w/" + count + " to each weight's." : "."));
        }
        blocks.add(perClass(it, QuantityKind.GRAD_W, QuantityKind.GRAD_B, "Gradients"));
    }

    private void update(Iteration it, boolean first) {
        heading(3, "The update");
        if (first) {
            paragraph("Every weight and bias of every class steps against its partial derivative, by α = "
                    + c.problem().learningRate().toPlainString() + " times it.");
        }
        blocks.add(perClass(it, QuantityKind.W_NEW, QuantityKind.B_NEW, "New parameters"));
    }

    /** A table with a row per class: its weights' quantities of one kind, then its bias's. */
    private Block perClass(Iteration it, QuantityKind weights, QuantityKind bias, String caption) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "Class k"));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, d == 1 ? "Weight" : "Weight " + j));
        }
        columns.add(column(true, "Bias"));
        List<Row> rows = new ArrayList<>();
        for (int k = 1; k <= classes; k++) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(SoftmaxStepSection.className(c, k)));
            for (int j = 1; j <= d; j++) {
                row.add(cells.workedCell(it, id(it, weights, 0, k, j)));
            }
            row.add(cells.workedCell(it, id(it, bias, 0, k, 0)));
            rows.add(new Row(row, false));
        }
        return new Block.Table(Inline.of(caption + ", " + c.unit() + " " + it.number() + "."), columns, rows);
    }
}
