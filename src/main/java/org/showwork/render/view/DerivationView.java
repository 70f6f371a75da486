package org.showwork.render.view;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.showwork.derive.Blanks;
import org.showwork.derive.Iteration;
import org.showwork.derive.Trace;
import org.showwork.problem.Problem;
import org.showwork.quantity.QuantityId;

/**
 * Lays a trace out as a worked derivation: the problem, the formulas, then for each step the
 * forward pass, the losses and cost, the errors and gradients and the update, each as a table of
 * substitutions; then the decision boundary, the progress over the steps, and notes on the
 * arithmetic. Every format renders this one layout, so they never disagree on content or order;
 * each section is its own class, and every formula and substitution comes from the derivation
 * graph's rules.
 */
public final class DerivationView extends DocumentLayout {

    /** The heading of the section on the model and its formulas, the same for every problem. */
    public static final String FORMULAS = FormulaSection.TITLE;

    private final DerivationContext c;

    private DerivationView(Trace trace, Set<QuantityId> blanks, boolean worksheet) {
        this.c = new DerivationContext(trace, blanks, worksheet, blocks);
    }

    /** The complete worked derivation (also the answer key of a worksheet). */
    public static Document of(Trace trace) {
        return new DerivationView(trace, Set.of(), false).build();
    }

    /**
     * The same derivation as a worksheet: every computed quantity that {@code selection} selects is
     * a blank labelled with its id ({@link Blanks}), later substitutions refer to it by its symbol,
     * and the notes and charts (which would give answers away) are left out.
     */
    public static Document worksheet(Trace trace, Predicate<QuantityId> selection) {
        return new DerivationView(trace, Blanks.of(trace, selection), true).build();
    }

    private Document build() {
        DerivationCells cells = new DerivationCells(c);
        new ProblemSection(c).layOut();
        boolean softmax = c.problem().softmax();
        if (softmax) {
            new SoftmaxFormulaSection(c).layOut();
        } else {
            new FormulaSection(c).layOut();
        }
        steps(cells, softmax);
        ProgressSection run = new ProgressSection(c, cells);
        run.stop();
        if (softmax) {
            new RegionSection(c).layOut();
        } else {
            new BoundarySection(c, cells).layOut();
        }
        if (!c.worksheet()) {
            // on a worksheet the progress table would only repeat the steps' blanks
            run.progress();
            run.landscape();
            run.notes();
        }
        Problem problem = c.problem();
        String title = !problem.title().isBlank() ? problem.title()
                : softmax ? "Softmax regression, one step at a time" : "Logistic regression, one step at a time";
        if (c.worksheet()) {
            title = "Worksheet: " + title;
            blocks.removeIf(b -> b instanceof Block.Figure);
        }
        return new Document(title, "showwork " + c.trace().provenance().version(), byline(), blocks);
    }

    /** Each update written out, with a note where updates are left out. */
    private void steps(DerivationCells cells, boolean softmax) {
        StepSection steps = new StepSection(c, cells);
        SoftmaxStepSection softmaxSteps = new SoftmaxStepSection(c, cells);
        int previous = 0;
        for (Iteration it : c.trace().iterations()) {
            if (it.number() > previous + 1) {
                steps.skipped(previous + 1, it.number() - 1);
            }
            if (softmax) {
                softmaxSteps.layOut(it);
            } else {
                steps.layOut(it);
            }
            previous = it.number();
        }
    }

    private List<Inline> byline() {
        Problem problem = c.problem();
        String version = c.trace().provenance().version();
        String arithmetic;
        if (c.hand()) {
            arithmetic = "Hand arithmetic: every result is rounded half up to " + placesPhrase(problem.decimals())
                    + ", and the rounded value is what later steps use.";
        } else {
            arithmetic = "Exact arithmetic: results are carried at full double precision and shown to "
                    + placesPhrase(problem.decimals()) + ", so the last digit of a substitution can differ from what the shown numbers give.";
        }
        if (c.worksheet()) {
            return Inline.of("A worksheet made by showwork " + version + " from " + problem.source()
                    + ". Fill in every blank, keeping its label (for example, write 0.5 after the colon of the blank "
                    + "labelled p[1]). ", arithmetic);
        }
        return Inline.of("Worked by showwork " + version + " from " + problem.source() + ". ", arithmetic);
    }
}
