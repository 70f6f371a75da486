package org.showwork.check;

import java.util.ArrayList;
import java.util.List;
import org.showwork.derive.graph.SoftmaxRule;
import org.showwork.numeric.Arithmetic;
import org.showwork.numeric.Num;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Mistakes in a softmax model's probabilities, from the student's own scores: the sigmoid σ(zᵢₖ) of
 * the class's score alone, as for two classes; or the right numerator over the wrong sum — the
 * other classes' exponentials only, or the scores without exponentials. Forgetting to subtract the
 * largest score is no mistake: it changes nothing but the risk of overflow.
 */
record SoftmaxMistakeRule(Mistake mistake) implements AlternativeRule {

    @Override
    public List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        if (id.kind() != QuantityKind.P || id.classIndex() == 0) {
            return List.of();
        }
        List<Num> z = new ArrayList<>();
        for (int c = 1; c <= in.classes(); c++) {
            Num score = in.value(new QuantityId(id.iteration(), QuantityKind.Z, id.sample(), 0, c));
            if (score == null) {
                return List.of();
            }
            z.add(score);
        }
        Arithmetic a = in.arithmetic();
        Num own = z.get(id.classIndex() - 1);
        if (mistake == Mistake.SIGMOID_FOR_SOFTMAX) {
            return candidate("", graph.carry(id, a.sigmoid(own)));
        }
        List<Recomputation.Candidate> out = new ArrayList<>(candidate("only the other classes' e^z in the sum",
                graph.carry(id, others(a, z, id.classIndex()))));
        Num scores = null;
        for (Num score : z) {
            scores = scores == null ? score : a.add(scores, score);
        }
        if (scores.signum() != 0) {
            out.addAll(candidate("the scores divided by their sum, without e", graph.carry(id, a.divide(own, scores))));
        }
        return out;
    }

    /** e^{z_k} over the sum of the other classes' exponentials, the largest score subtracted from all. */
    private static Num others(Arithmetic a, List<Num> z, int k) {
        Num largest = SoftmaxRule.largest(z);
        Num total = null;
        for (int c = 1; c <= z.size(); c++) {
            if (c != k) {
                Num e = a.exp(a.subtract(z.get(c - 1), largest));
                total = total == null ? e : a.add(total, e);
            }
        }
        return a.divide(a.exp(a.subtract(z.get(k - 1), largest)), total);
    }
}
