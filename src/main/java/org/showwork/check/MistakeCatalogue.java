package org.showwork.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Which alternative rules can explain a wrong value of each kind, in the order they are tried (the
 * first that reproduces the value names the mistake); inputs rounded early are tried last, for
 * every kind.
 */
final class MistakeCatalogue {
    private MistakeCatalogue() {}

    private static final AlternativeRule ERROR_SIGN = new ErrorSignRule();
    private static final AlternativeRule LOG_BASE_10 = new LogBase10Rule();
    private static final AlternativeRule SUM_NOT_AVERAGE = new DivisorRule(Mistake.SUM_NOT_AVERAGE);
    private static final AlternativeRule WRONG_COUNT = new DivisorRule(Mistake.WRONG_COUNT);
    private static final AlternativeRule ADDED_GRADIENT = new StepRule(Mistake.ADDED_GRADIENT);
    private static final AlternativeRule NO_LEARNING_RATE = new StepRule(Mistake.NO_LEARNING_RATE);
    private static final AlternativeRule Z_FOR_P = new ScoreForProbabilityRule();
    private static final AlternativeRule FORGOT_X = new ForgotFeatureRule();
    private static final AlternativeRule SWAPPED_W_B = new SwappedParametersRule();
    private static final AlternativeRule ROUNDED_EARLY = new RoundedEarlyRule();
    private static final AlternativeRule SIGMOID_FOR_SOFTMAX = new SoftmaxMistakeRule(Mistake.SIGMOID_FOR_SOFTMAX);
    private static final AlternativeRule WRONG_NORMALISER = new SoftmaxMistakeRule(Mistake.WRONG_NORMALISER);

    private static final Map<QuantityKind, List<AlternativeRule>> BY_KIND = new EnumMap<>(Map.ofEntries(
            Map.entry(QuantityKind.Z, List.of(SWAPPED_W_B)),
            Map.entry(QuantityKind.P, List.of(Z_FOR_P, SIGMOID_FOR_SOFTMAX, WRONG_NORMALISER)),
            Map.entry(QuantityKind.LOSS, List.of(LOG_BASE_10)),
            Map.entry(QuantityKind.ERROR, List.of(ERROR_SIGN, Z_FOR_P)),
            Map.entry(QuantityKind.ERROR_X, List.of(ERROR_SIGN, FORGOT_X)),
            Map.entry(QuantityKind.SUM_LOSS, List.of(LOG_BASE_10)),
            Map.entry(QuantityKind.SUM_ERROR, List.of(ERROR_SIGN)),
            Map.entry(QuantityKind.SUM_ERROR_X, List.of(ERROR_SIGN, FORGOT_X)),
            Map.entry(QuantityKind.COST, List.of(SUM_NOT_AVERAGE, WRONG_COUNT, LOG_BASE_10)),
            Map.entry(QuantityKind.GRAD_W, List.of(SUM_NOT_AVERAGE, WRONG_COUNT, ERROR_SIGN, FORGOT_X)),
            Map.entry(QuantityKind.GRAD_B, List.of(SUM_NOT_AVERAGE, WRONG_COUNT, ERROR_SIGN)),
            Map.entry(QuantityKind.W_NEW, List.of(ADDED_GRADIENT, NO_LEARNING_RATE, SWAPPED_W_B)),
            Map.entry(QuantityKind.B_NEW, List.of(ADDED_GRADIENT, NO_LEARNING_RATE, SWAPPED_W_B)),
            Map.entry(QuantityKind.BOUNDARY, List.of(SWAPPED_W_B)),
            Map.entry(QuantityKind.BOUNDARY_NEW, List.of(SWAPPED_W_B))));

    /** The quantity as each alternative rule for its kind computes it, in the catalogue's order. */
    static List<Recomputation.Candidate> candidates(QuantityId id, StudentInputs in, Recomputation graph) {
        List<Recomputation.Candidate> out = new ArrayList<>();
        for (AlternativeRule rule : BY_KIND.getOrDefault(id.kind(), List.of())) {
            out.addAll(safely(rule, id, in, graph));
        }
        out.addAll(safely(ROUNDED_EARLY, id, in, graph));
        return out;
    }

    private static List<Recomputation.Candidate> safely(AlternativeRule rule, QuantityId id, StudentInputs in,
            Recomputation graph) {
        try {
            return rule.candidates(id, in, graph);
        } catch (ArithmeticException | IllegalArgumentException e) {
            return List.of(); // a mistaken computation that leaves the domain names no mistake
        }
    }
}
