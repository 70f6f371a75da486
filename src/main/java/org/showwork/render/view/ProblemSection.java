package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/** The problem as given: the training data, the starting parameters, the plan of the run, and what is given rather than computed. */
final class ProblemSection extends DocumentLayout {

    private final DerivationContext c;
    private final Problem problem;
    private final int d;

    ProblemSection(DerivationContext context) {
        super(context.blocks());
        this.c = context;
        this.problem = context.problem();
        this.d = context.d();
    }

    void layOut() {
        heading(2, "The problem");
        data();
        start();
        if (!problem.given().isEmpty()) {
            String ids = problem.given().keySet().stream().map(id -> id.toString(d)).collect(Collectors.joining(", "));
            paragraph("Given rather than computed: " + ids + ". Each given value takes the place of its formula, "
                    + "and everything after it is derived from it; the tables mark given values with “(given)”.");
        }
        if (!problem.featuresKnown() && problem.softmax()) {
            paragraph("The features are not given, only the labels and the values listed above, so the weights' "
                    + "gradients and updates cannot be derived; everything else, the biases' steps included, can.");
        } else if (!problem.featuresKnown()) {
            paragraph("Only the labels and the predicted probabilities are given, not the features, so the scores z, "
                    + "the weight gradients and the weight updates cannot be derived; the bias can.");
        }
    }

    private void data() {
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
            int y = problem.samples().get(i - 1).y();
            cells.add(problem.softmax() ? Inline.of(new Inline.Calc(num(y)), " (" + problem.classes().names().get(y) + ")")
                    : calc(num(y)));
            rows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of(problem.featuresKnown() ? "The training data." : "The samples' labels."),
                columns, rows));
    }

    private void start() {
        List<Inline> start = new ArrayList<>(Inline.of("We start from "));
        Inline alpha = new Inline.Calc(eq(sym(Symbol.ALPHA), num(problem.learningRate())));
        if (problem.softmax()) {
            start.addAll(Inline.of("the rows of weights and the biases in the table of step 1 (zeros unless the "
                    + "problem gives them), and run " + plan() + " with learning rate ", alpha));
        } else {
            for (int j = 1; j <= d; j++) {
                start.addAll(Inline.of(new Inline.Calc(eq(wSym(j), num(problem.weights().get(j - 1)))), ", "));
            }
            start.addAll(Inline.of(new Inline.Calc(eq(sym(Symbol.B), num(problem.bias()))), " and run " + plan()
                    + " with learning rate ", alpha));
        }
        if (c.penalised()) {
            start.addAll(Inline.of(" and an L2 penalty of strength ", new Inline.Calc(eq(sym(Symbol.LAMBDA),
                    num(c.schedule().l2())))));
        }
        start.addAll(Inline.of("."));
        blocks.add(new Block.Paragraph(start));
    }

    private Expr wSym(int j) {
        return d == 1 ? sym(Symbol.W) : sym(Symbol.W, String.valueOf(j));
    }

    private List<Inline> featureHeader(int j) {
        String name = problem.featureNames().get(j - 1);
        Expr symbol = d == 1 ? sym(Symbol.X) : sym(Symbol.X, String.valueOf(j));
        String defaultName = d == 1 ? "x" : "x" + j;
        return name.equals(defaultName) ? Inline.of("Feature ", symbol) : Inline.of(symbol, " (" + name + ")");
    }

    /** "one step of gradient descent on all 5 samples", "stochastic gradient descent …", with the stop rule. */
    private String plan() {
        Schedule schedule = c.schedule();
        int n = problem.sampleCount();
        String order = schedule.shuffleSeed().isPresent()
                ? ", the samples shuffled afresh each epoch (seed " + schedule.shuffleSeed().getAsLong() + ")"
                : ", the samples in the order listed";
        String upTo = schedule.until().isPresent() ? "up to " : "";
        String what;
        if (c.fullBatch()) {
            what = (schedule.until().isEmpty() ? DerivationContext.steps(problem.iterations())
                    : problem.iterations() == 1 ? "one step" : "up to " + problem.iterations() + " steps")
                    + " of gradient descent on all " + n + " samples";
        } else if (schedule.batchSize(n) == 1) {
            what = "stochastic gradient descent (one sample per update" + order + ") for " + upTo
                    + DerivationContext.updates(problem.iterations());
        } else {
            what = "mini-batch gradient descent (batches of " + schedule.batchSize(n) + order + ") for " + upTo
                    + DerivationContext.updates(problem.iterations());
        }
        return what + schedule.until().map(rule -> ", stopping early once the gradient is shorter than "
                + rule.gradientNorm().stripTrailingZeros().toPlainString()).orElse("");
    }
}
