package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.showwork.fit.Fit;
import org.showwork.fit.NewtonRun;
import org.showwork.fit.Parameters;
import org.showwork.fit.QuotedComparison;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.problem.TrainingData;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;


/** The result: coefficients, decision boundary, accuracy, each sample's probability, and quoted parameters compared. */
final class FitResultSection extends FitLayout {

    FitResultSection(Fit fit, List<Block> blocks) {
        super(fit, blocks);
    }

    // ---------------------------------------------------------------- the result

    void resultSection() {
        heading(2, "The result");
        NewtonRun run = fit.run();
        String steps = count(run.steps(), "Newton step");
        String gradient = unicode(FitNumbers.small(fit.gradientNorm()));
        String threshold = unicode(FitNumbers.small(run.threshold()));
        List<Inline> status = new ArrayList<>();
        switch (run.stop()) {
            case CONVERGED -> status.addAll(Inline.of(new Inline.Strong("Converged"), " after " + steps + ": the "
                    + "gradient's length is " + gradient + ", below the threshold " + threshold + ", so these "
                    + "parameters minimise F to double precision."));
            case NO_MINIMUM -> status.addAll(Inline.of(new Inline.Strong("Not converged: there is no minimum."),
                    " After " + steps + " the gradient's length is " + gradient + ", below the threshold " + threshold
                    + ", but only because F flattens out as ‖w‖ grows; more iterations would make the weights larger "
                    + "still. The numbers below are where the iterations stopped, not an estimate."));
            case ITERATION_LIMIT -> status.addAll(Inline.of(new Inline.Strong("Not converged"), ": the limit of "
                    + count(fit.settings().maxIterations(), "iteration") + " was reached with the gradient's length at "
                    + gradient + ", above the threshold " + threshold + "."
                    + (fit.minimumExists() ? " Allow more with --max-iter." : " The minimum does not exist.")));
            case NO_DECREASE -> status.addAll(Inline.of(new Inline.Strong("Not converged"), ": after " + steps + " no "
                    + "step along the Newton direction lowered F, not even a very short one; the gradient's length is "
                    + gradient + ", above the threshold " + threshold + ". This happens when F is flat to double "
                    + "precision before the gradient is small enough."));
        }
        blocks.add(new Block.Paragraph(status));
        coefficientTable();
        boundary();
        paragraph(String.format(Locale.ROOT, "%,d", fit.correct()) + " of " + count(n, "training sample") + " (" + percent(fit.accuracy()) + ") are "
                + "classified correctly, predicting label 1 where z > 0, that is where ŷ > 0.5.");
        probabilityTable();
    }

    private void coefficientTable() {
        boolean scaled = fit.fittedScaled().isPresent();
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "Parameter"));
        if (scaled) {
            columns.add(column(true, "Standardized features"));
        }
        columns.add(column(true, scaled ? "Original units" : "Fitted value"));
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a <= d; a++) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(parameterLabel(a)));
            if (scaled) {
                cells.add(calc(FitNumbers.number(component(fit.fittedScaled().get(), a))));
            }
            cells.add(calc(FitNumbers.number(component(fit.fitted(), a))));
            rows.add(new Row(cells, false));
        }
        String caption = scaled ? "The fitted parameters on the standardized scale, and in the features' own units "
                + "(wⱼ = w′ⱼ/sⱼ, b = b′ − Σ w′ⱼ·mⱼ/sⱼ)." : "The fitted parameters.";
        if (!fit.minimumExists()) {
            caption = "The parameters where the iterations stopped (no estimate exists).";
        }
        blocks.add(new Block.Table(Inline.of(caption), columns, rows));
    }

    private void boundary() {
        Parameters p = fit.fitted();
        if (d == 1) {
            double w = p.weights().get(0);
            if (w == 0) {
                paragraph("The weight is 0, so every x gets the same probability and there is no decision boundary.");
                return;
            }
            Expr formula = eq(sym(Symbol.X), neg(over(sym(Symbol.B), sym(Symbol.W))),
                    neg(over(FitNumbers.number(p.bias()), FitNumbers.number(w))), FitNumbers.number(-p.bias() / w));
            blocks.add(new Block.Paragraph(Inline.of("The decision boundary, where z = 0 and ŷ = 0.5: ",
                    new Inline.Calc(formula), ". Samples with a larger x are predicted to have label "
                            + (w > 0 ? "1" : "0") + ".")));
            sigmoidFigure(p);
            return;
        }
        List<Expr> terms = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            terms.add(times(FitNumbers.number(p.weights().get(j)), sym(Symbol.X, String.valueOf(j + 1))));
        }
        terms.add(FitNumbers.number(p.bias()));
        blocks.add(new Block.Paragraph(Inline.of("The decision boundary, where z = 0 and ŷ = 0.5, is the "
                + (d == 2 ? "line " : "plane "), new Inline.Calc(eq(plus(terms), num(0))), ".")));
    }

    /** The samples with the fitted curve, and the quoted parameters' curve when the problem quotes any. */
    private void sigmoidFigure(Parameters fitted) {
        TrainingData data = fit.data();
        double[] xs = new double[data.sampleCount()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = data.x(i, 0);
        }
        List<Figures.Curve> curves = new ArrayList<>();
        fit.quoted().ifPresent(q -> curves.add(new Figures.Curve("quoted", q.quoted().weights().get(0).doubleValue(),
                q.quoted().bias().doubleValue(), false)));
        curves.add(new Figures.Curve("fitted", fitted.weights().get(0), fitted.bias(), true));
        String quoted = fit.quoted().isPresent() ? ", and those of the quoted parameters (dashed)." : ".";
        blocks.add(new Block.Figure("sigmoid", Inline.of("The samples (open: label 0, filled: label 1), the fitted "
                + "curve σ(wx + b) and its decision boundary (solid)" + quoted),
                Figures.sigmoid(data.featureNames().get(0), xs, data.labels(), curves)));
    }

    private void probabilityTable() {
        int shown = Math.min(n, SHOWN_SAMPLES);
        double[] theta = fit.fitted().toArray();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
            rows.add(sampleRow(i, theta));
        }
        String caption = "Each training sample's score and probability ŷ = σ(z) at the fitted parameters"
                + (n > shown ? " (the first " + shown + " of " + String.format(Locale.ROOT, "%,d", n) + " samples; the JSON "
                + "output has them all)." : ".");
        blocks.add(new Block.Table(Inline.of(caption), probabilityColumns(), rows));
    }

    private List<Column> probabilityColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "Sample ", sym(Symbol.I)));
        for (int j = 0; j < d; j++) {
            columns.add(new Column(featureHeader(j), true));
        }
        columns.add(column(true, "Label ", sym(Symbol.Y)));
        if (weighted) {
            columns.add(column(true, "Weight ", sym(Symbol.SAMPLE_WEIGHT)));
        }
        columns.add(column(true, "Score ", sym(Symbol.Z)));
        columns.add(column(true, "Probability ", sym(Symbol.Y_HAT)));
        return columns;
    }

    /** Sample i's features, label and weight as given, and its score and probability at the fitted θ. */
    private Row sampleRow(int i, double[] theta) {
        List<List<Inline>> cells = new ArrayList<>();
        cells.add(Inline.of(String.valueOf(i + 1)));
        double z = theta[d];
        for (int j = 0; j < d; j++) {
            cells.add(calc(num(data.row(i).get(j))));
            z += theta[j] * data.x(i, j);
        }
        cells.add(calc(num(data.y(i))));
        if (weighted) {
            cells.add(calc(FitNumbers.number(data.weight(i))));
        }
        cells.add(calc(FitNumbers.number(z, 4)));
        cells.add(calc(FitNumbers.probabilityOfScore(z)));
        return new Row(cells, false);
    }

    // ---------------------------------------------------------------- quoted parameters

    void quotedSection(QuotedComparison q) {
        heading(2, "The parameters the problem quotes");
        List<Inline> intro = new ArrayList<>(Inline.of("The problem file states "));
        for (int j = 0; j < d; j++) {
            intro.addAll(Inline.of(new Inline.Calc(eq(parameterSymbol(j), num(q.quoted().weights().get(j)))), ", "));
        }
        intro.addAll(Inline.of(new Inline.Calc(eq(sym(Symbol.B), num(q.quoted().bias()))), ". At a minimum of F the "
                + "gradient is zero, so the gradient there says whether they minimise this objective"
                + (fit.settings().standardize() ? " (they are converted to the standardized scale first)" : "") + "."));
        blocks.add(new Block.Paragraph(intro));
        comparisonTable(q);
        paragraph(quotedVerdict(q));
    }

    /** The quoted parameters beside the fitted ones, with the objective and its gradient at each. */
    private void comparisonTable(QuotedComparison q) {
        List<Row> rows = new ArrayList<>();
        Parameters onScale = q.onFitScale();
        Parameters fitted = fit.run().last().parameters();
        for (int a = 0; a <= d; a++) {
            rows.add(new Row(List.of(Inline.of(parameterLabel(a)), calc(FitNumbers.number(component(onScale, a))),
                    calc(FitNumbers.number(component(fitted, a)))), false));
        }
        rows.add(new Row(List.of(Inline.of("Objective ", sym(Symbol.OBJECTIVE)), calc(FitNumbers.number(q.objective())),
                calc(FitNumbers.number(fit.objective()))), false));
        for (int a = 0; a <= d; a++) {
            rows.add(new Row(List.of(Inline.of(partial(sym(Symbol.OBJECTIVE), parameterSymbol(a))),
                    calc(FitNumbers.number(q.gradient().get(a))), calc(FitNumbers.small(fit.gradient().get(a)))), false));
        }
        rows.add(new Row(List.of(Inline.of("Gradient length ‖g‖"), calc(FitNumbers.small(q.gradientNorm())),
                calc(FitNumbers.small(fit.gradientNorm()))), false));
        blocks.add(new Block.Table(Inline.of("The objective and its gradient at the quoted parameters and at the fit."),
                List.of(column(false, ""), column(true, "Quoted"),
                        column(true, fit.minimumExists() ? "Fitted" : "Where the iterations stopped")), rows));
    }

    /** Whether the quoted parameters are the minimum, judged by their gradient, and if not, why they may differ. */
    private String quotedVerdict(QuotedComparison q) {
        if (q.gradientNorm() <= fit.run().threshold()) {
            return "The gradient at the quoted parameters is zero to within the tolerance: they are the minimum.";
        }
        if (fit.minimumExists()) {
            return "The gradient at the quoted parameters is not zero (its length is "
                    + unicode(FitNumbers.small(q.gradientNorm())) + "), so they are not the minimum of this objective: F is "
                    + unicode(FitNumbers.number(q.objective())) + " there and " + unicode(FitNumbers.number(fit.objective()))
                    + " at the fit. Quoted parameters usually come from another objective (another C, another "
                    + "penalty, scaled features) or were rounded or copied from elsewhere.";
        }
        return "The gradient at the quoted parameters is not zero (its length is "
                + unicode(FitNumbers.small(q.gradientNorm())) + "). Without a penalty on separable data no parameters "
                + "have a zero gradient: any (w, b) can be improved by moving further along a separating direction.";
    }
}
