package org.showwork.check;

import java.util.List;
import org.showwork.derive.graph.ErrorRule;
import org.showwork.derive.graph.Outcome;
import org.showwork.derive.graph.SumRule;
import org.showwork.derive.graph.WeightGradientRule;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** The error taken as y − ŷ: the error, its products with x, their sums and the gradients all change sign. */
final class ErrorSignRule implements AlternativeRule {

    @Override
    public Mistake mistake() {
        return Mistake.ERROR_SIGN;
    }

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        Arithmetic a = in.arithmetic();
        int t = id.iteration();
        return switch (id.kind()) {
            case ERROR -> {
                Num p = in.value(id.withKind(QuantityKind.P));
                yield candidate("", p == null ? null : graph.carry(id, a.subtract(a.integer(ErrorRule.target(id,
                        in.label(id.sample()))), p)));
            }
            case ERROR_X -> {
                Num error = in.value(new QuantityId(t, QuantityKind.ERROR, id.sample(), 0, id.classIndex()));
                Num x = in.feature(id.sample(), id.feature());
                yield candidate("", error == null || x == null ? null
                        : graph.carry(id, a.subtract(a.integer(0), a.multiply(error, x))));
            }
            case SUM_ERROR, SUM_ERROR_X -> candidate("", negatedSum(id, in, graph));
            case GRAD_W, GRAD_B -> {
                Num total = in.value(graph.inputs(id).get(0));
                yield candidate("", total == null ? null
                        : graph.carry(id, gradient(id, in, a.subtract(a.integer(0), total), in.m())));
            }
            default -> List.of();
        };
    }

    private static Quantity negatedSum(QuantityId id, StudentInputs in, Recomputation graph) {
        Outcome total = SumRule.add(graph.inputs(id), in);
        if (total == null || total.infinite()) {
            return graph.carry(id, total);
        }
        Arithmetic a = in.arithmetic();
        return graph.carry(id, a.subtract(a.integer(0), total.value()));
    }

    /** A gradient from a sum and a divisor, the penalty's share (for a weight) still over m. */
    static Num gradient(QuantityId id, StudentInputs in, Num total, Num divisor) {
        return id.kind() == QuantityKind.GRAD_W ? WeightGradientRule.gradient(in, id.classIndex(), id.feature(), total, divisor)
                : in.arithmetic().divide(total, divisor);
    }
}
