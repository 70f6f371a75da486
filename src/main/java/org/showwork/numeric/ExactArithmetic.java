package org.showwork.numeric;

import java.math.BigDecimal;

/** Floating-point arithmetic: values carried unrounded; {@code decimals} only governs how they are shown. */
public record ExactArithmetic() implements Arithmetic {

    @Override public Num given(BigDecimal value) { return new Num.Binary(value.doubleValue()); }

    @Override public Num integer(long value) { return new Num.Binary(value); }

    @Override public Num add(Num a, Num b) { return new Num.Binary(a.toDouble() + b.toDouble()); }

    @Override public Num subtract(Num a, Num b) { return new Num.Binary(a.toDouble() - b.toDouble()); }

    @Override public Num multiply(Num a, Num b) { return new Num.Binary(a.toDouble() * b.toDouble()); }

    @Override public Num divide(Num a, Num b) { return new Num.Binary(a.toDouble() / b.toDouble()); }

    @Override public Num sigmoid(Num z) { return new Num.Binary(StableMath.sigmoid(z.toDouble())); }

    @Override public Num logLoss(int y, Num p) { return new Num.Binary(StableMath.logLoss(y, p.toDouble())); }

    @Override public Num logLossFromZ(int y, Num z, Num p) {
        return new Num.Binary(StableMath.logLossFromZ(y, z.toDouble()));
    }

    @Override public Num exp(Num x) { return new Num.Binary(Math.exp(x.toDouble())); }

    @Override public Num ln(Num x) { return new Num.Binary(Math.log(x.toDouble())); }

    @Override public Num carry(Num value, int decimals) { return value; }

    @Override public boolean roundsEachStep() { return false; }

    @Override public String name() { return "exact"; }
}
