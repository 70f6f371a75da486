package org.showwork.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.showwork.derive.Trace;
import org.showwork.derive.Tracer;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.problem.Problem;
import org.showwork.problem.Sample;
import org.showwork.quantity.DecimalPlaces;

/**
 * Times an exact trace of a large problem (10,000 samples × 10 features × 10 steps by default)
 * and measures the heap the trace holds, at two sizes, to show that memory grows linearly with
 * samples × features. Run by {@code scripts/bench}; not a unit test, because timings are not
 * something a test should assert.
 */
public final class TraceBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Problem problem = problem(n, d, steps, 1);
        for (int warm = 0; warm < 3; warm++) {
            Tracer.trace(problem);
        }
        long[] times = new long[5];
        for (int k = 0; k < times.length; k++) {
            long start = System.nanoTime();
            Trace trace = Tracer.trace(problem);
            times[k] = System.nanoTime() - start;
            if (trace.iterations().size() != steps) {
                throw new AssertionError("the trace lost steps");
            }
        }
        java.util.Arrays.sort(times);
        System.out.printf("exact trace %d samples × %d features × %d steps: median %.0f ms (min %.0f, max %.0f)%n",
                n, d, steps, times[2] / 1e6, times[0] / 1e6, times[4] / 1e6);
        longRun();
        long first = retained(problem(n, d, steps, 2));
        long twice = retained(problem(2 * n, d, steps, 3));
        System.out.printf("heap held by the trace: %.1f MB for %d samples, %.1f MB for %d (ratio %.2f; %.0f bytes per sample·feature·step)%n",
                first / 1e6, n, twice / 1e6, 2 * n, (double) twice / first, (double) first / ((double) n * d * steps));
    }

    /**
     * 1,000 full-batch updates on 100,000 × 10 with no tables but the first and the last update:
     * the unshown updates run on plain doubles, so the time per update is compared with the bytes
     * of features each update reads.
     */
    private static void longRun() {
        int n = 100_000;
        int d = 10;
        int updates = 1_000;
        Problem base = problem(n, d, updates, 4);
        Problem problem = new Problem(base.source(), base.title(), base.featureNames(), base.samples(), true,
                base.weights(), base.bias(), base.learningRate(), updates, ArithmeticMode.EXACT, base.decimals(),
                Map.of(), new org.showwork.problem.Schedule(0, java.util.OptionalLong.empty(), BigDecimal.ZERO,
                        java.util.Optional.empty(), new org.showwork.problem.Schedule.Show(false, List.of())));
        Tracer.trace(problem); // warm-up
        long start = System.nanoTime();
        Trace trace = Tracer.trace(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = (long) n * d * Double.BYTES + (long) n * Integer.BYTES;
        double perUpdate = seconds / updates;
        System.out.printf("%d updates on %d × %d, tables for the first and last only: %.2f s, %.2f ms per update; "
                + "each update reads %.1f MB of features and labels: %.2f GB/s%n", trace.updates(), n, d, seconds,
                perUpdate * 1e3, bytes / 1e6, bytes / perUpdate / 1e9);
    }

    /** Heap in use while a trace of the problem is alive, minus the heap before it was made. */
    private static long retained(Problem problem) {
        long before = used();
        Trace trace = Tracer.trace(problem);
        long after = used();
        if (trace.iterations().isEmpty()) {
            throw new AssertionError();
        }
        return after - before;
    }

    private static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    static Problem problem(int n, int d, int steps, long seed) {
        Random random = new Random(seed);
        List<Sample> samples = new ArrayList<>(n);
        List<String> names = new ArrayList<>();
        List<BigDecimal> weights = new ArrayList<>();
        for (int j = 1; j <= d; j++) {
            names.add("x" + j);
            weights.add(BigDecimal.ZERO);
        }
        for (int i = 0; i < n; i++) {
            List<BigDecimal> x = new ArrayList<>(d);
            double score = 0;
            for (int j = 0; j < d; j++) {
                double v = Math.round(random.nextGaussian() * 1000) / 1000.0;
                x.add(BigDecimal.valueOf(v));
                score += v;
            }
            samples.add(new Sample(x, score + random.nextGaussian() > 0 ? 1 : 0));
        }
        return new Problem("benchmark", "benchmark", names, samples, true, weights, BigDecimal.ZERO,
                new BigDecimal("0.1"), steps, ArithmeticMode.EXACT, DecimalPlaces.uniform(4), Map.of());
    }
}
