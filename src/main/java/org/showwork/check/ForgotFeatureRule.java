package org.showwork.check;

import java.util.List;
import org.showwork.derive.graph.Outcome;
import org.showwork.derive.graph.SumRule;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The error not multiplied by x: the error itself for (ŷ − y)·x, the errors summed, their average for ∂J/∂w. */
final class ForgotFeatureRule implements AlternativeRule {

    @Override
    public Mistake mistake() {
        return Mistake.FORGOT_X;
    }

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        int t = id.iteration();
        return switch (id.kind()) {
            case ERROR_X -> {
                Num error = in.value(new QuantityId(t, QuantityKind.ERROR, id.sample(), 0, id.classIndex()));
                Num x = in.feature(id.sample(), id.feature());
                yield candidate("", error == null || x == null ? null : graph.carry(id, error));
            }
            case SUM_ERROR_X -> {
                List<QuantityId> errors = in.batch().stream()
                        .map(i -> new QuantityId(t, QuantityKind.ERROR, i, 0, id.classIndex())).toList();
                Outcome total = SumRule.add(errors, in);
                yield candidate("the errors summed", graph.carry(id, total));
            }
            case GRAD_W -> {
                Num errors = in.value(new QuantityId(t, QuantityKind.SUM_ERROR, 0, 0, id.classIndex()));
                yield candidate("", errors == null ? null : graph.carry(id, ErrorSignRule.gradient(id, in, errors, in.m())));
            }
            default -> List.of();
        };
    }
}
