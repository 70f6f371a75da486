package org.showwork.problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Samples to fit a model to, as doubles: n rows of d feature values, a label for each row (0 or 1,
 * or a class 0 … K − 1 for a multinomial model),
 * and optionally a weight per row. It is a class rather than a record because it holds primitive
 * arrays (a 100,000 × 20 data set as boxed numbers would cost ten times the memory); the arrays
 * are copied in and never handed out, so it is immutable all the same.
 */
public final class TrainingData {

    private final String source;
    private final String title;
    private final List<String> featureNames;
    private final String labelName;
    private final String weightName;
    private final int n;
    private final int d;
    private final double[] x;
    private final int[] y;
    private final double[] sampleWeights;

    /**
     * @param x             the feature values row after row (sample i, feature j at {@code i·d + j})
     * @param sampleWeights one weight per sample, or null when every sample counts once
     * @param weightName    the column the weights came from, or null
     */
    public TrainingData(String source, String title, List<String> featureNames, String labelName, double[] x, int[] y,
            double[] sampleWeights, String weightName) {
        this(source, title, featureNames, labelName, weightName, x.clone(), y.clone(),
                sampleWeights == null ? null : sampleWeights.clone());
    }

    /** Data whose arrays the caller made for it and hands over (a reader): no copy of a large data set. */
    static TrainingData owning(String source, String title, List<String> featureNames, String labelName, double[] x,
            int[] y, double[] sampleWeights, String weightName) {
        return new TrainingData(source, title, featureNames, labelName, weightName, x, y, sampleWeights);
    }

    private TrainingData(String source, String title, List<String> featureNames, String labelName, String weightName,
            double[] x, int[] y, double[] sampleWeights) {
        this.source = source;
        this.title = title == null ? "" : title;
        this.featureNames = List.copyOf(featureNames);
        this.labelName = labelName;
        this.d = featureNames.size();
        this.n = y.length;
        if (x.length != n * d) {
            throw new IllegalArgumentException(x.length + " feature values for " + n + " samples × " + d + " features");
        }
        if (sampleWeights != null && sampleWeights.length != n) {
            throw new IllegalArgumentException("one sample weight per sample");
        }
        for (int label : y) {
            if (label < 0) {
                throw new IllegalArgumentException("labels are class numbers from 0 (0 or 1 for two classes)");
            }
        }
        this.x = x;
        this.y = y;
        this.sampleWeights = sampleWeights;
        this.weightName = sampleWeights == null ? null : weightName;
    }

    /** The samples of a problem file, which gives its numbers as decimals. */
    public static TrainingData of(Problem problem) {
        int n = problem.sampleCount();
        int d = problem.featureCount();
        double[] x = new double[n * d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            Sample s = problem.samples().get(i);
            for (int j = 0; j < d; j++) {
                x[i * d + j] = s.x().get(j).doubleValue();
            }
            y[i] = s.y();
        }
        return new TrainingData(problem.source(), problem.title(), problem.featureNames(), "y", x, y, null, null);
    }

    public String source() {
        return source;
    }

    /** The problem file's title, or empty. */
    public String title() {
        return title;
    }

    public List<String> featureNames() {
        return featureNames;
    }

    /** The label column's name ({@code y} for a problem file). */
    public String labelName() {
        return labelName;
    }

    /** The sample-weight column's name, when the samples are weighted. */
    public Optional<String> weightName() {
        return Optional.ofNullable(weightName);
    }

    public int sampleCount() {
        return n;
    }

    public int featureCount() {
        return d;
    }

    /** Feature {@code j} of sample {@code i}, both from 0. */
    public double x(int i, int j) {
        return x[i * d + j];
    }

    public int y(int i) {
        return y[i];
    }

    /** The weight of sample {@code i}: 1 unless the samples are weighted. */
    public double weight(int i) {
        return sampleWeights == null ? 1.0 : sampleWeights[i];
    }

    public boolean weighted() {
        return sampleWeights != null;
    }

    /** Copies sample i's feature values into {@code row} (of length at least d): a row at a time, no copy of the whole. */
    public void copyRow(int i, double[] row) {
        System.arraycopy(x, i * d, row, 0, d);
    }

    /** A copy of the feature values, row after row, for code that computes with them. */
    public double[] features() {
        return x.clone();
    }

    /** A copy of the labels. */
    public int[] labels() {
        return y.clone();
    }

    /** A copy of the sample weights (all 1 when the samples are not weighted). */
    public double[] weights() {
        if (sampleWeights != null) {
            return sampleWeights.clone();
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        return ones;
    }

    /** Feature values of one sample as decimals, for documents (the shortest decimal that reads back as the double). */
    public List<BigDecimal> row(int i) {
        List<BigDecimal> row = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            row.add(BigDecimal.valueOf(x[i * d + j]).stripTrailingZeros());
        }
        return row;
    }
}
