package org.showwork.derive.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.showwork.formula.Formulas.num;
import static org.showwork.formula.Formulas.sym;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.showwork.formula.Expr;
import org.showwork.formula.LatexWriter;
import org.showwork.formula.UnicodeWriter;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.numeric.Num;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * One test per rule of the derivation graph, on the tutorial's five points (x = 1…5, labels
 * 0, 0, 0, 1, 1, w = 2.197, b = −6.593, α = 0.1): the quantities each rule reads, its value in
 * exact and in hand arithmetic (three places, four for the cost and the gradients), its general
 * formula and its substitution. The expected numbers are worked out by hand in the comments, so a
 * failure names the rule that broke.
 */
class RuleTest {

    private static final DerivationGraph GRAPH = DerivationGraph.LOGISTIC;
    private static final List<Integer> BATCH = List.of(1, 2, 3, 4, 5);
    private static final StepShape SHAPE = new StepShape(1, BATCH, 1, false, true, false);
    private static final Notation NOTATION = new Notation(1, true, false);

    /** The tutorial's hand-worked values, as the tracer carries them (three places; cost and gradients four). */
    private static final Map<String, String> HAND = Map.ofEntries(
            Map.entry("z[1]", "-4.396"), Map.entry("z[2]", "-2.199"), Map.entry("z[3]", "-0.002"),
            Map.entry("z[4]", "2.195"), Map.entry("z[5]", "4.392"),
            Map.entry("p[1]", "0.012"), Map.entry("p[2]", "0.100"), Map.entry("p[3]", "0.500"),
            Map.entry("p[4]", "0.900"), Map.entry("p[5]", "0.988"),
            Map.entry("loss[1]", "0.012"), Map.entry("loss[2]", "0.105"), Map.entry("loss[3]", "0.693"),
            Map.entry("loss[4]", "0.105"), Map.entry("loss[5]", "0.012"),
            Map.entry("error[1]", "0.012"), Map.entry("error[2]", "0.100"), Map.entry("error[3]", "0.500"),
            Map.entry("error[4]", "-0.100"), Map.entry("error[5]", "-0.012"),
            Map.entry("error_x[1]", "0.012"), Map.entry("error_x[2]", "0.200"), Map.entry("error_x[3]", "1.500"),
            Map.entry("error_x[4]", "-0.400"), Map.entry("error_x[5]", "-0.060"),
            Map.entry("sum_loss", "0.927"), Map.entry("sum_error", "0.500"), Map.entry("sum_error_x", "1.252"),
            Map.entry("cost", "0.1854"), Map.entry("grad_w", "0.2504"), Map.entry("grad_b", "0.1000"),
            Map.entry("w_new", "2.172"), Map.entry("b_new", "-6.603"));

    /** The tutorial's inputs with the hand values above as the quantities already derived. */
    private static Inputs inputs(ArithmeticMode mode, Map<String, String> values) {
        Arithmetic a = mode.arithmetic();
        Map<QuantityId, Quantity> quantities = new HashMap<>();
        values.forEach((id, v) -> quantities.put(QuantityId.parse(id, 1).orElseThrow(),
                Quantity.computed(a.given(new BigDecimal(v)), a.given(new BigDecimal(v)))));
        return new Inputs() {
            @Override public Arithmetic arithmetic() { return a; }
            @Override public Quantity quantity(QuantityId id) { return quantities.get(id); }
            @Override public Num feature(int i, int j) { return a.integer(i); }
            @Override public int label(int i) { return i >= 4 ? 1 : 0; }
            @Override public Num weight(int k, int j) { return a.given(new BigDecimal("2.197")); }
            @Override public Num bias(int k) { return a.given(new BigDecimal("-6.593")); }
            @Override public Num learningRate() { return a.given(new BigDecimal("0.1")); }
            @Override public Num lambda() { return a.integer(0); }
            @Override public List<Integer> batch() { return BATCH; }
            @Override public int features() { return 1; }
        };
    }

    /** The numbers a document puts in: each quantity shown as above. */
    private static final Substitution NUMBERS = new Substitution() {
        @Override public Expr quantity(QuantityId id) { return num(new BigDecimal(HAND.get(id.toString(1)))); }
        @Override public Expr feature(int i, int j) { return num(i); }
        @Override public int label(int i) { return i >= 4 ? 1 : 0; }
        @Override public Expr weight(int k, int j) { return num(new BigDecimal("2.197")); }
        @Override public Expr bias(int k) { return num(new BigDecimal("-6.593")); }
        @Override public BigDecimal learningRate() { return new BigDecimal("0.1"); }
        @Override public BigDecimal lambda() { return BigDecimal.ZERO; }
        @Override public List<Integer> batch() { return BATCH; }
        @Override public int features() { return 1; }
    };

    private static QuantityId id(String text) {
        return QuantityId.parse(text, 1).orElseThrow();
    }

    private static String value(String id, ArithmeticMode mode) {
        Outcome outcome = GRAPH.evaluate(id(id), inputs(mode, HAND));
        return outcome.value().toBigDecimal().toPlainString();
    }

    private static String hand(String id, int places) {
        Outcome outcome = GRAPH.evaluate(id(id), inputs(ArithmeticMode.HAND, HAND));
        return ArithmeticMode.HAND.arithmetic().carry(outcome.value(), places).toBigDecimal().toPlainString();
    }

    private static String formula(QuantityKind kind) {
        return new UnicodeWriter().write(GRAPH.rule(kind).formula(NOTATION));
    }

    private static String computation(String id) {
        return new UnicodeWriter().write(GRAPH.rule(id(id).kind()).computation(id(id), NUMBERS));
    }

    private static List<String> reads(String id) {
        return GRAPH.inputs(id(id), SHAPE).stream().map(q -> q.toString(1)).toList();
    }

    @Test
    void score() {
        // z₄ = 2.197·4 − 6.593 = 8.788 − 6.593 = 2.195, in both arithmetics (exact up to binary rounding)
        assertThat(reads("z[4]")).isEmpty();
        assertThat(hand("z[4]", 3)).isEqualTo("2.195");
        assertThat(Double.parseDouble(value("z[4]", ArithmeticMode.EXACT))).isCloseTo(2.195, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(formula(QuantityKind.Z)).isEqualTo("zᵢ = w·xᵢ + b");
        assertThat(computation("z[4]")).isEqualTo("2.197·4 − 6.593");
    }

    @Test
    void probability() {
        // σ(2.195) = 1/(1 + e^−2.195) = 0.8997996…: written 0.900 by hand (the tutorial's 0.899 truncates)
        assertThat(reads("p[4]")).containsExactly("z[4]");
        assertThat(value("p[4]", ArithmeticMode.EXACT)).startsWith("0.8997996");
        assertThat(hand("p[4]", 3)).isEqualTo("0.900");
        assertThat(formula(QuantityKind.P)).isEqualTo("ŷᵢ = σ(zᵢ)");
        assertThat(computation("p[4]")).isEqualTo("σ(2.195)");
    }

    @Test
    void loss() {
        // label 1: −ln 0.900 = 0.10536…; label 0: −ln(1 − 0.100) = −ln 0.900 as well
        assertThat(reads("loss[4]")).containsExactly("p[4]");
        assertThat(hand("loss[4]", 3)).isEqualTo("0.105");
        assertThat(hand("loss[2]", 3)).isEqualTo("0.105");
        assertThat(formula(QuantityKind.LOSS)).isEqualTo("Lᵢ = −[yᵢ·ln(ŷᵢ) + (1 − yᵢ)·ln(1 − ŷᵢ)]");
        assertThat(computation("loss[4]")).isEqualTo("−ln(0.900)");
        assertThat(computation("loss[2]")).isEqualTo("−ln(1 − 0.100) = −ln(0.900)");
    }

    @Test
    void aProbabilityRoundedToCertaintyAgainstItsLabelHasAnInfiniteLoss() {
        Map<String, String> certain = new HashMap<>(HAND);
        certain.put("p[4]", "0.000");
        Outcome outcome = GRAPH.evaluate(id("loss[4]"), inputs(ArithmeticMode.HAND, certain));
        assertThat(outcome.infinite()).isTrue();
        assertThat(GRAPH.evaluate(id("sum_loss"), new InfiniteLoss(inputs(ArithmeticMode.HAND, HAND))).infinite()).isTrue();
    }

    @Test
    void error() {
        // ŷ₄ − y₄ = 0.900 − 1 = −0.100
        assertThat(reads("error[4]")).containsExactly("p[4]");
        assertThat(hand("error[4]", 3)).isEqualTo("-0.100");
        assertThat(formula(QuantityKind.ERROR)).isEqualTo("ŷᵢ − yᵢ");
        assertThat(computation("error[4]")).isEqualTo("0.900 − 1");
    }

    @Test
    void errorTimesFeature() {
        // (ŷ₄ − y₄)·x₄ = −0.100·4 = −0.400
        assertThat(reads("error_x[4]")).containsExactly("error[4]");
        assertThat(hand("error_x[4]", 3)).isEqualTo("-0.400");
        assertThat(formula(QuantityKind.ERROR_X)).isEqualTo("(ŷᵢ − yᵢ)·xᵢ");
        assertThat(computation("error_x[4]")).isEqualTo("−0.100·4");
    }

    @Test
    void sums() {
        // 0.012 + 0.105 + 0.693 + 0.105 + 0.012 = 0.927; 0.012 + 0.200 + 1.500 − 0.400 − 0.060 = 1.252
        assertThat(reads("sum_loss")).containsExactly("loss[1]", "loss[2]", "loss[3]", "loss[4]", "loss[5]");
        assertThat(hand("sum_loss", 3)).isEqualTo("0.927");
        assertThat(hand("sum_error", 3)).isEqualTo("0.500");
        assertThat(hand("sum_error_x", 3)).isEqualTo("1.252");
        assertThat(computation("sum_error_x")).isEqualTo("0.012 + 0.200 + 1.500 − 0.400 − 0.060");
    }

    @Test
    void cost() {
        // J = 0.927/5 = 0.1854
        assertThat(reads("cost")).containsExactly("sum_loss");
        assertThat(hand("cost", 4)).isEqualTo("0.1854");
        assertThat(formula(QuantityKind.COST)).isEqualTo("J = 1/n·Σᵢ₌₁ⁿ Lᵢ");
        assertThat(computation("cost")).isEqualTo("J = 0.927/5");
    }

    @Test
    void thePenaltyAddsToTheCostAndTheWeightGradientOnly() {
        // with λ = 0.5: J = 0.1854 + 0.5·2.197²/(2·5) = 0.1854 + 0.24134… ; ∂J/∂w = 0.2504 + 0.5·2.197/5 = 0.4701
        Inputs penalised = new Penalised(inputs(ArithmeticMode.HAND, HAND), new BigDecimal("0.5"));
        Arithmetic a = ArithmeticMode.HAND.arithmetic();
        assertThat(a.carry(GRAPH.evaluate(id("cost"), penalised).value(), 4).toBigDecimal()).isEqualByComparingTo("0.4267");
        assertThat(a.carry(GRAPH.evaluate(id("grad_w"), penalised).value(), 4).toBigDecimal()).isEqualByComparingTo("0.4701");
        assertThat(a.carry(GRAPH.evaluate(id("grad_b"), penalised).value(), 4).toBigDecimal()).isEqualByComparingTo("0.1000");
        StepShape shape = new StepShape(2, BATCH, 1, true, true, true);
        assertThat(GRAPH.inputs(QuantityId.of(2, QuantityKind.COST), shape).stream().map(Object::toString))
                .containsExactly("t2:sum_loss", "w_new[1]");
    }

    @Test
    void gradients() {
        // ∂J/∂w = 1.252/5 = 0.2504; ∂J/∂b = 0.500/5 = 0.1000
        assertThat(reads("grad_w")).containsExactly("sum_error_x");
        assertThat(hand("grad_w", 4)).isEqualTo("0.2504");
        assertThat(hand("grad_b", 4)).isEqualTo("0.1000");
        assertThat(formula(QuantityKind.GRAD_W)).isEqualTo("∂J/∂w = 1/n·Σᵢ₌₁ⁿ (ŷᵢ − yᵢ)·xᵢ");
        assertThat(computation("grad_w")).isEqualTo("∂J/∂w = 1.252/5");
        assertThat(computation("grad_b")).isEqualTo("∂J/∂b = 0.500/5");
    }

    @Test
    void updates() {
        // w := 2.197 − 0.1·0.2504 = 2.17196 → 2.172; b := −6.593 − 0.1·0.1000 = −6.603
        assertThat(reads("w_new")).containsExactly("grad_w");
        assertThat(GRAPH.inputs(QuantityId.ofFeature(2, QuantityKind.W_NEW, 1), new StepShape(2, BATCH, 1, true, true, false))
                .stream().map(Object::toString)).containsExactly("w_new[1]", "t2:grad_w[1]");
        assertThat(value("w_new", ArithmeticMode.HAND)).isEqualTo("2.17196");
        assertThat(hand("w_new", 3)).isEqualTo("2.172");
        assertThat(hand("b_new", 3)).isEqualTo("-6.603");
        assertThat(formula(QuantityKind.W_NEW)).isEqualTo("w := w − α·∂J/∂w");
        assertThat(computation("w_new")).isEqualTo("w := 2.197 − 0.1·0.2504");
    }

    @Test
    void boundary() {
        // x = −b/w = 6.593/2.197 = 3.00091… before; 6.603/2.172 = 3.04005… after
        assertThat(hand("boundary", 3)).isEqualTo("3.001");
        assertThat(hand("boundary_new", 3)).isEqualTo("3.040");
        assertThat(reads("boundary_new")).containsExactly("w_new", "b_new");
        assertThat(formula(QuantityKind.BOUNDARY)).isEqualTo("w·x + b = 0 ⟺ x = −b/w");
        assertThat(computation("boundary")).isEqualTo("x = −(−6.593)/2.197 = 6.593/2.197");
    }

    @Test
    void everyKindHasItsRuleAndItsSymbol() {
        for (QuantityKind kind : QuantityKind.values()) {
            Rule rule = GRAPH.rule(kind);
            assertThat(rule.kind()).isEqualTo(kind);
            assertThat(new LatexWriter().write(rule.formula(NOTATION))).isNotBlank();
        }
        assertThat(new UnicodeWriter().write(GRAPH.rule(QuantityKind.P).symbol(id("p[4]"), 1)))
                .isEqualTo(new UnicodeWriter().write(sym(Expr.Symbol.Y_HAT, "4")));
    }

    /** The same inputs with an L2 penalty. */
    private record Penalised(Inputs base, BigDecimal strength) implements Inputs {
        @Override public Arithmetic arithmetic() { return base.arithmetic(); }
        @Override public Quantity quantity(QuantityId id) { return base.quantity(id); }
        @Override public Num feature(int i, int j) { return base.feature(i, j); }
        @Override public int label(int i) { return base.label(i); }
        @Override public Num weight(int k, int j) { return base.weight(k, j); }
        @Override public Num bias(int k) { return base.bias(k); }
        @Override public Num learningRate() { return base.learningRate(); }
        @Override public Num lambda() { return base.arithmetic().given(strength); }
        @Override public List<Integer> batch() { return base.batch(); }
        @Override public int features() { return base.features(); }
    }

    /** The same inputs with the fourth loss infinite. */
    private record InfiniteLoss(Inputs base) implements Inputs {
        @Override public Arithmetic arithmetic() { return base.arithmetic(); }
        @Override public Quantity quantity(QuantityId id) {
            return id.equals(QuantityId.ofSample(1, QuantityKind.LOSS, 4)) ? Quantity.ofInfinite() : base.quantity(id);
        }
        @Override public Num feature(int i, int j) { return base.feature(i, j); }
        @Override public int label(int i) { return base.label(i); }
        @Override public Num weight(int k, int j) { return base.weight(k, j); }
        @Override public Num bias(int k) { return base.bias(k); }
        @Override public Num learningRate() { return base.learningRate(); }
        @Override public Num lambda() { return base.lambda(); }
        @Override public List<Integer> batch() { return base.batch(); }
        @Override public int features() { return base.features(); }
    }
}
