package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.showwork.fit.Fit;
import org.showwork.fit.NewtonIteration;
import org.showwork.fit.NewtonIteration.LinearSolve;
import org.showwork.fit.NewtonRun;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;


/** Newton's method: the first iteration written out for small problems, then a table of all of them. */
final class NewtonSection extends FitLayout {

    NewtonSection(Fit fit, List<Block> blocks) {
        super(fit, blocks);
    }

    // ---------------------------------------------------------------- Newton's method

    void newtonSection() {
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
        firstStepTable(first, second, step);
        hessianTable(first);
        paragraph("F falls from " + unicode(FitNumbers.number(first.objective())) + " to "
                + unicode(FitNumbers.number(second.objective())) + (step.halvings() == 0
                ? ", enough for Armijo's condition, so the full step is taken."
                : " with the step halved " + count(step.halvings(), "time") + " until Armijo's condition held."));
    }

    /** Each parameter from θ₀ through its gradient and direction to θ₁. */
    private void firstStepTable(NewtonIteration first, NewtonIteration second, NewtonIteration.Step step) {
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
    }

    private void hessianTable(NewtonIteration first) {
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "H₀"));
        for (int b = 0; b <= d; b++) {
            columns.add(new Column(Inline.of(parameterSymbol(b)), true));
        }
        List<Row> rows = new ArrayList<>();
        for (int a = 0; a <= d; a++) {
            List<List<Inline>> cells = new ArrayList<>();
            cells.add(Inline.of(parameterSymbol(a)));
            for (int b = 0; b <= d; b++) {
                cells.add(calc(FitNumbers.number(first.hessian().get(a).get(b))));
            }
            rows.add(new Row(cells, false));
        }
        blocks.add(new Block.Table(Inline.of("The Hessian at θ₀; Δ₀ solves H₀·Δ₀ = −g₀."), columns, rows));
    }

    private void iterationTable(NewtonRun run) {
        // past a few features a column per weight would not fit the page: their length stands for them
        boolean allWeights = d <= WEIGHT_COLUMNS;
        List<Row> rows = new ArrayList<>();
        for (NewtonIteration it : run.iterations()) {
            rows.add(iterationRow(it, allWeights));
        }
        heading(3, "The iterations");
        blocks.add(new Block.Table(Inline.of("Newton's iterations: the parameters θₖ at the start of iteration k, F and "
                + "the length of its gradient there, and the step size the line search chose"
                + (allWeights ? "." : " (the weights are summed up by their length ‖w‖; the JSON output lists them all)."))
                , iterationColumns(allWeights), rows));
    }

    private List<Column> iterationColumns(boolean allWeights) {
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
        return columns;
    }

    private Row iterationRow(NewtonIteration it, boolean allWeights) {
        List<List<Inline>> cells = new ArrayList<>();
        cells.add(Inline.of(String.valueOf(it.number())));
        cells.add(calc(FitNumbers.number(it.objective())));
        cells.add(calc(FitNumbers.small(it.gradientNorm())));
        if (allWeights) {
            for (int j = 0; j < d; j++) {
                cells.add(calc(FitNumbers.number(it.parameters().weights().get(j))));
            }
        } else {
            cells.add(calc(FitNumbers.number(length(it.parameters().weights()))));
        }
        cells.add(calc(FitNumbers.number(it.parameters().bias())));
        cells.add(it.step().map(s -> calc(FitNumbers.stepSize(s.size()))).orElse(Inline.of("stop")));
        return new Row(cells, false);
    }

    /** The Euclidean length ‖w‖ of the weights. */
    private static double length(List<Double> weights) {
        double sq = 0;
        for (double w : weights) {
            sq += w * w;
        }
        return Math.sqrt(sq);
    }

    private void solveNotes(NewtonRun run) {
        int pseudo = stepsWhere(run, s -> s.solve() == LinearSolve.PSEUDO_INVERSE);
        int steepest = stepsWhere(run, s -> s.solve() == LinearSolve.STEEPEST_DESCENT);
        int flat = stepsWhere(run, NewtonIteration.Step::flatAcceptance);
        if (pseudo > 0) {
            paragraph("In " + count(pseudo, "iteration") + " the Hessian was singular or nearly so (collinear "
                    + "features, or probabilities within rounding of 0 or 1), and the direction came from its "
                    + "pseudo-inverse: the shortest Δ that solves the system as well as it can be solved.");
        }
        if (steepest > 0) {
            paragraph("In " + count(steepest, "iteration") + " no solution of the linear system pointed downhill, "
                    + "and the step went against the gradient instead.");
        }
        if (flat > 0) {
            paragraph("In " + count(flat, "iteration") + " the decrease of F was smaller than the rounding error of "
                    + "F itself, a sum over all samples, so Armijo's test could not tell the two points apart; the full "
                    + "step was taken because the gradient became shorter.");
        }
    }

    /** How many iterations took a step of this sort. */
    private static int stepsWhere(NewtonRun run, Predicate<NewtonIteration.Step> sort) {
        return (int) run.iterations().stream().filter(it -> it.step().map(sort::test).orElse(false)).count();
    }
}
