package org.showwork.render.view;

import org.showwork.formula.Expr;
import org.showwork.quantity.QuantityId;

/** The symbol a document writes for a quantity (ŷ₄ for {@code p[4]}), for pages that name quantities outside a document. */
public final class QuantitySymbol {
    private QuantitySymbol() {}

    public static Expr of(QuantityId id, int featureCount) {
        return NotePhrases.symbol(id, featureCount);
    }
}
