package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.showwork.fit.Fit;
import org.showwork.fit.Separation;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;


/** Whether the classes can be separated, and what that means for the minimum. */
final class SeparationSection extends FitLayout {

    SeparationSection(Fit fit, List<Block> blocks) {
        super(fit, blocks);
    }

    // ---------------------------------------------------------------- separation

    void separationSection() {
        heading(2, "Are the classes separable?");
        linearProgram();
        Separation sep = fit.separation();
        blocks.add(new Block.Paragraph(switch (sep.kind()) {
            case OVERLAP -> overlap(sep);
            case COMPLETE -> complete(sep);
            case QUASI_COMPLETE -> Inline.of(new Inline.Strong("Quasi-completely separable."), " No plane "
                    + "puts every sample strictly on its own side, but one puts every sample on its own side or on the "
                    + "plane, with some samples on each side.");
        }));
        if (sep.separable()) {
            whatSeparationMeans();
        }
    }

    /** The inequalities the check solves, and how it solves them. */
    private void linearProgram() {
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
    }

    private static List<Inline> overlap(Separation sep) {
        List<Inline> finding = new ArrayList<>(Inline.of(new Inline.Strong("Not separable."), " No plane separates "
                + "the classes, not even with samples on it: they overlap, so F has a minimum even without a penalty."));
        if (sep.subset()) {
            finding.addAll(Inline.of(" (Shown on " + String.format(Locale.ROOT, "%,d", sep.rowsInLp())
                    + " samples spread over the data: as they overlap in every direction, so does all of it.)"));
        }
        return finding;
    }

    /** Complete separation, with the separating parameters the program found when it looked for them. */
    private List<Inline> complete(Separation sep) {
        List<Inline> finding = new ArrayList<>(Inline.of(new Inline.Strong("Completely separable."), " "));
        sep.witness().ifPresentOrElse(w -> {
            finding.addAll(Inline.of("For example "));
            finding.addAll(parameterList(w, 4));
            finding.addAll(Inline.of(" meets every inequality" + (d == 1 && w.weights().get(0) != 0
                    ? " (the point x = " + unicode(FitNumbers.number(-w.bias() / w.weights().get(0), 4))
                    + " has all samples of label 1 on one side and all of label 0 on the other)" : "") + "."));
        }, () -> finding.addAll(Inline.of("Some (w, b) meets every inequality.")));
        return finding;
    }

    /** Why separable data leave no minimum without a penalty, and why the L2 penalty restores one. */
    private void whatSeparationMeans() {
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

    private Expr scoreRight() {
        if (d == 1) {
            return plus(times(sym(Symbol.W), sym(Symbol.X, "i")), sym(Symbol.B));
        }
        return plus(sum("j", num(1), num(d), times(sym(Symbol.W, "j"), sym(Symbol.X, "i,j"))), sym(Symbol.B));
    }

}
