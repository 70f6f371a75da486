package org.showwork.web.lecture;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.render.view.Block;
import org.showwork.render.view.DerivationView;
import org.showwork.render.view.Document;
import org.showwork.render.view.Inline;
import org.showwork.quantity.QuantityId;

/**
 * One step of a derivation, for a lecturer stepping through it: the problem and its formulas, the
 * tables of step t, and the decision boundary, progress and charts as they stand after step t (the
 * problem traced for t steps: the same numbers as the full run's first t, since every step depends
 * only on those before it).
 */
public final class StepView {
    private StepView() {}

    /** A step's section starts with a heading such as "Step 2 of gradient descent" or "Update 3: …". */
    private static final Pattern STEP_HEADING = Pattern.compile("(one step|step \\d+|update \\d+)\\b.*");

    /** The number of updates the problem's run makes. */
    public static int steps(Trace full) {
        return full.updates();
    }

    /** The document of step {@code t} (1 to the number of steps) of the problem. */
    public static Document of(Problem problem, Trace full, int t) {
        if (t >= full.updates()) {
            return focus(DerivationView.of(full));
        }
        return focus(DerivationView.of(Tracer.trace(upTo(problem, t))));
    }

    /** The problem run for t updates only. */
    static Problem upTo(Problem p, int t) {
        Schedule s = p.schedule();
        Schedule shorter = new Schedule(s.batchSize(), s.shuffleSeed(), s.l2(),
                s.until().map(rule -> new Schedule.StopRule(rule.gradientNorm(), t)), s.show());
        Map<QuantityId, BigDecimal> given = new LinkedHashMap<>(p.given());
        given.keySet().removeIf(id -> id.iteration() > t);
        return new Problem(p.source(), p.title(), p.featureNames(), p.samples(), p.featuresKnown(), p.weights(), p.bias(),
                p.learningRate(), t, p.arithmetic(), p.decimals(), given, shorter);
    }

    /** The document with only its last step's section among the steps' sections. */
    static Document focus(Document whole) {
        List<List<Block>> sections = new ArrayList<>();
        List<Block> lead = new ArrayList<>();
        for (Block b : whole.blocks()) {
            if (b instanceof Block.Heading h && h.level() == 2) {
                sections.add(new ArrayList<>());
            }
            (sections.isEmpty() ? lead : sections.get(sections.size() - 1)).add(b);
        }
        int lastStep = -1;
        for (int k = 0; k < sections.size(); k++) {
            if (isStep(sections.get(k))) {
                lastStep = k;
            }
        }
        List<Block> kept = new ArrayList<>(lead);
        for (int k = 0; k < sections.size(); k++) {
            if (k == lastStep || !isStep(sections.get(k))) {
                kept.addAll(sections.get(k));
            }
        }
        return new Document(whole.title(), whole.generator(), whole.byline(), kept, whole.fields());
    }

    private static boolean isStep(List<Block> section) {
        return heading(section).map(text -> STEP_HEADING.matcher(text.toLowerCase(Locale.ROOT)).matches())
                .orElse(false);
    }

    private static Optional<String> heading(List<Block> section) {
        return section.isEmpty() || !(section.get(0) instanceof Block.Heading h) ? Optional.empty()
                : Optional.of(Inline.plain(h.text()));
    }
}
