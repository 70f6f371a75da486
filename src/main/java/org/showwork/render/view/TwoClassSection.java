package org.showwork.render.view;

import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.Iteration;
import org.showwork.formula.Expr.Function;
import org.showwork.formula.Expr.Relation;
import org.showwork.formula.Expr.Symbol;
import org.showwork.numeric.StableMath;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.view.Block.Row;

/**
 * A softmax model of two classes is logistic regression in disguise: with the numbers of the first
 * update, the difference of each sample's two scores, its sigmoid, and the softmax's ŷᵢ₂ beside it.
 * It illustrates; it derives nothing (worksheets leave it out, as it would give answers away).
 */
final class TwoClassSection extends DocumentLayout {

    private final DerivationContext c;
    private final DerivationCells cells;

    TwoClassSection(DerivationContext context, DerivationCells cells) {
        super(context.blocks());
        this.c = context;
        this.cells = cells;
    }

    void layOut(Iteration it) {
        List<Row> rows = new ArrayList<>();
        int places = c.problem().decimals().of(QuantityKind.P);
        for (int i : it.batch()) {
            QuantityId z1 = new QuantityId(it.number(), QuantityKind.Z, i, 0, 1);
            QuantityId z2 = new QuantityId(it.number(), QuantityKind.Z, i, 0, 2);
            QuantityId p2 = new QuantityId(it.number(), QuantityKind.P, i, 0, 2);
            Quantity first = it.get(z1);
            Quantity second = it.get(z2);
            Quantity p = it.get(p2);
            if (first == null || second == null || p == null || first.infinite() || second.infinite()) {
                return;
            }
            BigDecimal difference = cells.shown(z2, second).subtract(cells.shown(z1, first));
            BigDecimal sigma = BigDecimal.valueOf(StableMath.sigmoid(difference.doubleValue()))
                    .setScale(places, RoundingMode.HALF_UP);
            rows.add(new Row(List.of(Inline.of(String.valueOf(i)),
                    calc(eq(minus(cells.value(z2, second), cells.value(z1, first)), num(difference))),
                    calc(then(call(Function.SIGMA, num(difference)), Relation.APPROX,
                            num(sigma))),
                    calc(cells.value(p2, p))), false));
        }
        heading(3, "Two classes: the logistic model inside");
        paragraph("With two classes the softmax is the sigmoid of the difference of the two scores: ŷᵢ₂ = "
                + "σ(zᵢ₂ − zᵢ₁). The difference zᵢ₂ − zᵢ₁ plays the part of the score z of logistic regression, "
                + "with weights w₂ − w₁ and bias b₂ − b₁; here are the numbers.");
        blocks.add(new Block.Table(Inline.of("The softmax of two classes as a sigmoid, " + c.unit() + " " + it.number()
                + "."), List.of(column(false, sym(Symbol.I)), column(true, minus(sym(Symbol.Z, "i,2"),
                sym(Symbol.Z, "i,1"))), column(true, call(Function.SIGMA, minus(sym(Symbol.Z, "i,2"),
                sym(Symbol.Z, "i,1")))), column(true, sym(Symbol.Y_HAT, "i,2"))), rows));
    }
}
