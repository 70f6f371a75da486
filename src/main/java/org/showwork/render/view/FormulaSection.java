package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.graph.Notation;
import org.showwork.derive.graph.ProbabilityRule;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Relation;
import org.showwork.quantity.QuantityKind;

/** The model and its formulas, each as its rule of the derivation graph states it, with a word on why. */
final class FormulaSection extends DocumentLayout {

    /** The heading of the section on the model and its formulas, the same for every problem. */
    static final String TITLE = "The model and its formulas";

    private final DerivationContext c;

    FormulaSection(DerivationContext context) {
        super(context.blocks());
        this.c = context;
    }

    void layOut() {
        heading(2, TITLE);
        paragraph("Logistic regression turns a score into a probability. For each sample it forms a score z from "
                + "the features and the parameters, squeezes the score into a probability ŷ with the sigmoid σ, and "
                + "measures with the cross-entropy loss how far ŷ is from the label y. Gradient descent then moves "
                + "the parameters a small step against the gradient of the average loss J. Every number further down "
                + "comes from one of these formulas, and the tables show each formula with its numbers put in.");
        if (c.problem().featuresKnown()) {
            scoreAndProbability();
        }
        lossAndCost();
        gradients();
        updates();
    }

    private void scoreAndProbability() {
        blocks.add(new Block.Display(List.of(c.formula(QuantityKind.Z),
                then(c.formula(QuantityKind.P), Relation.EQUALS, ProbabilityRule.sigmoid()))));
        paragraph("The sigmoid maps every real number into the interval between 0 and 1: a large positive score "
                + "gives a probability near 1, a large negative score one near 0, and a score of 0 gives exactly 0.5.");
    }

    private void lossAndCost() {
        blocks.add(new Block.Display(List.of(c.formula(QuantityKind.LOSS), c.formula(QuantityKind.COST))));
        paragraph("The loss uses the natural logarithm. Only one of its two terms counts for any sample: for y = 1 the "
                + "loss is −ln ŷ, for y = 0 it is −ln(1 − ŷ). A confident wrong prediction costs a great deal, a "
                + "confident right one almost nothing. The cost J is the average loss over the "
                + (c.fullBatch() ? "n samples." : "m samples of an update's batch: each update sees its batch only, and "
                + "the samples of the next batch meet the weights this update has already changed.")
                + (c.penalised() ? " The L2 penalty adds λ/(2" + averagedOver() + ") times the sum of the "
                + "squared weights, which keeps the weights from growing without end; the bias is not penalised." : ""));
    }

    private void gradients() {
        blocks.add(new Block.Display(weightsAndBias(QuantityKind.GRAD_W, QuantityKind.GRAD_B)));
        paragraph("For the sigmoid with this loss, the derivative of one sample's loss with respect to its score is "
                + "simply the error ŷ − y. The chain rule multiplies it by the feature value for a weight and by 1 for "
                + "the bias; averaging over the samples gives the gradient of J."
                + (c.penalised() ? " The penalty adds λ/" + averagedOver() + " times the weight to each "
                + "weight's derivative, and nothing to the bias's." : ""));
    }

    private void updates() {
        blocks.add(new Block.Display(weightsAndBias(QuantityKind.W_NEW, QuantityKind.B_NEW)));
        paragraph("The gradient points the way in which J grows fastest, so each parameter steps the other way, by "
                + "the learning rate α times its partial derivative. All parameters are updated together, from the "
                + "gradient computed before any of them changed.");
    }

    /** The letter for how many samples an update averages over: all n, or a batch's m. */
    private String averagedOver() {
        return c.fullBatch() ? "n" : "m";
    }

    /** The weights' formula (when there are features) above the bias's. */
    private List<Expr> weightsAndBias(QuantityKind weight, QuantityKind bias) {
        List<Expr> formulas = new ArrayList<>();
        if (c.d() > 0) {
            formulas.add(c.formula(weight));
        }
        formulas.add(c.formula(bias));
        return formulas;
    }
}
