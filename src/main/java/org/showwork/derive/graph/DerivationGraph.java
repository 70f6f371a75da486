package org.showwork.derive.graph;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The derivation graph of logistic regression trained by gradient descent: one {@link Rule} per
 * kind of quantity. The nodes of one update are the ids of its {@link StepShape}; a rule's inputs
 * are its edges. Everything that computes, explains or asks for a quantity goes through here.
 */
public final class DerivationGraph {

    /** The graph of binary logistic regression. */
    public static final DerivationGraph LOGISTIC = new DerivationGraph(List.of(new ScoreRule(), new ProbabilityRule(),
            new LossRule(), new ErrorRule(), new ErrorTimesFeatureRule(),
            new SumRule(QuantityKind.SUM_LOSS, QuantityKind.LOSS), new SumRule(QuantityKind.SUM_ERROR, QuantityKind.ERROR),
            new SumRule(QuantityKind.SUM_ERROR_X, QuantityKind.ERROR_X), new CostRule(), new WeightGradientRule(),
            new BiasGradientRule(), UpdateRule.ofWeight(), UpdateRule.ofBias(), BoundaryRule.before(),
            BoundaryRule.after()));

    private final Map<QuantityKind, Rule> rules = new EnumMap<>(QuantityKind.class);

    private DerivationGraph(List<Rule> rules) {
        for (Rule rule : rules) {
            this.rules.put(rule.kind(), rule);
        }
    }

    public Rule rule(QuantityKind kind) {
        Rule rule = rules.get(kind);
        if (rule == null) {
            throw new IllegalArgumentException("no rule derives " + kind.id());
        }
        return rule;
    }

    /** The quantities {@code id} is computed from directly. */
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        return rule(id.kind()).inputs(id, shape);
    }

    /** Evaluates one quantity from {@code in}; null when the inputs do not allow it. */
    public Outcome evaluate(QuantityId id, Inputs in) {
        return rule(id.kind()).evaluate(id, in);
    }
}
