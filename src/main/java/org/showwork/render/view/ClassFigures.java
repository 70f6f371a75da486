package org.showwork.render.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.showwork.derive.Iteration;
import org.showwork.derive.Trace;
import org.showwork.problem.Problem;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityKind;
import org.showwork.render.plot.Chart;
import org.showwork.render.plot.Chart.Dash;
import org.showwork.render.plot.Chart.Marker;
import org.showwork.render.plot.Chart.Point;
import org.showwork.render.plot.Chart.Range;
import org.showwork.render.plot.Regions;

/**
 * The charts of a softmax model: over one feature each class's probability curve with the points
 * where the predicted class changes, over two the region of each class in its own grey; the samples
 * by class, each class with its own marker, so that the chart survives black-and-white printing.
 */
final class ClassFigures {
    private ClassFigures() {}

    private static final Marker[] CLASS_MARKERS = {Marker.OPEN_CIRCLE, Marker.FILLED_CIRCLE, Marker.FILLED_SQUARE,
        Marker.CROSS};
    private static final Dash[] CLASS_DASHES = {Dash.SOLID, Dash.DASHED, Dash.DOTTED};

    /** A softmax model's parameters as doubles: a row of weights per class, a bias per class. */
    record ClassParameters(double[][] w, double[] b) {}

    /** The parameters after the last traced update of a softmax model; empty when they cannot be derived. */
    static Optional<ClassParameters> classesAfter(Trace trace) {
        Iteration last = trace.last();
        List<Quantity> w = last.all(QuantityKind.W_NEW);
        List<Quantity> b = last.all(QuantityKind.B_NEW);
        if (w.stream().anyMatch(q -> q == null || q.infinite()) || b.stream().anyMatch(q -> q == null || q.infinite())) {
            return Optional.empty();
        }
        int k = b.size();
        int d = w.size() / k;
        double[][] rows = new double[k][d];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                rows[c][j] = w.get(c * d + j).value().toDouble();
            }
        }
        return Optional.of(new ClassParameters(rows, b.stream().mapToDouble(q -> q.value().toDouble()).toArray()));
    }

    /**
     * A softmax model's classes over one feature (each class's probability curve, the samples by
     * class at height 0, and a line where the predicted class changes) or two (each class's region
     * in its own grey, and the samples by class).
     */
    static Chart classes(List<String> features, double[][] x, int[] labels, List<String> names, ClassParameters p) {
        List<Chart.Series> series = new ArrayList<>();
        int k = names.size();
        Range r1 = Range.around(column(x, 0), features.size() == 1 ? 0.25 : 0.15);
        if (features.size() == 2) {
            Range r2 = Range.around(column(x, 1), 0.15);
            for (int c = 0; c < k; c++) {
                series.add(new Chart.Area("region of " + names.get(c), Regions.polygon(p.w(), p.b(), c, r1, r2),
                        0.06 + 0.30 * c / Math.max(1, k - 1)));
            }
            samples(series, x, labels, names, false);
            return new Chart(features.get(0), features.get(1), r1, r2, series);
        }
        for (int c = 0; c < k; c++) {
            // beyond three dash patterns a curve also carries its class's marker, at fewer points
            boolean marked = c >= CLASS_DASHES.length;
            int count = marked ? 17 : Figures.CURVE_POINTS;
            List<Point> points = new ArrayList<>(count);
            for (int s = 0; s < count; s++) {
                double at = r1.min() + (r1.max() - r1.min()) * s / (count - 1);
                points.add(new Point(at, probability(p, c, at)));
            }
            series.add(new Chart.Line("ŷ of " + names.get(c), points, CLASS_DASHES[c % CLASS_DASHES.length],
                    marked ? CLASS_MARKERS[c % CLASS_MARKERS.length] : Marker.NONE, c % 2 == 0));
        }
        samples(series, x, labels, names, true);
        String legend = "predicted class changes";
        for (double change : changes(p, r1)) {
            series.add(new Chart.Vertical(legend, change, Dash.DOTTED));
            legend = "";
        }
        return new Chart(features.get(0), "probability of each class", r1, new Range(-0.06, 1.06), series);
    }

    /** The points (one feature) where the class with the largest score changes, left to right. */
    static List<Double> changes(ClassParameters p, Range r) {
        List<Double> ends = new ArrayList<>();
        for (int c = 0; c < p.b().length; c++) {
            double[] interval = Regions.interval(p.w(), p.b(), c, r);
            if (interval != null && interval[0] > r.min()) {
                ends.add(interval[0]);
            }
        }
        ends.sort(Double::compare);
        return ends;
    }

    private static void samples(List<Chart.Series> series, double[][] x, int[] labels, List<String> names,
            boolean onAxis) {
        for (int c = 0; c < names.size(); c++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (labels[i] == c) {
                    points.add(new Point(x[i][0], onAxis ? 0 : x[i][1]));
                }
            }
            series.add(new Chart.Line(names.get(c), points, Dash.NONE, CLASS_MARKERS[c % CLASS_MARKERS.length], true));
        }
    }

    private static double probability(ClassParameters p, int c, double at) {
        double largest = Double.NEGATIVE_INFINITY;
        double[] z = new double[p.b().length];
        for (int k = 0; k < z.length; k++) {
            z[k] = p.w()[k][0] * at + p.b()[k];
            largest = Math.max(largest, z[k]);
        }
        double total = 0;
        for (double score : z) {
            total += Math.exp(score - largest);
        }
        return Math.exp(z[c] - largest) / total;
    }

    private static double[] column(double[][] x, int j) {
        double[] values = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            values[i] = x[i][j];
        }
        return values;
    }

    /** The regions (or curves) of a traced softmax model after its last update, as a figure; empty without them. */
    static Optional<Block.Figure> regions(Trace trace) {
        Problem problem = trace.problem();
        int d = problem.featureCount();
        double[][] x = new double[problem.sampleCount()][d];
        int[] labels = new int[problem.sampleCount()];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = problem.samples().get(i).x().get(j).doubleValue();
            }
            labels[i] = problem.samples().get(i).y();
        }
        String after = trace.problem().schedule().fullBatchOnly() ? "the last step" : "the last update";
        return classesAfter(trace).map(p -> new Block.Figure("regions", Inline.of(d == 1
                ? "Each class's probability after " + after + ", the samples by class (on the axis), and where the "
                        + "predicted class changes (dotted)."
                : "Where the model predicts each class after " + after + ", and the samples by class."),
                classes(problem.featureNames(), x, labels, problem.classes().names(), p)));
    }

}
