package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.showwork.derive.Provenance;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.derive.graph.Notation;
import org.showwork.fit.Fit;
import org.showwork.fit.NewtonIteration;
import org.showwork.fit.NewtonIteration.LinearSolve;
import org.showwork.fit.NewtonRun;
import org.showwork.fit.Parameters;
import org.showwork.fit.Penalty;
import org.showwork.fit.QuotedComparison;
import org.showwork.fit.Separation;
import org.showwork.fit.Standardization;
import org.showwork.fit.Stop;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;
import org.showwork.formula.UnicodeWriter;
import org.showwork.problem.TrainingData;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * Lays a fit out for reading: the data, the objective with its gradient and Hessian, whether the
 * classes are separable, Newton's iterations (the first one written out for small problems),
 * the result — coefficients, decision boundary, accuracy, each sample's probability — and, when
 * the problem quoted parameters, how they compare with the fit. Every format renders this one
 * layout.
 */
public final class FitView extends DocumentLayout {

    /** Sample rows shown at most; the JSON has them all. */
    static final int SHOWN_SAMPLES = 20;
    /** Up to this many features, each weight gets a column in the table of iterations. */
    static final int WEIGHT_COLUMNS = 5;

    private final Fit fit;
    private final TrainingData data;
    private final int d;
    private final int n;
    private final boolean weighted;
    private final boolean l2;

    private FitView(Fit fit) {
        this.fit = fit;
        this.data = fit.data();
        this.d = data.featureCount();
        this.n = data.sampleCount();
        this.weighted = data.weighted();
        this.l2 = fit.settings().penalty() instanceof Penalty.L2;
    }

    public static Document of(Fit fit) {
        return new FitView(fit).build();
    }

    private Document build() {
        dataSection();
        objectiveSection();
        separationSection();
        newtonSection();
        resultSection();
        fit.quoted().ifPresent(this::quotedSection);
        return new Document("Logistic regression fitted by Newton's method", "showwork " + Provenance.currentVersion(),
                byline(), blocks);
    }

    private List<Inline> byline() {
        String penalty = l2 ? "the L2 penalty, C = " + plain(((Penalty.L2) fit.settings().penalty()).c())
                : "no penalty";
        return Inline.of("Fitted by showwork " + Provenance.currentVersion() + " from " + data.source()
                + ": scikit-learn's objective with " + penalty
                + (fit.settings().standardize() ? ", on standardized features" : "") + ".");
    }

    // ---------------------------------------------------------------- the data

    private void dataSection() {
        heading(2, "The data");
        int ones = 0;
        for (int i = 0; i < n; i++) {
            ones += data.y(i);
        }
        StringBuilder s = new StringBuilder();
        if (!data.title().isBlank()) {
            s.append("The samples of “").append(data.title()).append("”: ");
        }
        s.append(count(n, "sample")).append(" with ").append(count(d, "feature")).append(" (")
                .append(String.join(", ", data.featureNames())).append("); ").append(ones)
                .append(ones == 1 ? " has" : " have").append(" label 1 and ").append(n - ones).append(" label 0");
        if (!data.labelName().equals("y")) {
            s.append(" (column ").append(data.labelName()).append(")");
        }
        s.append('.');
        if (weighted) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += data.weight(i);
            }
            s.append(" Each sample i counts with its weight sᵢ from column ").append(data.weightName().orElse(""))
                    .append(" (together ").append(plain(total)).append("): a sample of weight 2 counts as two copies of it.");
        }
        paragraph(s.toString());
        fit.standardization().ifPresent(this::standardizationTable);
    }

    private void standardizationTable(Standardization scaling) {
        heading(3, "Standardized features");
        paragraph("Each feature is fitted as (xⱼ − mⱼ)/sⱼ, so that it has mean 0 and standard deviation 1, as "
                + "scikit-learn's StandardScaler makes it: mⱼ is the mean over all samples, sⱼ the population standard "
                + "deviation (dividing by n, not n − 1), both without the sample weights. The penalty then acts on the "
                + "weights of the standardized features, so the fit differs from one on the raw features, and the "
                + "weights below are given on both scales.");
        List<Row> rows = new ArrayList<>();
        boolean anyConstant = false;
        for (int j = 0; j < d; j++) {
            anyConstant |= scaling.constant(j);
            rows.add(new Row(List.of(Inline.of(featureLabel(j)), calc(FitNumbers.number(scaling.means().get(j))),
                    calc(FitNumbers.number(scaling.deviations().get(j)))), false));
        }
        blocks.add(new Block.Table(Inline.of("The mean and standard deviation of each feature."),
                List.of(column(false, "Feature"), column(true, "Mean mⱼ"), column(true, "Standard deviation sⱼ")), rows));
        if (anyConstant) {
            paragraph("A feature with standard deviation 0 has the same value in every sample; it is only centred "
                    + "(divided by 1, as StandardScaler does), becomes 0 everywhere, and its weight stays 0.");
        }
    }

    // ---------------------------------------------------------------- the objective

    private void objectiveSection() {
        heading(2, "The objective");
        if (l2) {
            paragraph("scikit-learn's LogisticRegression with the L2 penalty finds the weights w and the bias b that "
                    + "make F smallest: C times the " + (weighted ? "weighted " : "") + "sum of the samples' losses, plus "
                    + "half the sum of the squared weights. The penalty pulls the weights towards zero; C says how much "
                    + "the data count against it (a larger C, a weaker pull). The bias is not penalised. Here C = "
                    + plain(((Penalty.L2) fit.settings().penalty()).c())
                    + (((Penalty.L2) fit.settings().penalty()).c() == 1 ? ", scikit-learn's default." : "."));
        } else {
            paragraph("Without a penalty, F is the " + (weighted ? "weighted " : "") + "sum of the samples' losses: "
                    + "the negative log-likelihood. Making it smallest is maximum-likelihood estimation.");
        }
        blocks.add(new Block.Display(List.of(objectiveDefinition())));
        blocks.add(new Block.Display(List.of(eq(sym(Symbol.LOSS, "i"), crossEntropy(), softplusLoss()), DerivationGraph.LOGISTIC.rule(QuantityKind.Z).formula(new Notation(d, true, false)))));
        paragraph("Each loss Lᵢ is the cross-entropy of the label yᵢ against the probability ŷᵢ = σ(zᵢ), with the "
                + "natural logarithm. Written in terms of the score zᵢ it needs no logarithm of a probability that has "
                + "rounded to 0 or 1, so it is finite for every score and is computed that way.");
        List<Expr> gradient = new ArrayList<>();
        gradient.add(eq(partial(sym(Symbol.OBJECTIVE), wSymbolic()), gradientWeight()));
        gradient.add(eq(partial(sym(Symbol.OBJECTIVE), sym(Symbol.B)), lossFactor(sum("i", num(1), sym(Symbol.N),
                weightedTerm(error())))));
        blocks.add(new Block.Display(gradient));
        paragraph("The derivative of Lᵢ with respect to its score is the error ŷᵢ − yᵢ; the chain rule multiplies it "
                + "by the feature for a weight and by 1 for the bias." + (l2 ? " The penalty adds the weight itself "
                + "to its own derivative, and nothing to the bias's." : "") + " The gradient g collects these "
                + (d + 1) + " derivatives, and it is zero at the minimum.");
        blocks.add(new Block.Display(hessianDefinitions()));
        paragraph("The Hessian H holds the second derivatives, one row and one column per parameter (the weights, then "
                + "b). Since ŷᵢ·(1 − ŷᵢ) > 0, H is positive semidefinite" + (l2 ? ", and positive definite with the "
                + "penalty's 1 on the diagonal of the weights" : "") + ": F is convex, and where its gradient is zero "
                + "it is smallest. That is what Newton's method below uses.");
    }

    private Expr objectiveDefinition() {
        Expr losses = sum("i", num(1), sym(Symbol.N), weightedTerm(sym(Symbol.LOSS, "i")));
        if (!l2) {
            return eq(sym(Symbol.OBJECTIVE), losses);
        }
        Expr squares = d == 1 ? pow(sym(Symbol.W), num(2)) : sum("j", num(1), num(d), pow(sym(Symbol.W, "j"), num(2)));
        return eq(sym(Symbol.OBJECTIVE), plus(times(sym(Symbol.C), losses), times(over(num(1), num(2)), squares)));
    }

    private static Expr crossEntropy() {
        Expr y = sym(Symbol.Y, "i");
        Expr p = sym(Symbol.Y_HAT, "i");
        return neg(brackets(plus(times(y, call(Function.LN, p)), times(minus(num(1), y), call(Function.LN, minus(num(1), p))))));
    }

    private static Expr softplusLoss() {
        return minus(call(Function.LN, plus(num(1), pow(sym(Symbol.E), sym(Symbol.Z, "i")))),
                times(sym(Symbol.Y, "i"), sym(Symbol.Z, "i")));
    }


    private Expr error() {
        return minus(sym(Symbol.Y_HAT, "i"), sym(Symbol.Y, "i"));
    }

    private Expr curvature() {
        return times(sym(Symbol.Y_HAT, "i"), minus(num(1), sym(Symbol.Y_HAT, "i")));
    }

    /** sᵢ·term when the samples are weighted, else the term. */
    private Expr weightedTerm(Expr term) {
        return weighted ? times(sym(Symbol.SAMPLE_WEIGHT, "i"), term) : term;
    }

    private Expr weightedTerm(Expr first, Expr... more) {
        List<Expr> factors = new ArrayList<>();
        if (weighted) {
            factors.add(sym(Symbol.SAMPLE_WEIGHT, "i"));
        }
        factors.add(first);
        factors.addAll(List.of(more));
        return factors.size() == 1 ? first : new Expr.Product(factors);
    }

    /** C·(…) with the penalty, the sum alone without. */
    private Expr lossFactor(Expr sum) {
        return l2 ? times(sym(Symbol.C), sum) : sum;
    }

    private Expr wSymbolic() {
        return d == 1 ? sym(Symbol.W) : sym(Symbol.W, "j");
    }

    private Expr xSymbolic(String j) {
        return d == 1 ? sym(Symbol.X, "i") : sym(Symbol.X, "i," + j);
    }

    private Expr gradientWeight() {
        Expr sum = lossFactor(sum("i", num(1), sym(Symbol.N), weightedTerm(error(), xSymbolic("j"))));
        return l2 ? plus(sum, wSymbolic()) : sum;
    }

    private List<Expr> hessianDefinitions() {
        List<Expr> h = new ArrayList<>();
        Expr n = sym(Symbol.N);
        if (d == 1) {
            Expr ww = lossFactor(sum("i", num(1), n, weightedTerm(curvature(), pow(sym(Symbol.X, "i"), num(2)))));
            h.add(eq(sym(Symbol.HESSIAN, "ww"), l2 ? plus(ww, num(1)) : ww));
            h.add(eq(sym(Symbol.HESSIAN, "wb"), lossFactor(sum("i", num(1), n, weightedTerm(curvature(), sym(Symbol.X, "i"))))));
        } else {
            if (l2) {
                h.add(eq(sym(Symbol.HESSIAN, "jj"), plus(lossFactor(sum("i", num(1), n,
                        weightedTerm(curvature(), pow(sym(Symbol.X, "i,j"), num(2))))), num(1))));
            }
            h.add(eq(sym(Symbol.HESSIAN, "jk"), lossFactor(sum("i", num(1), n,
                    weightedTerm(curvature(), sym(Symbol.X, "i,j"), sym(Symbol.X, "i,k"))))));
            h.add(eq(sym(Symbol.HESSIAN, "jb"), lossFactor(sum("i", num(1), n, weightedTerm(curvature(), sym(Symbol.X, "i,j"))))));
        }
        h.add(eq(sym(Symbol.HESSIAN, "bb"), lossFactor(sum("i", num(1), n, weightedTerm(curvature())))));
        return h;
    }

    // ---------------------------------------------------------------- separation

    private void separationSection() {
        heading(2, "Are the classes separable?");
        Separation sep = fit.separation();
        paragraph("Before fitting, a linear program asks whether some weights and bias put every sample strictly on "
                + "its own side of the plane z = 0, with room to spare:");
        blocks.add(new Block.Display(List.of(chain(Relation.GEQ, times(sym(Symbol.Y_SIGNED, "i"), scoreRight()), num(1)),
                eq(sym(Symbol.Y_SIGNED, "i"), minus(times(num(2), sym(Symbol.Y, "i")), num(1))))));
        paragraph("for every sample i (y′ᵢ is +1 for label 1 and −1 for label 0). If there is such a (w, b), the "
                + "classes are completely separable. If there is none, a second program asks whether some (w, b) has "
                + "every sample on its own side or on the plane itself (quasi-complete separation). Both are solved "
                + "with the simplex method of Apache Commons Math (for many samples through their equivalent "
                + "alternatives by the theorems of Gordan and Stiemke, which have one constraint per feature instead "
                + "of one per sample).");
        List<Inline> finding = new ArrayList<>();
        switch (sep.kind()) {
            case OVERLAP -> {
                finding.addAll(Inline.of(new Inline.Strong("Not separable."), " No plane separates the classes, not "
                        + "even with samples on it: they overlap, so F has a minimum even without a penalty."));
                if (sep.subset()) {
                    finding.addAll(Inline.of(" (Shown on " + String.format(Locale.ROOT, "%,d", sep.rowsInLp())
                            + " samples spread over the data: as they overlap in every direction, so does all of it.)"));
                }
            }
            case COMPLETE -> {
                finding.addAll(Inline.of(new Inline.Strong("Completely separable."), " "));
                sep.witness().ifPresentOrElse(w -> {
                    finding.addAll(Inline.of("For example "));
                    finding.addAll(parameterList(w, 4));
                    finding.addAll(Inline.of(" meets every inequality" + (d == 1 && w.weights().get(0) != 0
                            ? " (the point x = " + unicode(FitNumbers.number(-w.bias() / w.weights().get(0), 4))
                            + " has all samples of label 1 on one side and all of label 0 on the other)" : "") + "."));
                }, () -> finding.addAll(Inline.of("Some (w, b) meets every inequality.")));
            }
            case QUASI_COMPLETE -> finding.addAll(Inline.of(new Inline.Strong("Quasi-completely separable."), " No plane "
                    + "puts every sample strictly on its own side, but one puts every sample on its own side or on the "
                    + "plane, with some samples on each side."));
        }
        blocks.add(new Block.Paragraph(finding));
        if (sep.separable()) {
            if (l2) {
                paragraph("Without a penalty this would mean that the maximum-likelihood estimate does not exist. With "
                        + "the L2 penalty it does not matter: ½‖w‖² grows without bound as the weights do, while the "
                        + "losses cannot fall below 0, so F has a unique minimum with finite weights, and the fit below "
                        + "is that minimum. A larger C lets the weights grow larger.");
            } else {
                paragraph("So the maximum-likelihood estimate does not exist. Scaling up a separating (w, b) makes every "
                        + "score larger in the right direction, every loss smaller and the likelihood larger, with no "
                        + "end: F approaches 0 only as ‖w‖ grows without bound, and no finite parameters minimise it. "
                        + "Finite numbers come only from a penalty (scikit-learn's default L2 with C = 1, say) or from "
                        + "stopping the iterations early, and the numbers below are just where Newton's method was stopped.");
            }
        }
    }

    private Expr scoreRight() {
        if (d == 1) {
            return plus(times(sym(Symbol.W), sym(Symbol.X, "i")), sym(Symbol.B));
        }
        return plus(sum("j", num(1), num(d), times(sym(Symbol.W, "j"), sym(Symbol.X, "i,j"))), sym(Symbol.B));
    }

    // ---------------------------------------------------------------- Newton's method

    private void newtonSection() {
        NewtonRun run = fit.run();
        heading(2, "Newton's method");
        paragraph("Newton's method starts from θ₀ = 0 (every weight and the bias zero, where every ŷᵢ is 0.5). At each "
                + "iteration k it replaces F by its second-order Taylor approximation around θₖ, whose minimum lies "
                + "at θₖ + Δₖ, and solves a linear system with the Hessian for the direction Δₖ. A step that long can "
                + "overshoot, so a line search tries t = 1, ½, ¼, … until F has decreased by at least a small fraction "
                + "of what the slope promised (Armijo's condition); close to the minimum the full step t = 1 passes, and the iterations converge very fast.");
        blocks.add(new Block.Display(List.of(
                eq(times(sym(Symbol.HESSIAN, "k"), sym(Symbol.DIRECTION, "k")), neg(sym(Symbol.GRADIENT, "k"))),
                eq(sym(Symbol.THETA, "k+1"), plus(sym(Symbol.THETA, "k"), times(sym(Symbol.STEP, "k"), sym(Symbol.DIRECTION, "k")))),
                chain(Relation.LEQ, call(Function.OBJECTIVE, plus(sym(Symbol.THETA, "k"), times(sym(Symbol.STEP),
                        sym(Symbol.DIRECTION, "k")))), plus(call(Function.OBJECTIVE, sym(Symbol.THETA, "k")),
                        times(pow(num(10), num(-4)), sym(Symbol.STEP), sym(Symbol.GRADIENT, "k"),
                                sym(Symbol.DIRECTION, "k")))))));
        paragraph("The linear system is solved by a Cholesky factorisation of H (Apache Commons Math); when H is "
                + "singular or nearly so, by its pseudo-inverse instead. The iterations stop when the length of the "
                + "gradient ‖g‖ is at most 10⁻¹⁰·max(1, ‖g₀‖): the gradient has shrunk ten-billion-fold from where it "
                + "started (or is below 10⁻¹⁰ outright, when it started below 1), a test that does not depend on the "
                + "number of samples or the units of the features. Here ‖g₀‖ = "
                + unicode(FitNumbers.number(run.startGradientNorm())) + ", so the threshold is "
                + unicode(FitNumbers.small(run.threshold())) + ".");
        if (fit.settings().standardize()) {
            paragraph("The parameters in this section are those of the standardized features.");
        }
        if (d <= 3 && run.iterations().get(0).step().isPresent()) {
            firstIteration(run);
        }
        iterationTable(run);
        solveNotes(run);
    }

    private void firstIteration(NewtonRun run) {
        NewtonIteration first = run.iterations().get(0);
        NewtonIteration second = run.iterations().get(1);
        NewtonIteration.Step step = first.step().orElseThrow();
        heading(3, "The first iteration, written out");
        paragraph("At θ₀ = 0 every score is 0 and every ŷᵢ = σ(0) = 0.5, so the error of a sample is 0.5 − yᵢ and "
                + "its weight in the Hessian ŷᵢ·(1 − ŷᵢ) = 0.25. The formulas above give this gradient and Hessian:");
        List<Column> columns = List.of(column(false, "Parameter"), column(true, "θ₀"), column(true, "Gradient g₀"),
                column(true, "Direction Δ₀"), column(true, "θ₁ = θ₀ + t₀·Δ₀"));
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a <= d; a++) {
            rows.add(new Row(List.of(Inline.of(parameterLabel(a)), calc(FitNumbers.number(component(first.parameters(), a))),
                    calc(FitNumbers.number(first.gradient().get(a))), calc(FitNumbers.number(step.direction().get(a))),
                    calc(FitNumbers.number(component(second.parameters(), a)))), false));
        }
        blocks.add(new Block.Table(Inline.of("The first Newton step, with step size t₀ = ",
                new Inline.Calc(FitNumbers.stepSize(step.size())), "."), columns, rows));
        List<Column> hColumns = new ArrayList<>();
        hColumns.add(column(false, "H₀"));
        for (int b = 0; b <= d; b++) {
            hColumns.add(new Column(Inline.of(parameterSymbol(b)), true));
        }
        List<Row> hRows = new ArrayList<>();
        for (int a = 0; a <= d; a++) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(parameterSymbol(a)));
            for (int b = 0; b <= d; b++) {
                cells.add(calc(FitNumbers.number(first.hessian().get(a).get(b))));
            }
            hRows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of("The Hessian at θ₀; Δ₀ solves H₀·Δ₀ = −g₀."), hColumns, hRows));
        paragraph("F falls from " + unicode(FitNumbers.number(first.objective())) + " to "
                + unicode(FitNumbers.number(second.objective())) + (step.halvings() == 0
                ? ", enough for Armijo's condition, so the full step is taken."
                : " with the step halved " + count(step.halvings(), "time") + " until Armijo's condition held."));
    }

    private void iterationTable(NewtonRun run) {
        boolean allWeights = d <= WEIGHT_COLUMNS;
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "k"));
        columns.add(new Column(Inline.of(call(Function.OBJECTIVE, sym(Symbol.THETA, "k"))), true));
        columns.add(column(true, "‖gₖ‖"));
        if (allWeights) {
            for (int j = 0; j < d; j++) {
                columns.add(new Column(Inline.of(parameterSymbol(j)), true));
            }
        } else {
            columns.add(column(true, "‖w‖"));
        }
        columns.add(new Column(Inline.of(sym(Symbol.B)), true));
        columns.add(column(true, "Step size tₖ"));
        List<Row> rows = new ArrayList<>();
        for (NewtonIteration it : run.iterations()) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(String.valueOf(it.number())));
            cells.add(calc(FitNumbers.number(it.objective())));
            cells.add(calc(FitNumbers.small(it.gradientNorm())));
            if (allWeights) {
                for (int j = 0; j < d; j++) {
                    cells.add(calc(FitNumbers.number(it.parameters().weights().get(j))));
                }
            } else {
                double sq = 0;
                for (double w : it.parameters().weights()) {
                    sq += w * w;
                }
                cells.add(calc(FitNumbers.number(Math.sqrt(sq))));
            }
            cells.add(calc(FitNumbers.number(it.parameters().bias())));
            cells.add(it.step().map(s -> calc(FitNumbers.stepSize(s.size()))).orElse(Inline.of("stop")));
            rows.add(new Row(cells, false));
        }
        heading(3, "The iterations");
        blocks.add(new Block.Table(Inline.of("Newton's iterations: the parameters θₖ at the start of iteration k, F and "
                + "the length of its gradient there, and the step size the line search chose"
                + (allWeights ? "." : " (the weights are summed up by their length ‖w‖; the JSON output lists them all)."))
                , columns, rows));
    }

    private void solveNotes(NewtonRun run) {
        long pseudo = run.iterations().stream().filter(it -> it.step().map(s -> s.solve() == LinearSolve.PSEUDO_INVERSE)
                .orElse(false)).count();
        long steepest = run.iterations().stream().filter(it -> it.step().map(s -> s.solve() == LinearSolve.STEEPEST_DESCENT)
                .orElse(false)).count();
        long flat = run.iterations().stream().filter(it -> it.step().map(NewtonIteration.Step::flatAcceptance)
                .orElse(false)).count();
        if (pseudo > 0) {
            paragraph("In " + count((int) pseudo, "iteration") + " the Hessian was singular or nearly so (collinear "
                    + "features, or probabilities within rounding of 0 or 1), and the direction came from its "
                    + "pseudo-inverse: the shortest Δ that solves the system as well as it can be solved.");
        }
        if (steepest > 0) {
            paragraph("In " + count((int) steepest, "iteration") + " no solution of the linear system pointed downhill, "
                    + "and the step went against the gradient instead.");
        }
        if (flat > 0) {
            paragraph("In " + count((int) flat, "iteration") + " the decrease of F was smaller than the rounding error of "
                    + "F itself, a sum over all samples, so Armijo's test could not tell the two points apart; the full "
                    + "step was taken because the gradient became shorter.");
        }
    }

    // ---------------------------------------------------------------- the result

    private void resultSection() {
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
        int shown = Math.min(n, SHOWN_SAMPLES);
        double[] theta = fit.fitted().toArray();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown; i++) {
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
            rows.add(new Row(cells, false));
        }
        String caption = "Each training sample's score and probability ŷ = σ(z) at the fitted parameters"
                + (n > shown ? " (the first " + shown + " of " + String.format(Locale.ROOT, "%,d", n) + " samples; the JSON "
                + "output has them all)." : ".");
        blocks.add(new Block.Table(Inline.of(caption), columns, rows));
    }

    // ---------------------------------------------------------------- quoted parameters

    private void quotedSection(QuotedComparison q) {
        heading(2, "The parameters the problem quotes");
        List<Inline> intro = new ArrayList<>(Inline.of("The problem file states "));
        for (int j = 0; j < d; j++) {
            intro.addAll(Inline.of(new Inline.Calc(eq(parameterSymbol(j), num(q.quoted().weights().get(j)))), ", "));
        }
        intro.addAll(Inline.of(new Inline.Calc(eq(sym(Symbol.B), num(q.quoted().bias()))), ". At a minimum of F the "
                + "gradient is zero, so the gradient there says whether they minimise this objective"
                + (fit.settings().standardize() ? " (they are converted to the standardized scale first)" : "") + "."));
        blocks.add(new Block.Paragraph(intro));
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
        String verdict;
        if (q.gradientNorm() <= fit.run().threshold()) {
            verdict = "The gradient at the quoted parameters is zero to within the tolerance: they are the minimum.";
        } else if (fit.minimumExists()) {
            verdict = "The gradient at the quoted parameters is not zero (its length is "
                    + unicode(FitNumbers.small(q.gradientNorm())) + "), so they are not the minimum of this objective: F is "
                    + unicode(FitNumbers.number(q.objective())) + " there and " + unicode(FitNumbers.number(fit.objective()))
                    + " at the fit. Quoted parameters usually come from another objective (another C, another "
                    + "penalty, scaled features) or were rounded or copied from elsewhere.";
        } else {
            verdict = "The gradient at the quoted parameters is not zero (its length is "
                    + unicode(FitNumbers.small(q.gradientNorm())) + "). Without a penalty on separable data no parameters "
                    + "have a zero gradient: any (w, b) can be improved by moving further along a separating direction.";
        }
        paragraph(verdict);
    }

    // ---------------------------------------------------------------- helpers

    private List<Inline> parameterList(Parameters p, int digits) {
        List<Inline> run = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            run.addAll(Inline.of(new Inline.Calc(eq(parameterSymbol(j), FitNumbers.number(p.weights().get(j), digits))), ", "));
        }
        run.add(new Inline.Calc(eq(sym(Symbol.B), FitNumbers.number(p.bias(), digits))));
        return run;
    }

    private static double component(Parameters p, int a) {
        return a < p.featureCount() ? p.weights().get(a) : p.bias();
    }

    private Expr parameterSymbol(int a) {
        if (a == d) {
            return sym(Symbol.B);
        }
        return d == 1 ? sym(Symbol.W) : sym(Symbol.W, String.valueOf(a + 1));
    }

    /** w, w₂ (income), b: the symbol, with the feature's name when it has one of its own. */
    private List<Inline> parameterLabel(int a) {
        if (a == d) {
            return Inline.of(sym(Symbol.B), " (bias)");
        }
        return Inline.of(parameterSymbol(a), " (" + data.featureNames().get(a) + ")");
    }

    private String featureLabel(int j) {
        return data.featureNames().get(j);
    }

    private List<Inline> featureHeader(int j) {
        Expr symbol = d == 1 ? sym(Symbol.X) : sym(Symbol.X, String.valueOf(j + 1));
        String name = data.featureNames().get(j);
        String defaultName = d == 1 ? "x" : "x" + (j + 1);
        return name.equals(defaultName) ? Inline.of("Feature ", symbol) : Inline.of(symbol, " (" + name + ")");
    }

    private static String unicode(Expr e) {
        return new UnicodeWriter().write(e);
    }

    private static String plain(double v) {
        return unicode(FitNumbers.number(v));
    }

    private static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }

    private static String count(int k, String noun) {
        return String.format(Locale.ROOT, "%,d", k) + " " + noun + (k == 1 ? "" : "s");
    }
}
