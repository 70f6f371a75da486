package org.showwork.quantity;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable name of one quantity, e.g. {@code p[4]}, {@code error_x[2,1]} or {@code t2:grad_b}:
 * iteration 1 has no prefix; indices are 1-based, and the feature index may be left out when
 * there is one feature. {@code sample} and {@code feature} are 0 where the kind has no such index.
 */
public record QuantityId(int iteration, QuantityKind kind, int sample, int feature) {

    private static final Pattern SYNTAX =
            Pattern.compile("(?:t(\\d+):)?([a-z_]+)(?:\\[(\\d+)(?:,\\s*(\\d+))?])?");

    public QuantityId {
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be at least 1");
        }
    }

    public static QuantityId of(int iteration, QuantityKind kind) {
        return new QuantityId(iteration, kind, 0, 0);
    }

    public static QuantityId ofSample(int iteration, QuantityKind kind, int sample) {
        return new QuantityId(iteration, kind, sample, 0);
    }

    public static QuantityId ofFeature(int iteration, QuantityKind kind, int feature) {
        return new QuantityId(iteration, kind, 0, feature);
    }

    /**
     * Reads an id as people write it. With one feature, {@code error_x[3]} and {@code grad_w}
     * mean feature 1; with several, the feature index is required.
     *
     * @return empty when the text is not an id of a known kind with the right indices
     */
    public static Optional<QuantityId> parse(String text, int featureCount) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<QuantityKind> kind = QuantityKind.byId(m.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int iteration;
        Integer first;
        Integer second;
        try {
            iteration = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            first = m.group(3) == null ? null : Integer.valueOf(m.group(3));
            second = m.group(4) == null ? null : Integer.valueOf(m.group(4));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an index beyond int: no such quantity
        }
        if (iteration < 1) {
            return Optional.empty(); // steps are numbered from 1 (t0: is not a step)
        }
        int implicitFeature = featureCount == 1 ? 1 : 0;
        return switch (kind.get().indices()) {
            case NONE -> first == null ? Optional.of(of(iteration, kind.get())) : Optional.empty();
            case SAMPLE -> first != null && second == null
                    ? Optional.of(ofSample(iteration, kind.get(), first)) : Optional.empty();
            case FEATURE -> {
                if (second != null) {
                    yield Optional.empty();
                }
                int feature = first == null ? implicitFeature : first;
                yield feature > 0 ? Optional.of(ofFeature(iteration, kind.get(), feature)) : Optional.empty();
            }
            case SAMPLE_FEATURE -> {
                if (first == null) {
                    yield Optional.empty();
                }
                int feature = second == null ? implicitFeature : second;
                yield feature > 0 ? Optional.of(new QuantityId(iteration, kind.get(), first, feature)) : Optional.empty();
            }
        };
    }

    /** The same quantity in another iteration. */
    public QuantityId inIteration(int otherIteration) {
        return new QuantityId(otherIteration, kind, sample, feature);
    }

    /** The canonical spelling, with the feature index always written for per-feature kinds. */
    @Override
    public String toString() {
        return format(false);
    }

    /** The spelling with the feature index left out, as allowed when there is one feature. */
    public String toString(int featureCount) {
        return format(featureCount == 1);
    }

    private String format(boolean omitSingleFeature) {
        StringBuilder s = new StringBuilder();
        if (iteration > 1) {
            s.append('t').append(iteration).append(':');
        }
        s.append(kind.id());
        switch (kind.indices()) {
            case NONE -> { }
            case SAMPLE -> s.append('[').append(sample).append(']');
            case FEATURE -> {
                if (!omitSingleFeature) {
                    s.append('[').append(feature).append(']');
                }
            }
            case SAMPLE_FEATURE -> {
                s.append('[').append(sample);
                if (!omitSingleFeature) {
                    s.append(',').append(feature);
                }
                s.append(']');
            }
        }
        return s.toString();
    }
}
