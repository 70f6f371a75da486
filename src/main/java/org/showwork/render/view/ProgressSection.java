package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.showwork.derive.Iteration;
import org.showwork.derive.Note;
import org.showwork.derive.ProgressRow;
import org.showwork.derive.Stop;
import org.showwork.derive.Trace;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * The run as a whole: why it stopped, the table of progress over the updates with the cost chart,
 * the cost landscape with gradient descent's path, and the notes on the arithmetic.
 */
final class ProgressSection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;
    private final Trace trace;

    ProgressSection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
        this.trace = context.trace();
    }

    /** Why the run ended, when it is more than the planned number of steps. */
    void stop() {
        if (trace.stop() == Stop.CONVERGED) {
            paragraph("The run stops after update " + trace.updates() + ": its gradient is shorter than "
                    + c.schedule().until().orElseThrow().gradientNorm().stripTrailingZeros().toPlainString()
                    + ", the stop rule's threshold.");
        } else if (trace.stop() == Stop.UNDERIVABLE && trace.updates() < c.problem().iterations()) {
            paragraph("The run stops after update " + trace.updates() + ": what the problem gives does not allow "
                    + "the next update to be derived.");
        }
    }

    void progress() {
        if (trace.updates() < 2) {
            return;
        }
        String unit = c.unit();
        heading(2, c.fullBatch() ? "Progress over the steps" : "Progress over the updates");
        List<ProgressRow> progress = listed();
        boolean thinned = progress.size() < trace.updates();
        paragraph("The parameters each " + unit + " starts from, the cost J there and the length of the gradient"
                + (c.fullBatch() ? "" : " (both over the " + unit + "'s batch)") + "; the last row holds the parameters "
                + "after the final " + unit + "." + (thinned ? " The run is long, so only some " + unit + "s are listed: "
                + "the first, then evenly spaced ones, and the last." : ""));
        List<Row> rows = new ArrayList<>();
        for (ProgressRow row : progress) {
            rows.add(row(row));
        }
        rows.add(lastRow());
        blocks.add(new Block.Table(Inline.of("Parameters and cost by " + unit + "."), columns(), rows));
        Figures.cost(trace).ifPresent(chart -> blocks.add(new Block.Figure("cost",
                Inline.of("The cost J at the start of each " + unit + (c.fullBatch() ? "" : ", over its batch") + "."),
                chart)));
    }

    private List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, c.fullBatch() ? "Step" : "Update"));
        if (!c.fullBatch()) {
            columns.add(column(true, "Epoch"));
        }
        if (softmax()) {
            for (int k = 1; k <= classes(); k++) {
                for (int j = 1; j <= c.d(); j++) {
                    columns.add(column(true, cells.wSym(k, j)));
                }
            }
            for (int k = 1; k <= classes(); k++) {
                columns.add(column(true, cells.bSym(k)));
            }
        } else {
            for (int j = 1; j <= c.d(); j++) {
                columns.add(column(true, cells.wSym(j)));
            }
            columns.add(column(true, sym(Symbol.B)));
        }
        columns.add(column(true, sym(Symbol.COST)));
        columns.add(column(true, "‖∇J‖"));
        return columns;
    }

    private Row row(ProgressRow row) {
        List<List<Inline>> cellsOfRow = new ArrayList<>();
        cellsOfRow.add(Inline.of(String.valueOf(row.number())));
        if (!c.fullBatch()) {
            cellsOfRow.add(Inline.of(String.valueOf(row.epoch())));
        }
        Optional<Iteration> shown = trace.iteration(row.number());
        int weights = c.problem().decimals().of(QuantityKind.W_NEW);
        for (int k = firstClass(); k <= classes(); k++) {
            for (int j = 1; j <= c.d(); j++) {
                int feature = j;
                int category = k;
                cellsOfRow.add(calc(shown.map(it -> cells.weight(it, category, feature)).orElse(num(row.weights()
                        .get((Math.max(k, 1) - 1) * c.d() + j - 1).shown(weights)))));
            }
        }
        for (int k = firstClass(); k <= classes(); k++) {
            int category = k;
            cellsOfRow.add(calc(shown.map(it -> cells.bias(it, category)).orElse(num(row.biases()
                    .get(Math.max(k, 1) - 1).shown(c.problem().decimals().of(QuantityKind.B_NEW))))));
        }
        cellsOfRow.add(cells.quantityCell(QuantityId.of(row.number(), QuantityKind.COST), row.cost()));
        cellsOfRow.add(Double.isFinite(row.gradientNorm())
                ? calc(num(BigDecimal.valueOf(row.gradientNorm()).round(new MathContext(3))))
                : Inline.of("—"));
        return new Row(cellsOfRow, false);
    }

    private Row lastRow() {
        Iteration last = trace.last();
        List<List<Inline>> cellsOfRow = new ArrayList<>();
        cellsOfRow.add(Inline.of("after " + last.number()));
        if (!c.fullBatch()) {
            cellsOfRow.add(Inline.of(""));
        }
        for (int k = firstClass(); k <= classes(); k++) {
            for (int j = 1; j <= c.d(); j++) {
                QuantityId id = new QuantityId(last.number(), QuantityKind.W_NEW, 0, j, k);
                cellsOfRow.add(cells.quantityCell(id, last.get(id)));
            }
        }
        for (int k = firstClass(); k <= classes(); k++) {
            QuantityId id = new QuantityId(last.number(), QuantityKind.B_NEW, 0, 0, k);
            cellsOfRow.add(cells.quantityCell(id, last.get(id)));
        }
        cellsOfRow.add(Inline.of("—"));
        cellsOfRow.add(Inline.of("—"));
        return new Row(cellsOfRow, true);
    }

    /** The progress rows a document lists: all of a short run; of a long one the first ten, the last five and evenly spaced ones between. */
    private List<ProgressRow> listed() {
        List<ProgressRow> all = trace.progress();
        int limit = 40;
        if (all.size() <= limit) {
            return all;
        }
        SortedSet<Integer> keep = new TreeSet<>();
        for (int k = 0; k < 10; k++) {
            keep.add(k);
        }
        for (int k = all.size() - 5; k < all.size(); k++) {
            keep.add(k);
        }
        int between = limit - 15;
        for (int k = 1; k <= between; k++) {
            keep.add(10 + (int) Math.round((double) k * (all.size() - 16) / (between + 1)));
        }
        return keep.stream().map(all::get).toList();
    }

    private boolean softmax() {
        return c.problem().softmax();
    }

    private int classes() {
        return c.problem().classCount();
    }

    /** The first class index: 1 in a softmax model, 0 (no class) in the binary model. */
    private int firstClass() {
        return softmax() ? 1 : 0;
    }

    void landscape() {
        if (!c.problem().featuresKnown() || c.d() != 1 || softmax()) {
            return;
        }
        heading(2, "The cost landscape");
        paragraph("Every pair of parameters (w, b) has a cost J. The level curves below join pairs of equal cost; "
                + "the valley they outline holds the best parameters. Each step of gradient descent moves across "
                + "the level curves, downhill, at right angles to them when the axes are drawn to the same scale; "
                + "the learning rate sets how far.");
        blocks.add(new Block.Figure("landscape", Inline.of("Level curves of the cost J over the (w, b) plane, and "
                + "the parameters at the start (open circle) and after each step."), Figures.landscape(trace)));
    }

    void notes() {
        List<Note> notes = trace.notes();
        if (notes.isEmpty() && !c.hand()) {
            return;
        }
        heading(2, "Notes on the arithmetic");
        if (notes.isEmpty()) {
            paragraph("Rounding changed nothing worth pointing out: no value carried into an earlier digit, none was "
                    + "rounded to zero, and exact arithmetic shows the same results.");
            return;
        }
        List<List<Inline>> items = new ArrayList<>();
        for (Note note : notes) {
            items.add(NotePhrases.phrase(note, trace));
        }
        blocks.add(new Block.Items(items));
    }
}
