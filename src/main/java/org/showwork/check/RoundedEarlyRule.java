package org.showwork.check;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.showwork.derive.Iteration;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The quantity's own rule on inputs rounded to fewer places than they are written with. */
final class RoundedEarlyRule implements AlternativeRule {

    /** The kinds that read the parameters an update starts from, whose places are the problem's own. */
    private static final Set<QuantityKind> READ_PARAMETERS =
            Set.of(QuantityKind.Z, QuantityKind.W_NEW, QuantityKind.B_NEW, QuantityKind.BOUNDARY);

    @Override
    public Mistake mistake() {
        return Mistake.ROUNDED_EARLY;
    }

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        List<Recomputation.Candidate> out = new ArrayList<>();
        for (int k = inputPlaces(id, graph) - 1; k >= 1; k--) {
            int places = k;
            StudentInputs early = in.adjusted(n -> in.arithmetic().given(n.toBigDecimal().setScale(places, RoundingMode.HALF_UP)));
            out.addAll(candidate("its inputs rounded to " + k + (k == 1 ? " place" : " places"), graph.compute(id, early)));
        }
        return out;
    }

    /** The most places any input of the quantity is written with, for trying them rounded to fewer. */
    private static int inputPlaces(QuantityId id, Recomputation graph) {
        int most = 0;
        for (QuantityId in : graph.inputs(id)) {
            most = Math.max(most, graph.places(in));
        }
        Iteration it = graph.update(id);
        if (it != null && !it.shape().previous() && READ_PARAMETERS.contains(id.kind())) {
            for (Num w : it.weights()) {
                most = Math.max(most, w.toBigDecimal().stripTrailingZeros().scale());
            }
            most = Math.max(most, it.bias().toBigDecimal().stripTrailingZeros().scale());
        }
        return Math.min(most, 12);
    }
}
