package org.showwork.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.showwork.derive.graph.CostRule;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * An average divided by the wrong number: not at all (the sum for the average), or by n when the
 * batch has m samples, or by m ± 1. The cost's and the gradients' own rules with another divisor.
 */
record DivisorRule(Mistake mistake) implements AlternativeRule {

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        if (mistake == Mistake.SUM_NOT_AVERAGE) {
            return candidate("", divided(id, in, graph, 1));
        }
        List<Recomputation.Candidate> out = new ArrayList<>();
        int m = in.batch().size();
        for (int k : wrongCounts(graph.problem().sampleCount(), m)) {
            out.addAll(candidate("divided by " + k + " instead of m = " + m, divided(id, in, graph, k)));
        }
        return out;
    }

    /** Numbers of samples someone might divide by instead of m: n (when the batch is smaller), m − 1, m + 1. */
    private static List<Integer> wrongCounts(int n, int m) {
        Set<Integer> counts = new LinkedHashSet<>(List.of(n, m - 1, m + 1));
        counts.removeIf(k -> k < 2 || k == m);
        return List.copyOf(counts);
    }

    private static Quantity divided(QuantityId id, StudentInputs in, Recomputation graph, int divisor) {
        Num k = in.arithmetic().integer(divisor);
        if (id.kind() == QuantityKind.COST) {
            Quantity total = in.quantity(QuantityId.of(id.iteration(), QuantityKind.SUM_LOSS));
            if (total == null || total.infinite()) {
                return total == null ? null : Quantity.ofInfinite();
            }
            return graph.carry(id, CostRule.cost(in, total.value(), k));
        }
        Num total = in.value(graph.inputs(id).get(0));
        return total == null ? null : graph.carry(id, ErrorSignRule.gradient(id, in, total, k));
    }
}
