package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.showwork.derive.Provenance;
import org.showwork.fit.MultinomialFit;
import org.showwork.fit.NewtonIteration;
import org.showwork.fit.NewtonRun;
import org.showwork.fit.Penalty;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;
import org.showwork.formula.UnicodeWriter;
import org.showwork.problem.TrainingData;
import org.showwork.render.view.Block.Column;
import org.showwork.render.view.Block.Row;

/**
 * Lays a multinomial (softmax) fit out for reading: the data by class, the objective, which classes a
 * hyperplane splits off (and what that means without a penalty), Newton's iterations, the fitted
 * rows of weights and biases (the representative that sums to zero over the classes), how well the
 * conditions for a minimum hold, the training samples' class probabilities, the training accuracy
 * with the table of predicted against true classes, and the decision regions.
 */
public final class SoftmaxFitView extends DocumentLayout {

    private final MultinomialFit fit;
    private final TrainingData data;
    private final int d;
    private final int k;
    private final boolean l2;

    private SoftmaxFitView(MultinomialFit fit) {
        this.fit = fit;
        this.data = fit.data();
        this.d = data.featureCount();
        this.k = fit.classCount();
        this.l2 = fit.settings().penalty() instanceof Penalty.L2;
    }

    public static Document of(MultinomialFit fit) {
        return new SoftmaxFitView(fit).build();
    }

    private Document build() {
        dataSection();
        objectiveSection();
        separationSection();
        newtonSection();
        resultSection();
        trainingSection();
        String penalty = l2 ? "the L2 penalty, C = " + plain(((Penalty.L2) fit.settings().penalty()).c()) : "no penalty";
        List<Inline> byline = Inline.of("Fitted by showwork " + Provenance.currentVersion() + " from " + data.source()
                + ": scikit-learn's multinomial objective with " + penalty
                + (fit.settings().standardize() ? ", on standardized features" : "") + ".");
        String title = data.title().isBlank() ? "Softmax regression fitted by Newton's method" : data.title();
        return new Document(title, "showwork " + Provenance.currentVersion(), byline, blocks);
    }

    private void dataSection() {
        heading(2, "The data");
        paragraph(count(data.sampleCount(), "sample") + " with " + count(d, "feature") + " ("
                + String.join(", ", data.featureNames()) + ") in " + k + " classes.");
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int members = 0;
            for (int i = 0; i < data.sampleCount(); i++) {
                members += data.y(i) == c ? 1 : 0;
            }
            rows.add(new Row(List.of(Inline.of(String.valueOf(c)), Inline.of(fit.classes().get(c)),
                    Inline.of(String.valueOf(members))), false));
        }
        blocks.add(new Block.Table(Inline.of("The classes."), List.of(column(false, "Label"), column(false, "Class"),
                column(true, "Samples")), rows));
    }

    private void objectiveSection() {
        heading(2, "The objective");
        Expr loss = sum("i", num(1), sym(Symbol.N), neg(call(Function.LN, sym(Symbol.Y_HAT, "i,yᵢ"))));
        Expr penalty = times(over(num(1), num(2)), sum("k", num(1), sym(Symbol.K), sum("j", num(1), num(d),
                pow(sym(Symbol.W, d == 1 ? "k" : "k,j"), num(2)))));
        blocks.add(new Block.Display(List.of(eq(call(Function.OBJECTIVE, sym(Symbol.THETA)), l2
                ? plus(times(sym(Symbol.C), loss), penalty) : loss))));
        paragraph("This is scikit-learn's multinomial objective: ŷᵢₖ is the softmax of the sample's K scores "
                + "zᵢₖ = wₖ·xᵢ + bₖ, and −ln ŷ of the sample's own class is its loss."
                + (l2 ? " The penalty takes half the squared length of every class's row of weights; the intercepts "
                        + "are not penalised." : "")
                + " Adding the same vector to every class's parameters changes no probability, so the intercepts"
                + (l2 ? "" : ", and the weights too,") + " are determined only up to such a shift. The fit reports the "
                + "representative whose intercepts" + (l2 ? "" : " and weights") + " add up to zero over the classes: "
                + "gradient descent from zero stays on it, and it is the one scikit-learn reports."
                + (l2 ? " (At the minimum the weights add up to zero by themselves: the penalty is smallest there.)" : ""));
    }

    private void separationSection() {
        heading(2, "Can a class be split off?");
        if (fit.separableClasses().isEmpty()) {
            paragraph("No class can be split off from all the others by a straight line (a hyperplane): each was "
                    + "checked against the rest, as in the two-class separation check.");
            return;
        }
        List<String> names = fit.separableClasses().stream().map(c -> fit.classes().get(c)).toList();
        paragraph("A hyperplane puts every sample of " + String.join(" and of ", names) + " on one side and every "
                + "other sample on the other. " + (l2
                ? "The penalty keeps the weights finite all the same, so the objective has a minimum."
                : "Without a penalty the log-likelihood then has no maximum: moving that class's row further along "
                        + "the separating direction always lowers F, so no maximum-likelihood estimate exists, and "
                        + "Newton's method can only follow the weights as they grow. Use the L2 penalty for finite "
                        + "parameters."));
    }

    private void newtonSection() {
        NewtonRun run = fit.run();
        heading(2, "Newton's method");
        paragraph("Newton's method works on all " + k * (d + 1) + " parameters at once (K = " + k + " rows of " + d
                + " weights and a bias), from θ₀ = 0, where every class has probability 1/" + k + ". Its Hessian is "
                + "singular along the shift that adds the same vector to every class, so each direction comes from its "
                + "pseudo-inverse, whose shortest solution does not move along that shift. It stops when "
                + "‖g‖ ≤ 10⁻¹⁰·max(1, ‖g₀‖) = " + unicode(FitNumbers.small(run.threshold())) + "."
                + (fit.settings().standardize() ? " The iterations work on the standardized features." : ""));
        List<Row> rows = new ArrayList<>();
        for (NewtonIteration it : run.iterations()) {
            rows.add(new Row(List.of(Inline.of(String.valueOf(it.number())), calc(FitNumbers.number(it.objective())),
                    calc(FitNumbers.small(it.gradientNorm())), it.step().map(s -> calc(FitNumbers.stepSize(s.size())))
                            .orElse(Inline.of("—"))), false));
        }
        blocks.add(new Block.Table(Inline.of("Newton's iterations: the objective, the length of its gradient, and "
                + "the step taken."), List.of(column(false, "k"), column(true, "F(θₖ)"), column(true, "‖gₖ‖"),
                column(true, "Step tₖ")), rows));
        String why = switch (run.stop()) {
            case CONVERGED -> "The gradient fell below the threshold: this is the minimum.";
            case NO_MINIMUM -> "The gradient became tiny, but F has no minimum: the weights only grew.";
            case ITERATION_LIMIT -> "The iterations reached their limit before the gradient fell below the threshold"
                    + (fit.minimumExists() ? "." : ", as they must where no minimum exists.");
            default -> "No step along the direction lowered F any further.";
        };
        paragraph(why);
    }

    private void resultSection() {
        heading(2, "The fitted model");
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "Class"));
        for (int j = 0; j < d; j++) {
            columns.add(column(true, "Weight of " + data.featureNames().get(j)));
        }
        columns.add(column(true, "Intercept"));
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(fit.classes().get(c)));
            for (int j = 0; j < d; j++) {
                row.add(calc(FitNumbers.number(fit.weights().get(c).get(j))));
            }
            row.add(calc(FitNumbers.number(fit.biases().get(c))));
            rows.add(new Row(row, false));
        }
        blocks.add(new Block.Table(Inline.of("Each class's row of weights and its intercept"
                + (fit.settings().standardize() ? ", in the features' own units" : "") + "."), columns, rows));
        paragraph("At these parameters F = " + plain(fit.objective()) + " and the gradient has length "
                + unicode(FitNumbers.small(fit.gradientNorm())) + (fit.minimumExists() && fit.converged()
                ? ": every partial derivative is zero to within rounding, the condition for the minimum." : "."));
    }

    private void trainingSection() {
        heading(2, "The training samples");
        paragraph("The model predicts the class with the largest score. It classifies " + fit.correct() + " of the "
                + data.sampleCount() + " training samples right: a training accuracy of " + percent(fit.accuracy()) + ".");
        confusion();
        probabilities();
        if (d <= 2) {
            double[][] x = new double[data.sampleCount()][d];
            int[] labels = data.labels();
            double[][] w = new double[k][d];
            double[] b = new double[k];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = data.x(i, j);
                }
            }
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) {
                    w[c][j] = fit.weights().get(c).get(j);
                }
                b[c] = fit.biases().get(c);
            }
            blocks.add(new Block.Figure("regions", Inline.of(d == 1
                    ? "Each class's fitted probability, the samples by class (on the axis), and where the predicted "
                            + "class changes (dotted)."
                    : "Where the fitted model predicts each class, and the samples by class."),
                    ClassFigures.classes(data.featureNames(), x, labels, fit.classes(),
                            new ClassFigures.ClassParameters(w, b))));
        }
    }

    /** How many samples of each true class are predicted as each class. */
    private void confusion() {
        int[][] counts = new int[k][k];
        for (int i = 0; i < data.sampleCount(); i++) {
            counts[data.y(i)][fit.predicted().get(i)]++;
        }
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "True class"));
        for (int c = 0; c < k; c++) {
            columns.add(column(true, "Predicted " + fit.classes().get(c)));
        }
        List<Row> rows = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(fit.classes().get(c)));
            for (int p = 0; p < k; p++) {
                row.add(Inline.of(String.valueOf(counts[c][p])));
            }
            rows.add(new Row(row, false));
        }
        blocks.add(new Block.Table(Inline.of("Training samples by true and predicted class."), columns, rows));
    }

    private void probabilities() {
        int shown = Math.min(FitView.SHOWN_SAMPLES, data.sampleCount());
        List<Column> columns = new ArrayList<>();
        columns.add(column(false, "i"));
        columns.add(column(false, "Class"));
        for (int c = 0; c < k; c++) {
            columns.add(column(true, "ŷ of " + fit.classes().get(c)));
        }
        columns.add(column(false, "Predicted"));
        List<Row> rows = new ArrayList<>();
        for (int m = 0; m < shown; m++) {
            // evenly spread over the data, so that a file sorted by class shows every class
            int i = shown < 2 ? m : (int) Math.round((double) m * (data.sampleCount() - 1) / (shown - 1));
            List<List<Inline>> row = new ArrayList<>();
            row.add(Inline.of(String.valueOf(i + 1)));
            row.add(Inline.of(fit.classes().get(data.y(i))));
            for (int c = 0; c < k; c++) {
                row.add(calc(FitNumbers.probability(fit.probabilities().get(i).get(c))));
            }
            row.add(Inline.of(fit.classes().get(fit.predicted().get(i))));
            rows.add(new Row(row, false));
        }
        blocks.add(new Block.Table(Inline.of("Each class's probability for " + (shown < data.sampleCount()
                ? shown + " training samples spread over the data (the JSON has them all)" : "every training sample") + "."),
                columns, rows));
    }

    private static String unicode(Expr e) {
        return new UnicodeWriter().write(e);
    }

    private static String plain(double v) {
        return unicode(FitNumbers.number(v));
    }

    private static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                + " %";
    }

    private static String count(int n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }
}
