package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.showwork.derive.Iteration;
import org.showwork.derive.Note;
import org.showwork.derive.Quantity;
import org.showwork.derive.SampleStep;
import org.showwork.derive.Trace;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;
import org.showwork.derive.ProgressRow;
import org.showwork.derive.Stop;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * Lays a trace out as a worked derivation: the problem, the formulas, then for each step the
 * forward pass, the losses and cost, the errors and gradients and the update, each as a table of
 * substitutions; then the decision boundary, the progress over the steps, and notes on the
 * arithmetic. Every format renders this one layout, so they never disagree on content or order.
 */
public final class DerivationView extends DocumentLayout {

    /** The heading of the section on the model and its formulas, the same for every problem. */
    public static final String FORMULAS = "The model and its formulas";

    private final Trace trace;
    private final Problem problem;
    private final int d;
    /** The quantities left blank for students; none in a worked derivation. */
    private final Predicate<QuantityId> blank;

    private final boolean isWorksheet;

    private DerivationView(Trace trace, Predicate<QuantityId> blank, boolean isWorksheet) {
        this.trace = trace;
        this.problem = trace.problem();
        this.d = problem.featureCount();
        this.blank = blank;
        this.isWorksheet = isWorksheet;
    }

    /** The complete worked derivation (also the answer key of a worksheet). */
    public static Document of(Trace trace) {
        return new DerivationView(trace, id -> false, false).build();
    }

    /**
     * The same derivation as a worksheet: every computed quantity that {@code blank} selects is a
     * blank labelled with its id, later substitutions refer to it by its symbol, and the notes and
     * charts (which would give answers away) are left out.
     */
    public static Document worksheet(Trace trace, Predicate<QuantityId> blank) {
        return new DerivationView(trace, blank, true).build();
    }

    private boolean blank(QuantityId id, Quantity q) {
        return q != null && !q.given() && blank.test(id);
    }

    private Document build() {
        problemSection();
        formulaSection();
        int previous = 0;
        for (Iteration it : trace.iterations()) {
            if (it.number() > previous + 1) {
                skipped(previous + 1, it.number() - 1);
            }
            stepSection(it);
            previous = it.number();
        }
        stopSection();
        boundarySection();
        if (!isWorksheet) {
            // on a worksheet the progress table would only repeat the steps' blanks
            progressSection();
            landscapeSection();
            notesSection();
        }
        String title = problem.title().isBlank() ? "Logistic regression, one step at a time" : problem.title();
        if (isWorksheet) {
            title = "Worksheet: " + title;
            blocks.removeIf(b -> b instanceof Block.Figure);
        }
        return new Document(title, "showwork " + trace.provenance().version(), byline(), blocks);
    }

    // ---------------------------------------------------------------- header and problem

    private List<Inline> byline() {
        String arithmetic;
        if (trace.provenance().arithmetic().equals("hand")) {
            arithmetic = "Hand arithmetic: every result is rounded half up to " + placesPhrase(problem.decimals())
                    + ", and the rounded value is what later steps use.";
        } else {
            arithmetic = "Exact arithmetic: results are carried at full double precision and shown to "
                    + placesPhrase(problem.decimals()) + ", so the last digit of a substitution can differ from what the shown numbers give.";
        }
        if (isWorksheet) {
            return Inline.of("A worksheet made by showwork " + trace.provenance().version() + " from " + problem.source()
                    + ". Fill in every blank, keeping its label (for example, write 0.5 after the colon of the blank "
                    + "labelled p[1]). ", arithmetic);
        }
        return Inline.of("Worked by showwork " + trace.provenance().version() + " from " + problem.source() + ". ",
                arithmetic);
    }


    private void problemSection() {
        heading(2, "The problem");
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "Sample ", sym(Symbol.I)));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, featureHeader(j)));
        }
        columns.add(column(true, "Label ", sym(Symbol.Y)));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= problem.sampleCount(); i++) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(String.valueOf(i)));
            for (int j = 1; j <= d; j++) {
                cells.add(calc(num(problem.samples().get(i - 1).x().get(j - 1))));
            }
            cells.add(calc(num(problem.samples().get(i - 1).y())));
            rows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of(problem.featuresKnown() ? "The training data." : "The samples' labels."),
                columns, rows));

        List<Inline> start = new ArrayList<>(Inline.of("We start from "));
        if (d > 0) {
            for (int j = 1; j <= d; j++) {
                start.addAll(Inline.of(new Inline.Calc(eq(wSym(j), num(problem.weights().get(j - 1)))), ", "));
            }
        }
        start.addAll(Inline.of(new Inline.Calc(eq(sym(Symbol.B), num(problem.bias()))), " and run " + plan()
                + " with learning rate ", new Inline.Calc(eq(sym(Symbol.ALPHA), num(problem.learningRate())))));
        if (penalised()) {
            start.addAll(Inline.of(" and an L2 penalty of strength ", new Inline.Calc(eq(sym(Symbol.LAMBDA),
                    num(schedule().l2())))));
        }
        start.addAll(Inline.of("."));
        blocks.add(new Block.Paragraph(start));

        if (!problem.given().isEmpty()) {
            String ids = problem.given().keySet().stream().map(id -> id.toString(d)).collect(Collectors.joining(", "));
            paragraph("Given rather than computed: " + ids + ". Each given value takes the place of its formula, "
                    + "and everything after it is derived from it; the tables mark given values with “(given)”.");
        }
        if (!problem.featuresKnown()) {
            paragraph("Only the labels and the predicted probabilities are given, not the features, so the scores z, "
                    + "the weight gradients and the weight updates cannot be derived; the bias can.");
        }
    }

    private List<Inline> featureHeader(int j) {
        String name = problem.featureNames().get(j - 1);
        Expr symbol = d == 1 ? sym(Symbol.X) : sym(Symbol.X, String.valueOf(j));
        String defaultName = d == 1 ? "x" : "x" + j;
        return name.equals(defaultName) ? Inline.of("Feature ", symbol) : Inline.of(symbol, " (" + name + ")");
    }

    private static String steps(int n) {
        return n == 1 ? "one step" : n + " steps";
    }

    private Schedule schedule() {
        return problem.schedule();
    }

    private boolean penalised() {
        return schedule().l2().signum() != 0;
    }

    /** What one pass of the loop is called: a step of (full-batch) gradient descent, or an update. */
    private String unit() {
        return fullBatch() ? "step" : "update";
    }

    private boolean fullBatch() {
        return schedule().fullBatchOnly();
    }

    /** "one step of gradient descent on all 5 samples", "stochastic gradient descent …", with the stop rule. */
    private String plan() {
        int n = problem.sampleCount();
        String order = schedule().shuffleSeed().isPresent()
                ? ", the samples shuffled afresh each epoch (seed " + schedule().shuffleSeed().getAsLong() + ")"
                : ", the samples in the order listed";
        String what;
        if (fullBatch()) {
            what = (problem.iterations() == 1 ? "one step" : "up to " + problem.iterations() + " steps")
                    + " of gradient descent on all " + n + " samples";
            if (schedule().until().isEmpty()) {
                what = steps(problem.iterations()) + " of gradient descent on all " + n + " samples";
            }
        } else if (schedule().batchSize(n) == 1) {
            what = "stochastic gradient descent (one sample per update" + order + ") for "
                    + (schedule().until().isPresent() ? "up to " : "") + updates(problem.iterations());
        } else {
            what = "mini-batch gradient descent (batches of " + schedule().batchSize(n) + order + ") for "
                    + (schedule().until().isPresent() ? "up to " : "") + updates(problem.iterations());
        }
        return what + schedule().until().map(rule -> ", stopping early once the gradient is shorter than "
                + rule.gradientNorm().stripTrailingZeros().toPlainString()).orElse("");
    }

    private static String updates(int n) {
        return n == 1 ? "one update" : n + " updates";
    }

    /** A note where updates are left out of the document. */
    private void skipped(int from, int to) {
        String unit = fullBatch() ? "Step" : "Update";
        paragraph(from == to ? unit + " " + from + " is not written out here; the table of progress below lists its "
                + "cost and parameters." : unit + "s " + from + " to " + to + " are not written out here; the table of "
                + "progress below lists their cost and parameters.");
    }

    /** The progress rows a document lists: all of a short run; of a long one the first ten, the last five and evenly spaced ones between. */
    private List<ProgressRow> listedProgress() {
        List<ProgressRow> all = trace.progress();
        int limit = 40;
        if (all.size() <= limit) {
            return all;
        }
        java.util.SortedSet<Integer> keep = new java.util.TreeSet<>();
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

    /** Why the run ended, when it is more than the planned number of steps. */
    private void stopSection() {
        if (trace.stop() == Stop.CONVERGED) {
            paragraph("The run stops after update " + trace.updates() + ": its gradient is shorter than "
                    + schedule().until().orElseThrow().gradientNorm().stripTrailingZeros().toPlainString()
                    + ", the stop rule's threshold.");
        } else if (trace.stop() == Stop.UNDERIVABLE && trace.updates() < problem.iterations()) {
            paragraph("The run stops after update " + trace.updates() + ": what the problem gives does not allow "
                    + "the next update to be derived.");
        }
    }

    // ---------------------------------------------------------------- the formulas

    private void formulaSection() {
        heading(2, FORMULAS);
        paragraph("Logistic regression turns a score into a probability. For each sample it forms a score z from "
                + "the features and the parameters, squeezes the score into a probability ŷ with the sigmoid σ, and "
                + "measures with the cross-entropy loss how far ŷ is from the label y. Gradient descent then moves "
                + "the parameters a small step against the gradient of the average loss J. Every number further down "
                + "comes from one of these formulas, and the tables show each formula with its numbers put in.");
        if (problem.featuresKnown()) {
            blocks.add(new Block.Display(List.of(scoreDefinition(d), eq(sym(Symbol.Y_HAT, "i"), call(Function.SIGMA,
                    sym(Symbol.Z, "i")), over(num(1), plus(num(1), pow(sym(Symbol.E), neg(sym(Symbol.Z, "i")))))))));
            paragraph("The sigmoid maps every real number into the interval between 0 and 1: a large positive score "
                    + "gives a probability near 1, a large negative score one near 0, and a score of 0 gives exactly 0.5.");
        }
        blocks.add(new Block.Display(List.of(lossDefinition(), costDefinition())));
        paragraph("The loss uses the natural logarithm. Only one of its two terms counts for any sample: for y = 1 the "
                + "loss is −ln ŷ, for y = 0 it is −ln(1 − ŷ). A confident wrong prediction costs a great deal, a "
                + "confident right one almost nothing. The cost J is the average loss over the "
                + (fullBatch() ? "n samples." : "m samples of an update's batch: each update sees its batch only, and "
                + "the samples of the next batch meet the weights this update has already changed.")
                + (penalised() ? " The L2 penalty adds λ/(2" + (fullBatch() ? "n" : "m") + ") times the sum of the "
                + "squared weights, which keeps the weights from growing without end; the bias is not penalised." : ""));
        List<Expr> gradients = new ArrayList<>();
        if (d > 0) {
            gradients.add(gradWDefinition());
        }
        gradients.add(gradBDefinition());
        blocks.add(new Block.Display(gradients));
        paragraph("For the sigmoid with this loss, the derivative of one sample's loss with respect to its score is "
                + "simply the error ŷ − y. The chain rule multiplies it by the feature value for a weight and by 1 for "
                + "the bias; averaging over the samples gives the gradient of J."
                + (penalised() ? " The penalty adds λ/" + (fullBatch() ? "n" : "m") + " times the weight to each "
                + "weight's derivative, and nothing to the bias's." : ""));
        List<Expr> updates = new ArrayList<>();
        if (d > 0) {
            updates.add(assign(sym(Symbol.W, d == 1 ? "" : "j"), minus(sym(Symbol.W, d == 1 ? "" : "j"),
                    times(sym(Symbol.ALPHA), partial(sym(Symbol.COST), sym(Symbol.W, d == 1 ? "" : "j"))))));
        }
        updates.add(assign(sym(Symbol.B), minus(sym(Symbol.B), times(sym(Symbol.ALPHA),
                partial(sym(Symbol.COST), sym(Symbol.B))))));
        blocks.add(new Block.Display(updates));
        paragraph("The gradient points the way in which J grows fastest, so each parameter steps the other way, by "
                + "the learning rate α times its partial derivative. All parameters are updated together, from the "
                + "gradient computed before any of them changed.");
    }


    private static Expr lossDefinition() {
        Expr y = sym(Symbol.Y, "i");
        Expr p = sym(Symbol.Y_HAT, "i");
        return eq(sym(Symbol.LOSS, "i"), neg(brackets(plus(times(y, call(Function.LN, p)),
                times(minus(num(1), y), call(Function.LN, minus(num(1), p)))))));
    }

    /** The number of samples an update averages over: n in full-batch descent, m (its batch) otherwise. */
    private Expr count() {
        return sym(fullBatch() ? Symbol.N : Symbol.M);
    }

    private Expr costDefinition() {
        Expr average = times(over(num(1), count()), sum("i", num(1), count(), sym(Symbol.LOSS, "i")));
        if (!penalised() || d == 0) {
            return eq(sym(Symbol.COST), average);
        }
        Expr squares = d == 1 ? pow(sym(Symbol.W), num(2)) : sum("j", num(1), num(d), pow(sym(Symbol.W, "j"), num(2)));
        return eq(sym(Symbol.COST), plus(average, times(over(sym(Symbol.LAMBDA), times(num(2), count())), squares)));
    }

    private Expr gradWDefinition() {
        String j = d == 1 ? "" : "j";
        Expr x = sym(Symbol.X, d == 1 ? "i" : "i,j");
        Expr average = times(over(num(1), count()),
                sum("i", num(1), count(), times(minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i")), x)));
        if (penalised()) {
            average = plus(average, times(over(sym(Symbol.LAMBDA), count()), sym(Symbol.W, j)));
        }
        return eq(partial(sym(Symbol.COST), sym(Symbol.W, j)), average);
    }

    private Expr gradBDefinition() {
        return eq(partial(sym(Symbol.COST), sym(Symbol.B)), times(over(num(1), count()),
                sum("i", num(1), count(), minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i")))));
    }

    // ---------------------------------------------------------------- one step

    private void stepSection(Iteration it) {
        int t = it.number();
        boolean first = t == 1;
        List<Inline> start;
        if (fullBatch()) {
            heading(2, trace.updates() == 1 ? "One step of gradient descent" : "Step " + t + " of gradient descent");
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
        for (int j = 1; j <= d; j++) {
            start.addAll(Inline.of(new Inline.Calc(eq(wSym(j), weight(it, j))), ", "));
        }
        start.addAll(Inline.of(new Inline.Calc(eq(sym(Symbol.B), bias(it))), "."));
        blocks.add(new Block.Paragraph(start));

        if (problem.featuresKnown()) {
            forwardPass(it, first);
        }
        losses(it, first);
        errors(it, first);
        update(it, first);
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
        columns.add(column(true, scoreDefinition(d)));
        columns.add(column(true, eq(sym(Symbol.Y_HAT, "i"), call(Function.SIGMA, sym(Symbol.Z, "i")))));
        List<Row> rows = new ArrayList<>();
        for (SampleStep s : it.samples()) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(String.valueOf(s.i())));
            for (int j = 1; j <= d; j++) {
                cells.add(calc(x(s.i(), j)));
            }
            cells.add(calc(num(s.y())));
            cells.add(zCell(it, s));
            cells.add(pCell(it, s));
            rows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of("Forward pass, " + unit() + " " + it.number() + "."), columns, rows));
    }

    private List<Inline> zCell(Iteration it, SampleStep s) {
        QuantityId id = QuantityId.ofSample(it.number(), QuantityKind.Z, s.i());
        if (s.z() == null) {
            return Inline.of("—");
        }
        if (s.z().given()) {
            return givenCell(id, s.z());
        }
        List<Expr> terms = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            terms.add(times(weight(it, j), x(s.i(), j)));
        }
        terms.add(bias(it));
        return worked(plus(terms), id, s.z());
    }

    private List<Inline> pCell(Iteration it, SampleStep s) {
        QuantityId id = QuantityId.ofSample(it.number(), QuantityKind.P, s.i());
        if (s.p() == null) {
            return Inline.of("—");
        }
        if (s.p().given()) {
            return givenCell(id, s.p());
        }
        return worked(call(Function.SIGMA, value(QuantityId.ofSample(it.number(), QuantityKind.Z, s.i()), s.z())),
                id, s.p());
    }

    private void losses(Iteration it, boolean first) {
        int t = it.number();
        heading(3, "Loss of each sample, and the cost");
        if (first) {
            paragraph("With the probabilities in hand, each sample's loss follows from its label; the cost is their "
                    + "average, the number that training makes smaller.");
        }
        List<Column> columns = List.of(column(false, sym(Symbol.I)), column(true, sym(Symbol.Y, "i")),
                column(true, sym(Symbol.Y_HAT, "i")), column(true, Inline.of(new Inline.Math(lossDefinition()))));
        List<Row> rows = new ArrayList<>();
        for (SampleStep s : it.samples()) {
            QuantityId pId = QuantityId.ofSample(t, QuantityKind.P, s.i());
            rows.add(new Row(List.of(Inline.of(String.valueOf(s.i())), calc(num(s.y())),
                    s.p() == null ? Inline.of("—") : calc(value(pId, s.p())), lossCell(it, s)), false));
        }
        rows.add(new Row(List.of(Inline.of("Sum"), Inline.of(""), Inline.of(""),
                quantityCell(QuantityId.of(t, QuantityKind.SUM_LOSS), it.sumLoss())), true));
        blocks.add(new Block.Table(Inline.of("Losses, " + unit() + " " + t + "."), columns, rows));

        QuantityId costId = QuantityId.of(t, QuantityKind.COST);
        if (it.cost() != null) {
            Expr average;
            if (it.cost().infinite()) {
                blocks.add(new Block.Paragraph(Inline.of("One loss is infinite, so the sum and the cost are too: ",
                        new Inline.Calc(eq(sym(Symbol.COST), sym(Symbol.INFINITY))),
                        ". The notes at the end say why and what to do about it.")));
            } else if (it.cost().given() || it.sumLoss() == null) {
                blocks.add(new Block.Paragraph(Inline.of("The cost is given: ", new Inline.Calc(eq(sym(Symbol.COST),
                        value(costId, it.cost()))), ".")));
            } else {
                average = penalisedCost(it, over(value(QuantityId.of(t, QuantityKind.SUM_LOSS), it.sumLoss()),
                        num(it.samples().size())));
                List<Inline> text = new ArrayList<>(Inline.of(penalised() && d > 0
                        ? "The cost is the average loss plus the penalty: " : "The cost is the average loss: "));
                text.addAll(worked(eq(sym(Symbol.COST), average), costId, it.cost()));
                text.addAll(Inline.of("."));
                blocks.add(new Block.Paragraph(text));
            }
        }
    }

    private List<Inline> lossCell(Iteration it, SampleStep s) {
        QuantityId id = QuantityId.ofSample(it.number(), QuantityKind.LOSS, s.i());
        if (s.loss() == null) {
            return Inline.of("—");
        }
        if (s.loss().given()) {
            return givenCell(id, s.loss());
        }
        QuantityId pId = QuantityId.ofSample(it.number(), QuantityKind.P, s.i());
        Expr p = value(pId, s.p());
        Expr substituted;
        if (s.y() == 1) {
            substituted = neg(call(Function.LN, p));
        } else if (p instanceof Expr.Lit lit) {
            substituted = eq(neg(call(Function.LN, minus(num(1), p))), neg(call(Function.LN,
                    num(BigDecimal.ONE.subtract(lit.value())))));
        } else {
            substituted = neg(call(Function.LN, minus(num(1), p)));
        }
        if (s.loss().infinite() && !blank(id, s.loss())) {
            return Inline.of(new Inline.Calc(then(substituted, Relation.EQUALS, sym(Symbol.INFINITY))), " (infinite)");
        }
        return worked(substituted, id, s.loss());
    }

    private void errors(Iteration it, boolean first) {
        int t = it.number();
        heading(3, d > 0 ? "Errors and the gradient" : "Errors and the bias gradient");
        if (first) {
            paragraph(d > 0
                    ? "The error ŷ − y says by how much, and in which direction, each prediction misses its label. "
                            + "Multiplied by a feature value it is that sample's share of the weight's gradient; the "
                            + "column sums divided by " + (fullBatch() ? "n" : "m") + " are the gradients"
                            + (penalised() ? ", once the penalty's share is added to the weights'." : ".")
                    : "The error ŷ − y says by how much, and in which direction, each prediction misses its label. "
                            + "Their sum divided by " + (fullBatch() ? "n" : "m") + " is the gradient for the bias.");
        }
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, sym(Symbol.I)));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, d == 1 ? sym(Symbol.X, "i") : sym(Symbol.X, "i," + j)));
        }
        columns.add(column(true, sym(Symbol.Y, "i")));
        columns.add(column(true, sym(Symbol.Y_HAT, "i")));
        columns.add(column(true, minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i"))));
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, times(minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i")),
                    d == 1 ? sym(Symbol.X, "i") : sym(Symbol.X, "i," + j))));
        }
        List<Row> rows = new ArrayList<>();
        for (SampleStep s : it.samples()) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(String.valueOf(s.i())));
            for (int j = 1; j <= d; j++) {
                cells.add(calc(x(s.i(), j)));
            }
            QuantityId pId = QuantityId.ofSample(t, QuantityKind.P, s.i());
            QuantityId eId = QuantityId.ofSample(t, QuantityKind.ERROR, s.i());
            cells.add(calc(num(s.y())));
            cells.add(s.p() == null ? Inline.of("—") : calc(value(pId, s.p())));
            if (s.error() == null) {
                cells.add(Inline.of("—"));
            } else if (s.error().given()) {
                cells.add(givenCell(eId, s.error()));
            } else {
                cells.add(worked(minus(value(pId, s.p()), num(s.y())), eId, s.error()));
            }
            for (int j = 1; j <= d; j++) {
                QuantityId id = new QuantityId(t, QuantityKind.ERROR_X, s.i(), j);
                Quantity q = s.errorX() == null ? null : s.errorX().get(j - 1);
                if (q == null) {
                    cells.add(Inline.of("—"));
                } else if (q.given()) {
                    cells.add(givenCell(id, q));
                } else {
                    cells.add(worked(times(value(eId, s.error()), x(s.i(), j)), id, q));
                }
            }
            rows.add(new Row(cells, false));
        }
        List<List<Inline>> total = new ArrayList<>();
        total.add(Inline.of("Sum"));
        for (int k = 0; k < d + 2; k++) {
            total.add(Inline.of(""));
        }
        total.add(quantityCell(QuantityId.of(t, QuantityKind.SUM_ERROR), it.sumError()));
        for (int j = 1; j <= d; j++) {
            total.add(quantityCell(QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j), it.sumErrorX().get(j - 1)));
        }
        rows.add(new Row(total, true));
        blocks.add(new Block.Table(Inline.of("Errors, " + unit() + " " + t + "."), columns, rows));

        List<Worked> gradients = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            Expr lhs = partial(sym(Symbol.COST), wSym(j));
            QuantityId sumId = QuantityId.ofFeature(t, QuantityKind.SUM_ERROR_X, j);
            gradients.add(gradient(lhs, sumId, it.sumErrorX().get(j - 1), QuantityId.ofFeature(t, QuantityKind.GRAD_W, j),
                    it.gradW().get(j - 1), it.samples().size(), penalised() ? weight(it, j) : null));
        }
        gradients.add(gradient(partial(sym(Symbol.COST), sym(Symbol.B)), QuantityId.of(t, QuantityKind.SUM_ERROR),
                it.sumError(), QuantityId.of(t, QuantityKind.GRAD_B), it.gradB(), it.samples().size(), null));
        gradients.removeIf(java.util.Objects::isNull);
        if (!gradients.isEmpty()) {
            String count = (fullBatch() ? "n = " : "m = ") + it.samples().size();
            blocks.add(new Block.Paragraph(Inline.of((d > 0 ? "Dividing the sums by " + count : "Dividing the sum by " + count)
                    + (penalised() && d > 0 ? " and adding the penalty's share to each weight's" : "") + " gives the gradient:")));
            formulas(gradients);
        }
    }

    /** A computation whose result is a quantity: written as one formula, or with a blank for its result. */
    private record Worked(Expr computation, QuantityId id, Quantity quantity) {}

    /** Displays the formulas, or in a worksheet with blanks lists them as lines of text, where blanks can go. */
    private void formulas(List<Worked> lines) {
        if (lines.stream().noneMatch(line -> blank(line.id(), line.quantity()))) {
            blocks.add(new Block.Display(lines.stream().map(line -> line.quantity().given()
                    ? line.computation() : result(line.computation(), line.id(), line.quantity())).toList()));
        } else {
            blocks.add(new Block.Items(lines.stream().map(line -> line.quantity().given()
                    ? Inline.of(new Inline.Calc(line.computation())) : worked(line.computation(), line.id(), line.quantity()))
                    .toList()));
        }
    }

    private Worked gradient(Expr lhs, QuantityId sumId, Quantity sum, QuantityId id, Quantity gradient, int m,
            Expr penalisedWeight) {
        if (gradient == null) {
            return null;
        }
        if (gradient.given() || sum == null) {
            return new Worked(eq(lhs, value(id, gradient)), id, gradient);
        }
        Expr average = over(value(sumId, sum), num(m));
        if (penalisedWeight != null) {
            average = plus(average, over(times(num(schedule().l2()), penalisedWeight), num(m)));
        }
        return new Worked(eq(lhs, average), id, gradient);
    }

    /** The cost's substitution: the average loss, plus (λ·Σ w_j²)/(2m) under an L2 penalty. */
    private Expr penalisedCost(Iteration it, Expr average) {
        if (!penalised() || d == 0) {
            return average;
        }
        List<Expr> squares = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            squares.add(pow(weight(it, j), num(2)));
        }
        return plus(average, over(times(num(schedule().l2()), plus(squares)), times(num(2), num(it.samples().size()))));
    }

    private void update(Iteration it, boolean first) {
        int t = it.number();
        heading(3, "Update");
        if (first) {
            paragraph("Each parameter moves against its gradient, by the learning rate times the gradient.");
        }
        List<Worked> updates = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            QuantityId id = QuantityId.ofFeature(t, QuantityKind.W_NEW, j);
            Quantity q = it.wNew().get(j - 1);
            Quantity g = it.gradW().get(j - 1);
            if (q != null) {
                updates.add(updateFormula(wSym(j), weight(it, j), QuantityId.ofFeature(t, QuantityKind.GRAD_W, j), g, id, q));
            }
        }
        if (it.bNew() != null) {
            updates.add(updateFormula(sym(Symbol.B), bias(it), QuantityId.of(t, QuantityKind.GRAD_B), it.gradB(),
                    QuantityId.of(t, QuantityKind.B_NEW), it.bNew()));
        }
        if (!updates.isEmpty()) {
            formulas(updates);
        }
        it.stationary().ifPresent(stationary -> paragraph(stationary
                ? "The gradient is zero" + (trace.provenance().arithmetic().equals("hand") ? " at the shown precision" : "")
                        + ": these parameters are a stationary point of J, and gradient descent leaves them where they are."
                : "The gradient is not zero, so the parameters this step starts from are not a stationary point of J, "
                        + "and in particular not its minimiser: a small enough step against the gradient lowers the cost."));
    }

    private Worked updateFormula(Expr symbol, Expr current, QuantityId gradId, Quantity gradient, QuantityId id, Quantity q) {
        if (q.given() || gradient == null) {
            return new Worked(assign(symbol, value(id, q)), id, q);
        }
        return new Worked(assign(symbol, minus(current, times(num(problem.learningRate()), value(gradId, gradient)))), id, q);
    }

    // ---------------------------------------------------------------- boundary, progress, notes

    private void boundarySection() {
        if (!problem.featuresKnown()) {
            return;
        }
        heading(2, "The decision boundary");
        paragraph("The model predicts label 1 where ŷ ≥ 0.5, which is where the score z is at least 0. The boundary "
                + "between the two predictions is where the score is exactly 0.");
        Iteration first = trace.first();
        Iteration last = trace.last();
        if (d == 1) {
            blocks.add(new Block.Display(List.of(chain(Relation.IFF, eq(plus(times(sym(Symbol.W), sym(Symbol.X)),
                    sym(Symbol.B)), num(0)), eq(sym(Symbol.X), neg(over(sym(Symbol.B), sym(Symbol.W))))))));
            List<List<Inline>> items = new ArrayList<>();
            items.add(boundaryItem("Before training: ", weight(first, 1), bias(first),
                    QuantityId.of(1, QuantityKind.BOUNDARY), first.boundary()));
            if (last.wNew().get(0) != null && last.bNew() != null) {
                items.add(boundaryItem("After " + stepsTaken() + ": ",
                        value(QuantityId.ofFeature(last.number(), QuantityKind.W_NEW, 1), last.wNew().get(0)),
                        value(QuantityId.of(last.number(), QuantityKind.B_NEW), last.bNew()),
                        QuantityId.of(last.number(), QuantityKind.BOUNDARY_NEW), last.boundaryNew()));
            }
            blocks.add(new Block.Items(items));
            paragraph("Samples with x above the boundary are predicted as label 1 when w is positive, "
                    + "those below it as label 0; a negative w swaps the sides.");
            blocks.add(new Block.Figure("sigmoid", Inline.of("The samples (open: label 0, filled: label 1), the "
                    + "sigmoid curve σ(wx + b) and the boundary where it crosses 0.5, before training (dashed) and "
                    + afterSteps() + " (solid)."), Figures.sigmoid(trace, afterSteps())));
        } else {
            List<List<Inline>> items = new ArrayList<>();
            List<Expr> before = new ArrayList<>();
            for (int j = 1; j <= d; j++) {
                before.add(weight(first, j));
            }
            items.add(Inline.of("Before training: ", new Inline.Calc(hyperplane(before, bias(first)))));
            if (last.wNew().stream().allMatch(java.util.Objects::nonNull) && last.bNew() != null) {
                List<Expr> after = new ArrayList<>();
                for (int j = 1; j <= d; j++) {
                    after.add(value(QuantityId.ofFeature(last.number(), QuantityKind.W_NEW, j), last.wNew().get(j - 1)));
                }
                items.add(Inline.of("After " + stepsTaken() + ": ", new Inline.Calc(hyperplane(after,
                        value(QuantityId.of(last.number(), QuantityKind.B_NEW), last.bNew())))));
            }
            blocks.add(new Block.Items(items));
            if (d == 2) {
                blocks.add(new Block.Figure("boundary", Inline.of("The samples in the plane of the two features "
                        + "(open: label 0, filled: label 1) and the boundary line before training (dashed) and "
                        + afterSteps() + " (solid)."), Figures.plane(trace, afterSteps())));
            }
            paragraph(d == 2 ? "With two features the boundary is a straight line in the plane of the features; "
                    + "points on the side where the score is positive are predicted as label 1."
                    : "With " + d + " features the boundary is a hyperplane; points on the side where the score is "
                    + "positive are predicted as label 1.");
        }
    }

    private List<Inline> boundaryItem(String when, Expr w, Expr b, QuantityId id, Quantity q) {
        if (q == null) {
            // w = 0 exactly, or so small that −b/w is beyond any number (w = 1e-320)
            boolean zero = w instanceof Expr.Lit lit && lit.value().signum() == 0;
            return Inline.of(when, new Inline.Calc(eq(sym(Symbol.W), w)), zero
                    ? ", so the score does not depend on x: there is no boundary."
                    : ": w is so close to 0 that −b/w is beyond any number showwork computes with (about 1.8e308); "
                    + "there is no boundary.");
        }
        if (q.given()) {
            return Inline.of(when, new Inline.Calc(eq(sym(Symbol.X), value(id, q))), " (given)");
        }
        Expr substituted = eq(sym(Symbol.X), neg(over(b, w)));
        if (b instanceof Expr.Lit lit && lit.value().signum() < 0) {
            substituted = then(substituted, Relation.EQUALS, over(num(lit.value().negate()), w));
        }
        List<Inline> text = new ArrayList<>(Inline.of(when));
        text.addAll(worked(substituted, id, q));
        return text;
    }

    private Expr hyperplane(List<Expr> weights, Expr bias) {
        List<Expr> terms = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            terms.add(times(weights.get(j - 1), sym(Symbol.X, String.valueOf(j))));
        }
        terms.add(bias);
        return eq(plus(terms), num(0));
    }

    private void progressSection() {
        if (trace.updates() < 2) {
            return;
        }
        String unit = fullBatch() ? "step" : "update";
        heading(2, fullBatch() ? "Progress over the steps" : "Progress over the updates");
        List<ProgressRow> progress = listedProgress();
        boolean thinned = progress.size() < trace.updates();
        paragraph("The parameters each " + unit + " starts from, the cost J there and the length of the gradient"
                + (fullBatch() ? "" : " (both over the " + unit + "'s batch)") + "; the last row holds the parameters "
                + "after the final " + unit + "." + (thinned ? " The run is long, so only some " + unit + "s are listed: "
                + "the first, then evenly spaced ones, and the last." : ""));
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, fullBatch() ? "Step" : "Update"));
        if (!fullBatch()) {
            columns.add(column(true, "Epoch"));
        }
        for (int j = 1; j <= d; j++) {
            columns.add(column(true, wSym(j)));
        }
        columns.add(column(true, sym(Symbol.B)));
        columns.add(column(true, sym(Symbol.COST)));
        columns.add(column(true, "‖∇J‖"));
        List<Row> rows = new ArrayList<>();
        for (ProgressRow row : progress) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(String.valueOf(row.number())));
            if (!fullBatch()) {
                cells.add(Inline.of(String.valueOf(row.epoch())));
            }
            java.util.Optional<Iteration> shown = trace.iteration(row.number());
            for (int j = 1; j <= d; j++) {
                int feature = j;
                cells.add(calc(shown.map(it -> weight(it, feature))
                        .orElse(num(row.weights().get(j - 1).shown(problem.decimals().of(QuantityKind.W_NEW))))));
            }
            cells.add(calc(shown.map(this::bias).orElse(num(row.bias().shown(problem.decimals().of(QuantityKind.B_NEW))))));
            cells.add(quantityCell(QuantityId.of(row.number(), QuantityKind.COST), row.cost()));
            cells.add(Double.isFinite(row.gradientNorm())
                    ? calc(num(java.math.BigDecimal.valueOf(row.gradientNorm()).round(new java.math.MathContext(3))))
                    : Inline.of("—"));
            rows.add(new Row(cells, false));
        }
        Iteration last = trace.last();
        List<List<Inline>> cells = new ArrayList<>();
        cells.add(Inline.of("after " + last.number()));
        if (!fullBatch()) {
            cells.add(Inline.of(""));
        }
        for (int j = 1; j <= d; j++) {
            cells.add(quantityCell(QuantityId.ofFeature(last.number(), QuantityKind.W_NEW, j), last.wNew().get(j - 1)));
        }
        cells.add(quantityCell(QuantityId.of(last.number(), QuantityKind.B_NEW), last.bNew()));
        cells.add(Inline.of("—"));
        cells.add(Inline.of("—"));
        rows.add(new Row(cells, true));
        blocks.add(new Block.Table(Inline.of("Parameters and cost by " + unit + "."), columns, rows));
        Figures.cost(trace).ifPresent(chart -> blocks.add(new Block.Figure("cost",
                Inline.of("The cost J at the start of each " + unit + (fullBatch() ? "" : ", over its batch") + "."),
                chart)));
    }

    private void landscapeSection() {
        if (!problem.featuresKnown() || d != 1) {
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

    private String afterSteps() {
        return "after " + stepsTaken();
    }

    private String stepsTaken() {
        return fullBatch() ? steps(trace.updates()) : updates(trace.updates());
    }

    private void notesSection() {
        List<Note> notes = trace.notes();
        if (notes.isEmpty() && !trace.provenance().arithmetic().equals("hand")) {
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

    // ---------------------------------------------------------------- numbers and cells

    /** A computation followed by "= result", or "≈ result" when the shown result is rounded. */
    private Expr result(Expr computation, QuantityId id, Quantity q) {
        BigDecimal shown = shown(id, q);
        Expr chain = computation;
        BigDecimal unrounded = q.unrounded().toBigDecimal();
        boolean rounded = unrounded.compareTo(shown) != 0;
        // an update or a quotient that ends a few places further is worth showing before it is rounded
        if (rounded && trace.provenance().arithmetic().equals("hand")
                && unrounded.stripTrailingZeros().scale() <= shown.scale() + 4
                && (id.kind() == QuantityKind.W_NEW || id.kind() == QuantityKind.B_NEW)) {
            chain = then(chain, Relation.EQUALS, num(unrounded.stripTrailingZeros()));
        }
        return then(chain, rounded ? Relation.APPROX : Relation.EQUALS, num(shown));
    }

    /** A computation and its result; in a worksheet, the computation and a blank for the result. */
    private List<Inline> worked(Expr computation, QuantityId id, Quantity q) {
        if (blank(id, q)) {
            return Inline.of(new Inline.Calc(computation), " = ", new Inline.Blank(id.toString(d)));
        }
        return Inline.of(new Inline.Calc(result(computation, id, q)));
    }

    private List<Inline> givenCell(QuantityId id, Quantity q) {
        return Inline.of(new Inline.Calc(value(id, q)), " (given)");
    }

    private List<Inline> quantityCell(QuantityId id, Quantity q) {
        if (q == null) {
            return Inline.of("—");
        }
        if (blank(id, q)) {
            return Inline.of(new Inline.Blank(id.toString(d)));
        }
        if (q.infinite()) {
            return Inline.of(new Inline.Calc(sym(Symbol.INFINITY)));
        }
        return q.given() ? givenCell(id, q) : calc(value(id, q));
    }

    /** A quantity in a later substitution: its shown value, or its symbol when it is a blank of the worksheet. */
    private Expr value(QuantityId id, Quantity q) {
        if (blank(id, q)) {
            return NotePhrases.symbol(id, d);
        }
        return q.infinite() ? sym(Symbol.INFINITY) : num(shown(id, q));
    }

    /** A quantity as written: given values as the problem wrote them, computed ones to their places. */
    private BigDecimal shown(QuantityId id, Quantity q) {
        if (q.given()) {
            BigDecimal written = problem.given().get(id);
            if (written != null) {
                return written;
            }
        }
        return q.value().shown(problem.decimals().of(id.kind()));
    }

    /** The weight an update starts from: as the problem states it, or the previous update's result. */
    private Expr weight(Iteration it, int j) {
        if (it.number() == 1) {
            return num(problem.weights().get(j - 1));
        }
        QuantityId id = QuantityId.ofFeature(it.number() - 1, QuantityKind.W_NEW, j);
        return trace.iteration(it.number() - 1).map(before -> value(id, before.wNew().get(j - 1)))
                .orElse(num(it.weights().get(j - 1).shown(problem.decimals().of(QuantityKind.W_NEW))));
    }

    private Expr bias(Iteration it) {
        if (it.number() == 1) {
            return num(problem.bias());
        }
        QuantityId id = QuantityId.of(it.number() - 1, QuantityKind.B_NEW);
        return trace.iteration(it.number() - 1).map(before -> value(id, before.bNew()))
                .orElse(num(it.bias().shown(problem.decimals().of(QuantityKind.B_NEW))));
    }

    private Expr x(int i, int j) {
        return num(problem.samples().get(i - 1).x().get(j - 1));
    }

    private Expr wSym(int j) {
        return d == 1 ? sym(Symbol.W) : sym(Symbol.W, String.valueOf(j));
    }
}
