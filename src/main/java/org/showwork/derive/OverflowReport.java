package org.showwork.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.showwork.numeric.Num;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemInput;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Says why a quantity overflowed: of the problem's inputs it is computed from (the features it
 * multiplies, the weights, the bias, λ, the learning rate, given values), the one largest in size
 * is named as its cause, with the learning rate beside it for an update. Only builds messages;
 * the tracer decides when a value is too large.
 */
final class OverflowReport {

    /** The largest double, as a decimal: beyond it a value cannot be carried. */
    private static final BigDecimal LARGEST = new BigDecimal(Double.MAX_VALUE);

    /** An input this large is named beside the largest: two of them multiplied can overflow. */
    private static final BigDecimal LARGE = new BigDecimal("1e100");

    private record Candidate(ProblemInput input, BigDecimal value) {}

    private OverflowReport() {}

    /** The overflow of quantity {@code id} of {@code problem}, naming the input it came from. */
    static ArithmeticOverflow of(Problem problem, QuantityId id) {
        List<Candidate> candidates = candidates(problem, id);
        List<Candidate> largest = candidates.stream().filter(c -> c.value().signum() != 0)
                .sorted(Comparator.comparing((Candidate c) -> c.value().abs()).reversed()).toList();
        Candidate cause = largest.isEmpty() ? new Candidate(ProblemInput.key("learning_rate"), problem.learningRate())
                : largest.get(0);
        StringBuilder what = new StringBuilder(id.toString(problem.featureCount()))
                .append(" comes out larger than about 1.8e308, beyond what showwork can compute with");
        if (id.iteration() > 1) {
            what.append(" (in step ").append(id.iteration()).append(": the parameters grew in the steps before it)");
        }
        what.append(". It comes from ").append(cause.input().where()).append(" = ").append(written(cause.value()));
        if (largest.size() > 1 && largest.get(1).value().abs().compareTo(LARGE) >= 0) {
            // a product of two large inputs (w·x) overflows where neither alone would
            what.append(" and ").append(largest.get(1).input().where()).append(" = ").append(written(largest.get(1).value()));
        }
        boolean update = id.kind() == QuantityKind.W_NEW || id.kind() == QuantityKind.B_NEW || id.iteration() > 1;
        if (update && !cause.input().where().equals("learning_rate")) {
            what.append(", with learning_rate = ").append(written(problem.learningRate()));
        }
        what.append("; scale the features down, start from smaller weights, or lower the learning rate");
        return new ArithmeticOverflow(problem.source(), cause.input(), what.toString());
    }


    /** Whether a value, exact or by hand, is beyond what a double holds. */
    static boolean beyondRange(Num value) {
        return !Double.isFinite(value.toDouble());
    }

    private static List<Candidate> candidates(Problem problem, QuantityId id) {
        List<Candidate> out = new ArrayList<>();
        QuantityKind kind = id.kind();
        int d = problem.featureCount();
        boolean scoreBased = kind == QuantityKind.Z || kind == QuantityKind.P || kind == QuantityKind.LOSS
                || kind == QuantityKind.SUM_LOSS || kind == QuantityKind.COST || id.iteration() > 1;
        boolean featureBased = kind == QuantityKind.ERROR_X || kind == QuantityKind.SUM_ERROR_X
                || kind == QuantityKind.GRAD_W || kind == QuantityKind.W_NEW;
        if (problem.featuresKnown()) {
            features(problem, id, scoreBased, featureBased, out);
        }
        if (scoreBased || kind == QuantityKind.B_NEW) {
            out.add(new Candidate(ProblemInput.key("bias"), problem.bias()));
        }
        if (kind == QuantityKind.COST || kind == QuantityKind.GRAD_W || kind == QuantityKind.W_NEW || id.iteration() > 1) {
            out.add(new Candidate(ProblemInput.key("l2"), problem.schedule().l2()));
        }
        if (kind == QuantityKind.W_NEW || kind == QuantityKind.B_NEW || id.iteration() > 1) {
            out.add(new Candidate(ProblemInput.key("learning_rate"), problem.learningRate()));
        }
        for (Map.Entry<QuantityId, BigDecimal> given : problem.given().entrySet()) {
            if (given.getKey().iteration() <= id.iteration()) {
                out.add(new Candidate(ProblemInput.given(given.getKey(), d), given.getValue()));
            }
        }
        return out;
    }

    /** The features and starting weights a quantity is computed from. */
    private static void features(Problem problem, QuantityId id, boolean scoreBased, boolean featureBased,
            List<Candidate> out) {
        QuantityKind kind = id.kind();
        int d = problem.featureCount();
        for (int i = 1; i <= problem.sampleCount(); i++) {
            if (kind.perSample() && id.sample() != i && id.iteration() == 1) {
                continue;
            }
            for (int j = 1; j <= d; j++) {
                if (scoreBased || (featureBased && (id.feature() == j || !kind.perFeature()))) {
                    out.add(new Candidate(ProblemInput.feature(i, j), problem.samples().get(i - 1).x().get(j - 1)));
                }
            }
        }
        for (int j = 1; j <= d; j++) {
            if (scoreBased || (featureBased && id.feature() == j)) {
                out.add(new Candidate(ProblemInput.weight(j), problem.weights().get(j - 1)));
            }
        }
    }

    /** A number as a person writes it: 1e200 rather than two hundred zeros. */
    private static String written(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        boolean extreme = plain.abs().compareTo(BigDecimal.valueOf(1_000_000)) >= 0
                || (plain.signum() != 0 && plain.abs().compareTo(new BigDecimal("0.0001")) < 0);
        return extreme ? plain.toString().replace("E+", "e").replace("E", "e") : plain.toPlainString();
    }
}
