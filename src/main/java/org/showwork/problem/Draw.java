package org.showwork.problem;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * A template's tree, compiled: each node either stands as written or is drawn. Drawing walks the
 * tree in the file's order and asks the generator for exactly one {@code nextInt} per value drawn,
 * which is what makes a variant the same on every machine. Drawn values keep the template's line
 * and column, so that a message about one points into the template.
 */
sealed interface Draw {

    YamlNode draw(RandomGenerator random);

    /** A value as the template writes it. */
    record Fixed(YamlNode node) implements Draw {
        @Override public YamlNode draw(RandomGenerator random) {
            return node;
        }
    }

    /**
     * A number on the grid of {@code decimals} places from {@code low} to {@code high}, both
     * included, each equally likely: the grid's points are {@code first}, {@code first + 1}, …
     * units of 10^−decimals, {@code count} of them.
     */
    record Uniform(int decimals, long first, int count, int line, int column) implements Draw {
        @Override public YamlNode draw(RandomGenerator random) {
            BigDecimal value = BigDecimal.valueOf(first + random.nextInt(count), decimals);
            return new YamlNode.Scalar(value.toPlainString(),
                    decimals == 0 ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT, line, column);
        }
    }

    /** One of a list, each equally likely; an item may itself be drawn. */
    record Choice(List<Draw> items) implements Draw {
        public Choice {
            items = List.copyOf(items);
        }

        @Override public YamlNode draw(RandomGenerator random) {
            return items.get(random.nextInt(items.size())).draw(random);
        }
    }

    /** A mapping whose values are drawn, keys and order as written. */
    record InMapping(YamlNode.Mapping written, Map<String, Draw> values) implements Draw {
        @Override public YamlNode draw(RandomGenerator random) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            for (YamlNode.Entry e : written.entries().values()) {
                entries.put(e.key(), new YamlNode.Entry(e.key(), e.line(), e.column(), values.get(e.key()).draw(random)));
            }
            return new YamlNode.Mapping(entries, written.line(), written.column());
        }
    }

    /** A list whose items are drawn, in order. */
    record InSequence(YamlNode.Sequence written, List<Draw> items) implements Draw {
        public InSequence {
            items = List.copyOf(items);
        }

        @Override public YamlNode draw(RandomGenerator random) {
            List<YamlNode> drawn = new ArrayList<>(items.size());
            for (Draw item : items) {
                drawn.add(item.draw(random));
            }
            return new YamlNode.Sequence(drawn, written.line(), written.column());
        }
    }

    /** How a sample set's rows are ordered: as drawn, or by their features (the first first). */
    enum Order { AS_DRAWN, ASCENDING, DESCENDING }

    /**
     * {@code count} samples: every feature of sample 1, then of sample 2, …; then the rows put in
     * order; then one label per row, in order ({@code labels} holds one draw per row: the labels as
     * listed, or the same draw repeated). When the samples must be {@code distinct}, a row that
     * repeats an earlier one is drawn again at once.
     */
    record SampleSet(int count, List<Draw> features, List<Draw> labels, Order order, boolean distinct, int line,
            int column) implements Draw {

        /** Redraws of one row before a repeat is kept (for the distinct-samples constraint to reject). */
        static final int REDRAWS = 100;

        public SampleSet {
            features = List.copyOf(features);
            labels = List.copyOf(labels);
        }

        @Override public YamlNode draw(RandomGenerator random) {
            List<List<YamlNode>> rows = rows(random);
            if (order != Order.AS_DRAWN) {
                Comparator<List<YamlNode>> byFeatures = SampleSet::compareFeatures;
                rows.sort(order == Order.ASCENDING ? byFeatures : byFeatures.reversed());
            }
            List<YamlNode> samples = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                List<YamlNode> row = rows.get(i);
                row.add(labels.get(i).draw(random));
                samples.add(new YamlNode.Sequence(row, line, column));
            }
            return new YamlNode.Sequence(samples, line, column);
        }

        /** The rows of features, in the order drawn, without their labels. */
        private List<List<YamlNode>> rows(RandomGenerator random) {
            List<List<YamlNode>> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                List<YamlNode> row = row(random);
                // a repeat would be rejected whole; drawing the row again gives the same distribution, faster
                for (int again = 0; distinct && again < REDRAWS && repeats(row, rows); again++) {
                    row = row(random);
                }
                rows.add(row);
            }
            return rows;
        }

        private List<YamlNode> row(RandomGenerator random) {
            List<YamlNode> row = new ArrayList<>(features.size() + 1);
            for (Draw feature : features) {
                row.add(feature.draw(random));
            }
            return row;
        }

        private static boolean repeats(List<YamlNode> row, List<List<YamlNode>> earlier) {
            return earlier.stream().anyMatch(other -> compareFeatures(row, other) == 0);
        }

        /** Orders two rows of features by their numbers, the first feature first. */
        private static int compareFeatures(List<YamlNode> a, List<YamlNode> b) {
            for (int j = 0; j < a.size(); j++) {
                int c = number(a.get(j)).compareTo(number(b.get(j)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }

        /** A feature's value; the template reader has made sure that every feature of a sample set is a number. */
        static BigDecimal number(YamlNode node) {
            return new BigDecimal(((YamlNode.Scalar) node).text().strip().replace('\u2212', '-').replace("_", ""));
        }
    }
}
