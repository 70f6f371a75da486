package org.showwork.bench;

import java.util.Arrays;
import java.util.Locale;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.problem.Problem;
import org.showwork.problem.ProblemReader;

/**
 * Hand arithmetic against exact arithmetic, per update: the tutorial's five points worked for
 * 20,000 updates with only the first and the last shown by hand (every value rounded to its
 * places and carried, and the exact run beside it for the drift notes, as {@code showwork derive}
 * does), and 200,000 exactly (unshown updates on plain doubles), interleaved, medians of 11. The goal is a hand run at most 20
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
        // ten times the updates exactly, so that its run too lasts long enough to time on a busy machine
        int exactUpdates = 10 * updates;
        Problem hand = ProblemReader.read(String.format(Locale.ROOT, PROBLEM, updates, "hand"), "hand.yaml");
        Problem exact = ProblemReader.read(String.format(Locale.ROOT, PROBLEM, exactUpdates, "exact"), "exact.yaml");
        // interleaved, after a warm-up of each, so that a busy machine slows both alike
        for (int warm = 0; warm < 3; warm++) {
            Tracer.trace(hand);
            Tracer.trace(exact);
        }
        double[] handSeconds = new double[11];
        double[] exactSeconds = new double[11];
        for (int k = 0; k < handSeconds.length; k++) {
            handSeconds[k] = time(hand, updates);
            exactSeconds[k] = time(exact, exactUpdates);
        }
        double handPerUpdate = median(handSeconds) / updates;
        double exactPerUpdate = median(exactSeconds) / exactUpdates;
        double ratio = handPerUpdate / exactPerUpdate;
        System.out.printf(Locale.ROOT, "the tutorial's five points, first and last update shown: by hand %.1f µs per update "
                + "(%,d updates), exactly %.2f µs (%,d updates; medians of %d)%n", handPerUpdate * 1e6, updates,
                exactPerUpdate * 1e6, exactUpdates, handSeconds.length);
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
