package org.showwork.check;

import java.math.BigDecimal;
import java.util.List;
import org.showwork.derive.graph.CostRule;
import org.showwork.derive.graph.LossRule;
import org.showwork.derive.graph.Outcome;
import org.showwork.derive.graph.SoftmaxLossRule;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The logarithm to base 10 for the natural one: in each loss, and so in their sum and the cost. */
final class LogBase10Rule implements AlternativeRule {

    private static final BigDecimal LN_10 = new BigDecimal("2.30258509299404568401799145468436420760110148862877297603");

    @Override
    public Mistake mistake() {
        return Mistake.LOG_BASE_10;
    }

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        return switch (id.kind()) {
            case LOSS -> candidate("", loss(id, in, graph));
            case SUM_LOSS -> candidate("", sum(id, in, graph));
            case COST -> {
                Quantity total = sum(QuantityId.of(id.iteration(), QuantityKind.SUM_LOSS), in, graph);
                yield candidate("", total == null ? null : total.infinite() ? Quantity.ofInfinite()
                        : graph.carry(id, CostRule.cost(in, total.value(), in.m())));
            }
            default -> List.of();
        };
    }

    /** One sample's loss in base-10 logarithms, from ŷ as written. */
    private static Quantity loss(QuantityId id, StudentInputs in, Recomputation graph) {
        Outcome natural = in.classes() == 0 ? LossRule.natural(id, in, false) : ownClass(id, in);
        if (natural == null || natural.infinite()) {
            return graph.carry(id, natural);
        }
        Arithmetic a = in.arithmetic();
        return graph.carry(id, a.divide(natural.value(), a.given(LN_10)));
    }

    /** −ln of the own class's probability as written (a softmax model). */
    private static Outcome ownClass(QuantityId id, StudentInputs in) {
        Num p = in.value(SoftmaxLossRule.own(id, in));
        if (p == null || p.signum() < 0) {
            return null;
        }
        Arithmetic a = in.arithmetic();
        return p.signum() == 0 ? Outcome.INFINITE : Outcome.of(a.subtract(a.integer(0), a.ln(p)));
    }

    /** The sum of the batch's base-10 losses, each written down with its places; null when one is missing or infinite. */
    private static Quantity sum(QuantityId id, StudentInputs in, Recomputation graph) {
        Num total = null;
        for (QuantityId term : graph.inputs(id)) {
            Quantity loss = loss(term, in, graph);
            if (loss == null || loss.infinite()) {
                return null;
            }
            total = total == null ? loss.value() : in.arithmetic().add(total, loss.value());
        }
        return graph.carry(id, total);
    }
}
