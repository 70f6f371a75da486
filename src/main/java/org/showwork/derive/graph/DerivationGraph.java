package org.showwork.derive.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * The derivation graph of logistic (or softmax) regression trained by gradient descent: one {@link Rule} per
 * kind of quantity. The nodes of one update are the ids of its {@link StepShape}; a rule's inputs
 * are its edges. Everything that computes, explains or asks for a quantity goes through here.
 */
public final class DerivationGraph {

    /** The graph of binary logistic regression. */
    public static final DerivationGraph LOGISTIC = new DerivationGraph(new ProbabilityRule(), new LossRule(),
            BoundaryRule.before(), BoundaryRule.after());

    /** The graph of softmax regression: K scores, their softmax and its loss; every other rule as above, per class. */
    public static final DerivationGraph SOFTMAX = new DerivationGraph(new SoftmaxRule(), new SoftmaxLossRule());

    private final Map<QuantityKind, Rule> rules = new EnumMap<>(QuantityKind.class);

    /** The rules every model shares, with the model's own probability and loss (and any others). */
    private DerivationGraph(Rule probability, Rule loss, Rule... others) {
        List<Rule> all = new ArrayList<>(List.of(new ScoreRule(), probability, loss, new ErrorRule(),
                new ErrorTimesFeatureRule(), new SumRule(QuantityKind.SUM_LOSS, QuantityKind.LOSS),
                new SumRule(QuantityKind.SUM_ERROR, QuantityKind.ERROR),
                new SumRule(QuantityKind.SUM_ERROR_X, QuantityKind.ERROR_X), new CostRule(), new WeightGradientRule(),
                new BiasGradientRule(), UpdateRule.ofWeight(), UpdateRule.ofBias()));
        all.addAll(List.of(others));
        for (Rule rule : all) {
            this.rules.put(rule.kind(), rule);
        }
    }

    /** The graph of a model with {@code classes} classes: 0 for binary logistic regression, K for softmax. */
    public static DerivationGraph of(int classes) {
        return classes == 0 ? LOGISTIC : SOFTMAX;
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
