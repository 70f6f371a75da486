package org.showwork.render.view;

import org.showwork.formula.Expr;

import java.util.List;
import java.util.Set;
import org.showwork.derive.Trace;
import org.showwork.derive.graph.DerivationGraph;
import org.showwork.derive.graph.Notation;
import org.showwork.derive.graph.Rule;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Schedule;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * What every section of a derivation's layout shares: the trace, the blanks of a worksheet (none in
 * a worked derivation), the blocks laid out so far, and the words that depend on the schedule
 * ("step" or "update", n or m).
 */
record DerivationContext(Trace trace, Set<QuantityId> blanks, boolean worksheet, List<Block> blocks) {

    Problem problem() {
        return trace.problem();
    }

    int d() {
        return problem().featureCount();
    }

    Schedule schedule() {
        return problem().schedule();
    }

    boolean penalised() {
        return schedule().l2().signum() != 0;
    }

    boolean fullBatch() {
        return schedule().fullBatchOnly();
    }

    boolean hand() {
        return trace.provenance().arithmetic() == ArithmeticMode.HAND;
    }

    /** What one pass of the loop is called: a step of (full-batch) gradient descent, or an update. */
    String unit() {
        return fullBatch() ? "step" : "update";
    }

    Notation notation() {
        return new Notation(d(), fullBatch(), penalised(), trace.problem().classCount());
    }

    Rule rule(QuantityKind kind) {
        return DerivationGraph.of(trace.problem().classCount()).rule(kind);
    }

    /** The general formula of a kind of quantity, as its rule writes it in this problem's notation. */
    Expr formula(QuantityKind kind) {
        return rule(kind).formula(notation());
    }

    static String steps(int n) {
        return n == 1 ? "one step" : n + " steps";
    }

    static String updates(int n) {
        return n == 1 ? "one update" : n + " updates";
    }

    String stepsTaken() {
        return fullBatch() ? steps(trace.updates()) : updates(trace.updates());
    }

    String afterSteps() {
        return "after " + stepsTaken();
    }
}
