package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.derive.graph.Notation;
import org.showwork.fit.Fit;
import org.showwork.fit.Penalty;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.QuantityKind;


/** scikit-learn's objective, its gradient and its Hessian, each as a formula. */
final class FitObjectiveSection extends FitLayout {

    FitObjectiveSection(Fit fit, List<Block> blocks) {
        super(fit, blocks);
    }

    // ---------------------------------------------------------------- the objective

    void objectiveSection() {
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

}
