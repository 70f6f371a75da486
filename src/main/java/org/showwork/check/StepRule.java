package org.showwork.check;

import java.util.List;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.derive.graph.UpdateRule;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;

/** An update that steps the wrong way: the gradient added instead of subtracted, or the learning rate left out. */
record StepRule(Mistake mistake) implements AlternativeRule {

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        UpdateRule rule = (UpdateRule) DerivationGraph.of(in.classes()).rule(id.kind());
        Num parameter = rule.parameter(id, in);
        Num gradient = in.value(rule.gradient(id));
        if (parameter == null || gradient == null) {
            return List.of();
        }
        Arithmetic a = in.arithmetic();
        Num value = mistake == Mistake.ADDED_GRADIENT ? a.add(parameter, a.multiply(in.learningRate(), gradient))
                : UpdateRule.step(a, parameter, a.integer(1), gradient);
        return candidate("", graph.carry(id, value));
    }
}
