package org.showwork.check;

import java.util.List;
import org.showwork.derive.graph.BoundaryRule;
import org.showwork.derive.graph.UpdateRule;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * w and b swapped, with one feature: the score b·x + w, a parameter stepped along the other's
 * gradient, the boundary −w/b.
 */
final class SwappedParametersRule implements AlternativeRule {

    @Override
    public Mistake mistake() {
        return Mistake.SWAPPED_W_B;
    }

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        if (in.features() != 1) {
            return List.of();
        }
        Arithmetic a = in.arithmetic();
        int t = id.iteration();
        return switch (id.kind()) {
            case Z -> candidate("b·x + w", graph.carry(id,
                    a.add(a.multiply(in.bias(), in.feature(id.sample(), 1)), in.weight(1))));
            case W_NEW -> stepped(id, in, graph, in.weight(1), QuantityId.of(t, QuantityKind.GRAD_B), "stepped along ∂J/∂b");
            case B_NEW -> stepped(id, in, graph, in.bias(), QuantityId.ofFeature(t, QuantityKind.GRAD_W, 1),
                    "stepped along ∂J/∂w");
            case BOUNDARY -> candidate("−w/b", graph.carry(id, BoundaryRule.at(a, in.bias(), in.weight(1))));
            case BOUNDARY_NEW -> candidate("−w/b", graph.carry(id, BoundaryRule.at(a,
                    in.value(QuantityId.of(t, QuantityKind.B_NEW)), in.value(QuantityId.ofFeature(t, QuantityKind.W_NEW, 1)))));
            default -> List.of();
        };
    }

    private List<Recomputation.Candidate> stepped(QuantityId id, StudentInputs in, Recomputation graph, Num parameter,
            QuantityId other, String detail) {
        Num gradient = in.value(other);
        return candidate(detail, parameter == null || gradient == null ? null
                : graph.carry(id, UpdateRule.step(in.arithmetic(), parameter, in.learningRate(), gradient)));
    }
}
