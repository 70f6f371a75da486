package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.showwork.derive.Iteration;
import org.showwork.derive.SampleStep;
import org.showwork.derive.graph.ErrorTimesFeatureRule;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * One update from its errors on: the table of errors and errors times features with their sums,
 * the gradients, the new parameters, and whether the update started from a stationary point.
 */
final class GradientSection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;
    private final int d;

    GradientSection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
        this.d = context.d();
    }

    /** A computation whose result is a quantity: written as one formula, or with a blank for its result. */
    record Worked(Expr computation, QuantityId id, Quantity quantity) {}

    void layOut(Iteration it, boolean first) {
        errors(it, first);
        gradients(it);
        update(it, first);
    }

    private void errors(Iteration it, boolean first) {
        int t = it.number();
        heading(3, d > 0 ? "Errors and the gradient" : "Errors and the bias gradient");
        if (first) {
            String count = c.fullBatch() ? "n" : "m";
            paragraph(d > 0
                    ? "The error ŷ − y says by how much, and in which direction, each prediction misses its label. "
                            + "Multiplied by a feature value it is that sample's share of the weight's gradient; the "
                            + "column sums divided by " + count + " are the gradients"
                            + (c.penalised() ? ", once the penalty's share is added to the weights'." : ".")
                    : "The error ŷ − y says by how much, and in which direction, each prediction misses its label. "
                            + "Their sum divided by " + count + " is the gradient for the bias.");
        }
        List<Row> rows = new ArrayList<>();
        for (SampleStep s : it.samples()) {
            rows.add(errorRow(it, s));
        }
        List<List<Inline>> total = new ArrayList<>();
        total.add(Inline.of("Sum"));
        for (int k = 0; k < d + 2; k++) {
            total.add(Inline.of(""));
        }
        total.add(cells.quantityCell(QuantityId.of(t, QuantityKind.SUM_ERROR), it.sumError()));
        for (int j = 1; j <= d; j++) {
            total.add(cells.quantityCell(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j), it.sumErrorX().get(j - 1)));
        }
        rows.add(new Row(total, true));
        blocks.add(new Block.Table(Inline.of("Errors, " + c.unit() + " " + t + "."), errorColumns(), rows));
    }

    private List<Column> errorColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, d == 1 ? sym(Symbol.X, "i") : sym(Symbol.X, "i," + j)));
        }
        columns.add(column(true, sym(Symbol.Y, "i")));
        columns.add(column(true, sym(Symbol.Y_HAT, "i")));
        columns.add(column(true, c.formula(QuantityKind.ERROR)));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, ErrorTimesFeatureRule.column(d, j)));
        }
        return columns;
    }

    private Row errorRow(Iteration it, SampleStep s) {
        int t = it.number();
        List<List<Inline>> row = new ArrayList<>();
        row.add(Inline.of(String.valueOf(s.i())));
        for (int j = 1; j <= d; j++) {
            row.add(calc(cells.x(s.i(), j)));
        }
        QuantityId pId = QuantityId.ofSample(t, QuantityKind.P, s.i());
        row.add(calc(num(s.y())));
        row.add(s.p() == null ? Inline.of("—") : calc(cells.value(pId, s.p())));
        row.add(cells.workedCell(it, QuantityId.ofSample(t, QuantityKind.ERROR, s.i())));
        for (int j = 1; j <= d; j++) {
            row.add(cells.workedCell(it, new QuantityId(t, QuantityKind.ERROR_X, s.i(), j)));
        }
        return new Row(row, false);
    }

    private void gradients(Iteration it) {
        int t = it.number();
        List<Worked> gradients = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            gradients.add(statement(it, QuantityId.ofFeature(t, QuantityKind.GRAD_W, j),
                    QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j)));
        }
        gradients.add(statement(it, QuantityId.of(t, QuantityKind.GRAD_B), QuantityId.of(t, QuantityKind.SUM_ERROR)));
        gradients.removeIf(Objects::isNull);
        if (!gradients.isEmpty()) {
            String count = (c.fullBatch() ? "n = " : "m = ") + it.samples().size();
            blocks.add(new Block.Paragraph(Inline.of((d > 0 ? "Dividing the sums by " + count : "Dividing the sum by " + count)
                    + (c.penalised() && d > 0 ? " and adding the penalty's share to each weight's" : "") + " gives the gradient:")));
            formulas(gradients);
        }
    }

    /**
     * A quantity that stands on its own line: its rule's computation, or, when it is given or its
     * input is missing, just its symbol and value. Null when the quantity is missing.
     */
    Worked statement(Iteration it, QuantityId id, QuantityId input) {
        Quantity q = it.get(id);
        if (q == null) {
            return null;
        }
        if (q.given() || it.get(input) == null) {
            Expr symbol = c.rule(id.kind()).symbol(id, d);
            Expr value = cells.value(id, q);
            return new Worked(id.kind() == QuantityKind.W_NEW || id.kind() == QuantityKind.B_NEW
                    ? assign(symbol, value) : eq(symbol, value), id, q);
        }
        return new Worked(cells.computation(it, id), id, q);
    }

    /** Displays the formulas, or in a worksheet with blanks lists them as lines of text, where blanks can go. */
    void formulas(List<Worked> lines) {
        if (lines.stream().noneMatch(line -> cells.blank(line.id()))) {
            blocks.add(new Block.Display(lines.stream().map(line -> line.quantity().given()
                    ? line.computation() : cells.result(line.computation(), line.id(), line.quantity())).toList()));
        } else {
            blocks.add(new Block.Items(lines.stream().map(line -> line.quantity().given()
                    ? Inline.of(new Inline.Calc(line.computation())) : cells.worked(line.computation(), line.id(), line.quantity()))
                    .toList()));
        }
    }

    private void update(Iteration it, boolean first) {
        int t = it.number();
        heading(3, "Update");
        if (first) {
            paragraph("Each parameter moves against its gradient, by the learning rate times the gradient.");
        }
        List<Worked> updates = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            updates.add(statement(it, QuantityId.ofFeature(t, QuantityKind.W_NEW, j),
                    QuantityId.ofFeature(t, QuantityKind.GRAD_W, j)));
        }
        updates.add(statement(it, QuantityId.of(t, QuantityKind.B_NEW), QuantityId.of(t, QuantityKind.GRAD_B)));
        updates.removeIf(Objects::isNull);
        if (!updates.isEmpty()) {
            formulas(updates);
        }
        it.stationary().ifPresent(stationary -> paragraph(stationary
                ? "The gradient is zero" + (c.hand() ? " at the shown precision" : "")
                        + ": these parameters are a stationary point of J, and gradient descent leaves them where they are."
                : "The gradient is not zero, so the parameters this step starts from are not a stationary point of J, "
                        + "and in particular not its minimiser: a small enough step against the gradient lowers the cost."));
    }
}
