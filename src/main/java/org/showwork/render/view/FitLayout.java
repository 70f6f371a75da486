package org.showwork.render.view;

import java.math.RoundingMode;
import static org.showwork.formula.Formulas.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.showwork.fit.Fit;
import org.showwork.fit.Parameters;
import org.showwork.fit.Penalty;
import org.showwork.formula.Expr;
import org.showwork.formula.Expr.Symbol;
import org.showwork.formula.UnicodeWriter;
import org.showwork.problem.TrainingData;


/**
 * What every section of a fit's layout shares: the fit and its data, the blocks laid out so far,
 * and how parameters, features and numbers are named and written.
 */
abstract class FitLayout extends DocumentLayout {

    /** Sample rows shown at most; the JSON has them all. */
    static final int SHOWN_SAMPLES = 20;
    /** Up to this many features, each weight gets a column in the table of iterations. */
    static final int WEIGHT_COLUMNS = 5;

    protected final Fit fit;
    protected final TrainingData data;
    protected final int d;
    protected final int n;
    protected final boolean weighted;
    protected final boolean l2;

    FitLayout(Fit fit, List<Block> blocks) {
        super(blocks);
        this.fit = fit;
        this.data = fit.data();
        this.d = data.featureCount();
        this.n = data.sampleCount();
        this.weighted = data.weighted();
        this.l2 = fit.settings().penalty() instanceof Penalty.L2;
    }

    // ---------------------------------------------------------------- helpers

    protected List<Inline> parameterList(Parameters p, int digits) {
        List<Inline> run = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            run.addAll(Inline.of(new Inline.Calc(eq(parameterSymbol(j), FitNumbers.number(p.weights().get(j), digits))), ", "));
        }
        run.add(new Inline.Calc(eq(sym(Symbol.B), FitNumbers.number(p.bias(), digits))));
        return run;
    }

    protected static double component(Parameters p, int a) {
        return a < p.featureCount() ? p.weights().get(a) : p.bias();
    }

    protected Expr parameterSymbol(int a) {
        if (a == d) {
            return sym(Symbol.B);
        }
        return d == 1 ? sym(Symbol.W) : sym(Symbol.W, String.valueOf(a + 1));
    }

    /** w, w₂ (income), b: the symbol, with the feature's name when it has one of its own. */
    protected List<Inline> parameterLabel(int a) {
        if (a == d) {
            return Inline.of(sym(Symbol.B), " (bias)");
        }
        return Inline.of(parameterSymbol(a), " (" + data.featureNames().get(a) + ")");
    }

    protected String featureLabel(int j) {
        return data.featureNames().get(j);
    }

    protected List<Inline> featureHeader(int j) {
        Expr symbol = d == 1 ? sym(Symbol.X) : sym(Symbol.X, String.valueOf(j + 1));
        String name = data.featureNames().get(j);
        String defaultName = d == 1 ? "x" : "x" + (j + 1);
        return name.equals(defaultName) ? Inline.of("Feature ", symbol) : Inline.of(symbol, " (" + name + ")");
    }

    protected static String unicode(Expr e) {
        return new UnicodeWriter().write(e);
    }

    protected static String plain(double v) {
        return unicode(FitNumbers.number(v));
    }

    protected static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + " %";
    }

    protected static String count(int k, String noun) {
        return String.format(Locale.ROOT, "%,d", k) + " " + noun + (k == 1 ? "" : "s");
    }
}
