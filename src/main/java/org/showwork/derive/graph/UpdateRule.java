package org.showwork.derive.graph;

import static org.showwork.formula.Formulas.*;

import java.util.ArrayList;
import java.util.List;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/** A parameter's step against its gradient: wⱼ := wⱼ − α·∂J/∂wⱼ, or b := b − α·∂J/∂b. */
public final class UpdateRule implements Rule {

    private final boolean weight;

    private UpdateRule(boolean weight) {
        this.weight = weight;
    }

    static UpdateRule ofWeight() {
        return new UpdateRule(true);
    }

    static UpdateRule ofBias() {
        return new UpdateRule(false);
    }

    @Override
    public QuantityKind kind() {
        return weight ? QuantityKind.W_NEW : QuantityKind.B_NEW;
    }

    @Override
    public List<QuantityId> inputs(QuantityId id, StepShape shape) {
        List<QuantityId> in = new ArrayList<>(weight ? shape.weights(id.classIndex(), id.feature())
                : shape.bias(id.classIndex()));
        in.add(gradient(id));
        return in;
    }

    /** The gradient this parameter steps along. */
    public QuantityId gradient(QuantityId id) {
        return new QuantityId(id.iteration(), weight ? QuantityKind.GRAD_W : QuantityKind.GRAD_B, 0,
                weight ? id.feature() : 0, id.classIndex());
    }

    /** The parameter the update starts from. */
    public Num parameter(QuantityId id, Inputs in) {
        return weight ? in.weight(id.classIndex(), id.feature()) : in.bias(id.classIndex());
    }

    @Override
    public Outcome evaluate(QuantityId id, Inputs in) {
        Quantity g = in.quantity(gradient(id));
        Num parameter = parameter(id, in);
        if (g == null || g.infinite() || parameter == null) {
            return null;
        }
        return Outcome.of(step(in.arithmetic(), parameter, in.learningRate(), g.value()));
    }

    /** The parameter moved by {@code rate} times the gradient: p − rate·g. */
    public static Num step(Arithmetic a, Num parameter, Num rate, Num gradient) {
        return a.subtract(parameter, a.multiply(rate, gradient));
    }

    @Override
    public Expr formula(Notation notation) {
        Expr parameter = weight ? sym(Symbol.W, notation.weightIndex("j")) : sym(Symbol.B, notation.perClass(""));
        return assign(parameter, minus(parameter, times(sym(Symbol.ALPHA), partial(sym(Symbol.COST), parameter))));
    }

    @Override
    public Expr computation(QuantityId id, Substitution s) {
        Expr current = weight ? s.weight(id.classIndex(), id.feature()) : s.bias(id.classIndex());
        return assign(symbol(id, s.features()), minus(current, times(num(s.learningRate()), s.quantity(gradient(id)))));
    }

    @Override
    public Expr symbol(QuantityId id, int features) {
        return weight ? sym(Symbol.W, Subscripts.weight(id.classIndex(), id.feature(), features))
                : sym(Symbol.B, Subscripts.bias(id.classIndex()));
    }
}
