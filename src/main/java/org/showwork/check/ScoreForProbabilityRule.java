package org.showwork.check;

import java.util.List;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The score z used where the probability ŷ = σ(z) belongs: as ŷ itself, or in the error z − y. */
final class ScoreForProbabilityRule implements AlternativeRule {

    @Override
    public Mistake mistake() {
        return Mistake.Z_FOR_P;
    }

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        Num z = in.value(QuantityId.ofSample(id.iteration(), QuantityKind.Z, id.sample()));
        if (z == null) {
            return List.of();
        }
        Arithmetic a = in.arithmetic();
        return switch (id.kind()) {
            case P -> candidate("", graph.carry(id, z));
            case ERROR -> candidate("z − y", graph.carry(id, a.subtract(z, a.integer(in.label(id.sample())))));
            default -> List.of();
        };
    }
}
