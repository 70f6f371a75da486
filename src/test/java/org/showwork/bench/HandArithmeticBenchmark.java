package org.showwork.bench;

import java.util.Arrays;
import java.util.Locale;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;

/**
 * Hand arithmetic against exact arithmetic, per update: the tutorial's five points worked for
 * 20,000 updates with only the first and the last shown, once by hand (every value rounded to its
 * places and carried, and the exact run beside it for the drift notes, as {@code showwork derive}
 * does) and once exactly (unshown updates on plain doubles). The goal is a hand run at most 20
 * times as slow per update. Run by {@code scripts/bench}.
 */
public final class HandArithmeticBenchmark {

    private static final String PROBLEM = """
            title: "A long run"
            features: [x]
            samples:
              - [1, 0]
              - [2, 0]
              - [3, 0]
              - [4, 1]
              - [5, 1]
            weights: [2.197]
            bias: -6.593
            learning_rate: 0.1
            iterations: %d
            show: [1, last]
            arithmetic: %s
            decimals: 3
            decimals_for: {grad_w: 4, grad_b: 4, cost: 4}
            """;

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Problem hand = ProblemReader.read(String.format(Locale.ROOT, PROBLEM, updates, "hand"), "hand.yaml");
        Problem exact = ProblemReader.read(String.format(Locale.ROOT, PROBLEM, updates, "exact"), "exact.yaml");
        // interleaved, after a warm-up of each, so that a busy machine slows both alike
        for (int warm = 0; warm < 3; warm++) {
            Tracer.trace(hand);
            Tracer.trace(exact);
        }
        double[] handSeconds = new double[7];
        double[] exactSeconds = new double[7];
        for (int k = 0; k < handSeconds.length; k++) {
            handSeconds[k] = time(hand, updates);
            exactSeconds[k] = time(exact, updates);
        }
        double handPerUpdate = median(handSeconds) / updates;
        double exactPerUpdate = median(exactSeconds) / updates;
        double ratio = handPerUpdate / exactPerUpdate;
        System.out.printf(Locale.ROOT, "the tutorial's five points, %,d updates (first and last shown): by hand %.1f µs per update, "
                + "exactly %.2f µs (medians of %d)%n", updates, handPerUpdate * 1e6, exactPerUpdate * 1e6, handSeconds.length);
        System.out.println(String.format(Locale.ROOT, "%-44s %7.1f x   goal <= 20 x   %s", "hand arithmetic per update, against exact",
                ratio, ratio <= 20 ? "met" : "MISSED"));
    }

    private static double time(Problem problem, int updates) {
        long start = System.nanoTime();
        Trace trace = Tracer.trace(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (trace.updates() != updates) {
            throw new AssertionError("the run stopped after " + trace.updates() + " updates");
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
