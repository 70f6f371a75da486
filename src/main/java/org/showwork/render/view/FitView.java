package org.showwork.render.view;


import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.Provenance;
import org.showwork.fit.Fit;
import org.showwork.fit.Penalty;

/**
 * Lays a fit out for reading: the data, the objective with its gradient and Hessian, whether the
 * classes are separable, Newton's iterations (the first one written out for small problems),
 * the result — coefficients, decision boundary, accuracy, each sample's probability — and, when
 * the problem quoted parameters, how they compare with the fit. Every format renders this one
 * layout; each section is its own class.
 */
public final class FitView extends FitLayout {

    private FitView(Fit fit) {
        super(fit, new ArrayList<>());
    }

    public static Document of(Fit fit) {
        return new FitView(fit).build();
    }

    private Document build() {
        new FitDataSection(fit, blocks).dataSection();
        new FitObjectiveSection(fit, blocks).objectiveSection();
        new SeparationSection(fit, blocks).separationSection();
        new NewtonSection(fit, blocks).newtonSection();
        FitResultSection result = new FitResultSection(fit, blocks);
        result.resultSection();
        fit.quoted().ifPresent(result::quotedSection);
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

}
