package org.showwork.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads how gradient descent runs: {@code batch}, {@code shuffle_seed}, {@code l2}, {@code until}
 * and {@code show}.
 */
final class ScheduleReader {

    /** Without a {@code show:} key, runs this long show every update; longer ones the first two and the last. */
    static final int SHOW_ALL_UP_TO = 10;

    /** The cap on updates when {@code until:} names no max_iterations and the file no iterations. */
    static final int DEFAULT_MAX_ITERATIONS = 10_000;

    private final ProblemValues values;
    private final Map<String, YamlNode.Entry> keys;

    ScheduleReader(ProblemValues values, Map<String, YamlNode.Entry> keys) {
        this.values = values;
        this.keys = keys;
    }

    /** The schedule of a run of {@code iterations} updates (the most, with a stop rule) over {@code n} samples. */
    Schedule read(int n, int iterations, boolean featuresKnown) throws ProblemException {
        int batchSize = keys.containsKey("batch") ? batch(keys.get("batch"), n) : 0;
        OptionalLong seed = keys.containsKey("shuffle_seed") ? OptionalLong.of(seed(keys.get("shuffle_seed")))
                : OptionalLong.empty();
        BigDecimal l2 = keys.containsKey("l2") ? l2(keys.get("l2"), featuresKnown) : BigDecimal.ZERO;
        Optional<Schedule.StopRule> until = keys.containsKey("until")
                ? Optional.of(until(keys.get("until"), keys.containsKey("iterations") ? iterations : DEFAULT_MAX_ITERATIONS))
                : Optional.empty();
        int planned = until.map(Schedule.StopRule::maxIterations).orElse(iterations);
        Schedule.Show show = planned <= SHOW_ALL_UP_TO ? Schedule.Show.ALL : new Schedule.Show(false, List.of(1, 2));
        if (keys.containsKey("show")) {
            show = show(keys.get("show"), planned);
        }
        return new Schedule(batchSize, seed, l2, until, show);
    }

    /** Samples per update: 0 for all of them (full), 1 for sgd, or a mini-batch size. */
    private int batch(YamlNode.Entry entry, int n) throws ProblemException {
        String text = entry.value() instanceof YamlNode.Scalar sc ? sc.text().strip() : "";
        if (text.equals("full")) {
            return 0;
        }
        if (text.equals("sgd")) {
            return 1;
        }
        if (!text.matches("\\d+")) {
            throw values.at(entry, "batch is 'full', 'sgd' (one sample per update) or a mini-batch size such as 2, not '"
                    + text + "'");
        }
        int batchSize = values.integer(entry, 1, Integer.MAX_VALUE);
        if (batchSize > n) {
            throw values.at(entry, "batch: " + batchSize + " is more than the " + n + " samples; a batch of all of "
                    + "them is 'batch: full'");
        }
        return batchSize == n ? 0 : batchSize; // a batch of every sample is full-batch descent
    }

    private long seed(YamlNode.Entry entry) throws ProblemException {
        BigDecimal value = values.number(entry.value(), "shuffle_seed");
        if (value.stripTrailingZeros().scale() > 0 || value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            throw values.at(entry, "shuffle_seed must be a whole number, got " + value.toPlainString());
        }
        return value.longValueExact();
    }

    private BigDecimal l2(YamlNode.Entry entry, boolean featuresKnown) throws ProblemException {
        BigDecimal l2 = values.number(entry.value(), "l2");
        if (l2.signum() < 0) {
            throw values.at(entry, "l2 (the penalty's λ) must not be negative, got " + l2.toPlainString());
        }
        if (l2.signum() > 0 && !featuresKnown) {
            throw values.at(entry, "l2 penalises the weights, and with labels only there are none");
        }
        return l2;
    }

    /** The stop rule: a gradient length to stop below, and at most {@code max} updates unless it says otherwise. */
    private Schedule.StopRule until(YamlNode.Entry entry, int max) throws ProblemException {
        if (!(entry.value() instanceof YamlNode.Mapping m)) {
            throw values.at(entry, "until is a mapping, e.g. {gradient_norm: 1e-6, max_iterations: 1000}");
        }
        BigDecimal norm = null;
        for (YamlNode.Entry e : m.entries().values()) {
            switch (e.key()) {
                case "gradient_norm" -> norm = gradientNorm(e);
                case "max_iterations" -> max = values.integer(e.value(), "until.max_iterations", 1, 100_000_000);
                default -> throw ProblemException.at(values.file(), e.line(), e.column(), "until." + e.key(),
                        "unknown key '" + e.key() + "' in until; it takes gradient_norm and max_iterations");
            }
        }
        if (norm == null) {
            throw values.at(entry, "until needs gradient_norm: the length of the gradient below which to stop");
        }
        return new Schedule.StopRule(norm, max);
    }

    private BigDecimal gradientNorm(YamlNode.Entry e) throws ProblemException {
        BigDecimal norm = values.number(e.value(), "until.gradient_norm");
        if (norm.signum() <= 0) {
            throw ProblemException.at(values.file(), e.line(), e.column(), "until.gradient_norm",
                    "gradient_norm must be positive, got " + norm.toPlainString());
        }
        return norm;
    }

    private Schedule.Show show(YamlNode.Entry entry, int planned) throws ProblemException {
        List<Integer> numbers = new ArrayList<>();
        boolean all = false;
        for (YamlNode item : ProblemValues.items(entry.value())) {
            String text = item instanceof YamlNode.Scalar sc ? sc.text().strip() : "";
            if (text.equals("all")) {
                all = true;
            } else if (!text.equals("last")) { // the last update is always shown
                int number = values.integer(item, "show", 1, Integer.MAX_VALUE);
                if (number > planned) {
                    throw values.error(item, "show", "there is no update " + number + " to show: the run has "
                            + (planned == 1 ? "one update" : planned + " updates at most"));
                }
                numbers.add(number);
            }
        }
        return new Schedule.Show(all, numbers);
    }
}
