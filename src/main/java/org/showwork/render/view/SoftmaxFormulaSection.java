package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.List;
import org.showwork.derive.graph.Notation;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.QuantityKind;

/**
 * The softmax model and its formulas, each as its rule states it: K scores, their softmax (and why
 * it is computed with the largest score subtracted), the loss with one-hot labels, the gradients
 * and updates of every class's row; with two classes, how it relates to logistic regression.
 */
final class SoftmaxFormulaSection extends DocumentLayout {

    private final DerivationContext c;

    SoftmaxFormulaSection(DerivationContext context) {
        super(context.blocks());
        this.c = context;
    }

    void layOut() {
        int k = c.problem().classCount();
        heading(2, FormulaSection.TITLE);
        paragraph("Softmax regression (multinomial logistic regression) chooses among K = " + k + " classes ("
                + String.join(", ", c.problem().classes().names()) + "). Each class k has its own row of weights wₖ "
                + "and its own bias bₖ. For each sample it forms one score per class, turns the K scores into K "
                + "probabilities that add up to 1 with the softmax, and measures with the cross-entropy loss how little "
                + "probability went to the sample's own class. Gradient descent then moves every row a small step "
                + "against the gradient of the average loss J.");
        if (c.problem().featuresKnown()) {
            blocks.add(new Block.Display(List.of(c.formula(QuantityKind.Z), c.formula(QuantityKind.P))));
            paragraph("The exponential makes every score positive and the division makes them add up to 1, so "
                    + "the largest score gets the largest probability. The probabilities are computed with the "
                    + "sample's largest score m subtracted from every score first: e^(zₖ − m) divided by the sum of all e^(z − m) is the "
                    + "same number, since the factor e^(−m) cancels, but no exponential can overflow, as e^z would "
                    + "for a score of a few hundred. The tables show the plain formula.");
        }
        blocks.add(new Block.Display(List.of(c.formula(QuantityKind.LOSS), c.formula(QuantityKind.COST))));
        paragraph("The label yᵢ is a class number from 0 to K − 1; written one-hot, yᵢₖ is 1 for the sample's own "
                + "class and 0 for the others. Only the own class counts in the loss: Lᵢ = −ln ŷ of the own class. "
                + "The cost J is the average loss over the " + (c.fullBatch() ? "n samples." : "m samples of an "
                + "update's batch.") + (c.penalised() ? " The L2 penalty adds λ/(2" + (c.fullBatch() ? "n" : "m")
                + ") times the sum of the squares of every class's weights; the biases are not penalised." : ""));
        blocks.add(new Block.Display(List.of(c.formula(QuantityKind.GRAD_W), c.formula(QuantityKind.GRAD_B))));
        paragraph("As for two classes, the derivative of one sample's loss with respect to its score zᵢₖ is "
                + "simply the error ŷᵢₖ − yᵢₖ: negative for the own class (its probability should grow), "
                + "positive for the others. The chain rule multiplies it by the feature value for a weight and by 1 "
                + "for a bias.");
        blocks.add(new Block.Display(List.of(c.formula(QuantityKind.W_NEW), c.formula(QuantityKind.B_NEW))));
        paragraph("Every weight and bias of every class steps against its partial derivative by the learning rate α, "
                + "all from the gradient computed before any of them changed.");
        if (k == 2) {
            twoClasses();
        }
    }

    /** With K = 2 the softmax is the sigmoid of the difference of the two scores. */
    private void twoClasses() {
        Expr difference = minus(sym(Symbol.Z, "i,2"), sym(Symbol.Z, "i,1"));
        blocks.add(new Block.Display(List.of(eq(sym(Symbol.Y_HAT, "i,2"), over(num(1), plus(num(1),
                pow(sym(Symbol.E), neg(difference))))))));
        paragraph("With two classes, dividing the top and bottom of the softmax by e^(zᵢ₂) shows that ŷᵢ₂ is "
                + "the sigmoid of zᵢ₂ − zᵢ₁: the difference of the two scores plays the part of the score z of "
                + "logistic regression, with weights w₂ − w₁ and bias b₂ − b₁. The gradients of the two rows are "
                + "equal and opposite, and each is the gradient of logistic regression for those parameters.");
    }
}
