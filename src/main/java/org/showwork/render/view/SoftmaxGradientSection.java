package org.showwork.render.view;

import java.util.stream.IntStream;
import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
            row.add(Inline.of("(" + IntStream.rangeClosed(1, classes)
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

    /** A table per class: each sample's error times each feature, and the column sums. */
    private void errorsTimesFeatures(Iteration it) {
        for (int k = 1; k <= classes; k++) {
            List<Column> columns = new ArrayList<>();
            columns.add(column(false, sym(Symbol.I)));
            for (int j = 1; j <= d; j++) {
                columns.add(column(true, ErrorTimesFeatureRule.column(d, j, k)));
            }
            List<Row> rows = new ArrayList<>();
            for (int i : it.batch()) {
                List<List<Inline>> row = new ArrayList<>();
                row.add(Inline.of(String.valueOf(i)));
                for (int j = 1; j <= d; j++) {
                    row.add(cells.workedCell(it, id(it, QuantityKind.ERROR_X, i, k, j)));
                }
                rows.add(new Row(row, false));
            }
            List<List<Inline>> total = new ArrayList<>(List.of(Inline.of("Sum")));
            for (int j = 1; j <= d; j++) {
                QuantityId sum = id(it, QuantityKind.SUM_ERROR_X, 0, k, j);
                total.add(cells.quantityCell(sum, it.get(sum)));
            }
            rows.add(new Row(total, true));
            blocks.add(new Block.Table(Inline.of("Errors of class " + SoftmaxStepSection.className(c, k)
                    + " times features, " + c.unit() + " " + it.number() + "."), columns, rows));
        }
    }

    private void gradients(Iteration it, boolean first) {
        heading(3, "The gradient of every class");
        if (first) {
            String count = c.fullBatch() ? "n" : "m";
            paragraph("Each column sum divided by " + count + " is a partial derivative of the cost: one for every "
                    + "weight of every class, and one for every bias" + (c.penalised()
                    ? "; the penalty adds its share λ·w/" + count + " to each weight's." : "."));
        }
        perClass(it, QuantityKind.GRAD_W, QuantityKind.SUM_ERROR_X, QuantityKind.GRAD_B, QuantityKind.SUM_ERROR);
    }

    private void update(Iteration it, boolean first) {
        heading(3, "The update");
        if (first) {
            paragraph("Every weight and bias of every class steps against its partial derivative, by α = "
                    + c.problem().learningRate().toPlainString() + " times it.");
        }
        perClass(it, QuantityKind.W_NEW, QuantityKind.GRAD_W, QuantityKind.B_NEW, QuantityKind.GRAD_B);
    }

    /** For each class: its weights' quantities of one kind, then its bias's, each worked from its input on its own line. */
    private void perClass(Iteration it, QuantityKind weights, QuantityKind weightInput, QuantityKind bias,
            QuantityKind biasInput) {
        GradientSection lines = new GradientSection(c, cells);
        for (int k = 1; k <= classes; k++) {
            List<GradientSection.Worked> worked = new ArrayList<>();
            for (int j = 1; j <= d; j++) {
                worked.add(lines.statement(it, id(it, weights, 0, k, j), id(it, weightInput, 0, k, j)));
            }
            worked.add(lines.statement(it, id(it, bias, 0, k, 0), id(it, biasInput, 0, k, 0)));
            worked.removeIf(Objects::isNull);
            if (!worked.isEmpty()) {
                paragraph("Class " + SoftmaxStepSection.className(c, k) + ":");
                lines.formulas(worked);
            }
        }
    }
}
