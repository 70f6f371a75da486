package org.showwork.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable name of one quantity, e.g. {@code p[4]}, {@code error_x[2,1]} or {@code t2:grad_b}:
 * iteration 1 has no prefix; indices are 1-based, and the feature index may be left out when
 * there is one feature. A softmax model adds a class index k after the sample's: {@code p[4,2]},
 * {@code error_x[2,3,1]}, {@code grad_w[3,1]}, {@code b_new[2]}. {@code sample}, {@code feature}
 * and {@code classIndex} are 0 where the id has no such index (the binary model has no class).
 */
public record QuantityId(int iteration, QuantityKind kind, int sample, int feature, int classIndex) {

    private static final Pattern SYNTAX =
            Pattern.compile("(?:t(\\d+):)?([a-z_]+)(?:\\[(\\d+)(?:,\\s*(\\d+))?(?:,\\s*(\\d+))?])?");

    public QuantityId {
        if (iteration < 1) {
            throw new IllegalArgumentException("iteration must be at least 1");
        }
    }

    /** An id of the binary model: no class index. */
    public QuantityId(int iteration, QuantityKind kind, int sample, int feature) {
        this(iteration, kind, sample, feature, 0);
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

    /** The same quantity for class k (1-based; 0 for the binary model). */
    public QuantityId inClass(int k) {
        return new QuantityId(iteration, kind, sample, feature, k);
    }

    /** Reads an id of the binary model (see {@link #parse(String, int, int)}). */
    public static Optional<QuantityId> parse(String text, int featureCount) {
        return parse(text, featureCount, 0);
    }

    /**
     * Reads an id as people write it. With one feature, {@code error_x[3]} and {@code grad_w}
     * mean feature 1; with several, the feature index is required. With {@code classes} K > 0 (a
     * softmax model) the kinds that have one quantity per class need the class index.
     *
     * @return empty when the text is not an id of a known kind with the right indices
     */
    public static Optional<QuantityId> parse(String text, int featureCount, int classes) {
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<QuantityKind> kind = QuantityKind.byId(m.group(2));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int iteration;
        List<Integer> numbers = new ArrayList<>();
        try {
            iteration = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
            for (int g = 3; g <= 5; g++) {
                if (m.group(g) != null) {
                    numbers.add(Integer.valueOf(m.group(g)));
                }
            }
        } catch (NumberFormatException e) {
            return Optional.empty(); // an index beyond int: no such quantity
        }
        if (iteration < 1) {
            return Optional.empty(); // steps are numbered from 1 (t0: is not a step)
        }
        return indexed(iteration, kind.get(), numbers, featureCount, classes > 0 && kind.get().perClass());
    }

    /** The id from its written indices in order: sample, class, feature (each where the kind has it). */
    private static Optional<QuantityId> indexed(int iteration, QuantityKind kind, List<Integer> numbers, int featureCount,
            boolean withClass) {
        int sampleCount = kind.perSample() ? 1 : 0;
        int classCount = withClass ? 1 : 0;
        int written = sampleCount + classCount + (kind.perFeature() ? 1 : 0);
        boolean featureLeftOut = kind.perFeature() && featureCount == 1 && numbers.size() == written - 1;
        if (numbers.size() != written && !featureLeftOut) {
            return Optional.empty();
        }
        int sample = kind.perSample() ? numbers.get(0) : 0;
        int k = withClass ? numbers.get(sampleCount) : 0;
        int feature = !kind.perFeature() ? 0 : featureLeftOut ? 1 : numbers.get(sampleCount + classCount);
        if (kind.perFeature() && feature < 1 || withClass && k < 1) {
            return Optional.empty();
        }
        return Optional.of(new QuantityId(iteration, kind, sample, feature, k));
    }

    /** The quantity of another kind with the same indices (z[i,k] for p[i,k]). */
    public QuantityId withKind(QuantityKind other) {
        return new QuantityId(iteration, other, sample, feature, classIndex);
    }

    /** The same quantity in another iteration. */
    public QuantityId inIteration(int otherIteration) {
        return new QuantityId(otherIteration, kind, sample, feature, classIndex);
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
        List<Integer> indices = new ArrayList<>(3);
        if (kind.perSample()) {
            indices.add(sample);
        }
        if (classIndex > 0) {
            indices.add(classIndex);
        }
        if (kind.perFeature() && !omitSingleFeature) {
            indices.add(feature);
        }
        if (!indices.isEmpty()) {
            s.append('[');
            for (int n = 0; n < indices.size(); n++) {
                s.append(n == 0 ? "" : ",").append(indices.get(n));
            }
            s.append(']');
        }
        return s.toString();
    }
}
