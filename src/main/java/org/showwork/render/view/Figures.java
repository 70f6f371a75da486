package org.showwork.render.view;

import org.showwork.derive.ProgressRow;
import org.showwork.render.plot.Contouring;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.showwork.derive.CostFunction;
import org.showwork.derive.Iteration;
import org.showwork.quantity.Quantity;
import org.showwork.derive.Trace;
import org.showwork.numeric.Num;
import org.showwork.numeric.StableMath;
import org.showwork.problem.Problem;
import org.showwork.render.plot.Chart;
import org.showwork.render.plot.Chart.Dash;
import org.showwork.render.plot.Chart.Marker;
import org.showwork.render.plot.Chart.Point;
import org.showwork.render.plot.Chart.Range;

/**
 * The charts of a derivation: the data with the sigmoid curve and the decision boundary before and
 * after the traced steps (one feature; for two, the points in the plane and the boundary line),
 * the cost by step, and for one feature the cost over the (w, b) plane with the path gradient
 * descent took across it.
 */
final class Figures {
    private Figures() {}

    static final int CURVE_POINTS = 161;
    private static final int GRID = 49;

    /** Parameters before training and after the last step, as doubles; empty when they cannot be derived. */
    record Parameters(double[] w, double b) {}

    static Parameters before(Trace trace) {
        Iteration first = trace.first();
        return new Parameters(first.weights().stream().mapToDouble(Num::toDouble).toArray(), first.bias().toDouble());
    }

    static Optional<Parameters> after(Trace trace) {
        Iteration last = trace.last();
        if (last.bNew() == null || last.wNew().stream().anyMatch(q -> q == null || q.infinite())) {
            return Optional.empty();
        }
        return Optional.of(new Parameters(last.wNew().stream().mapToDouble(q -> q.value().toDouble()).toArray(),
                last.bNew().value().toDouble()));
    }

    /** A sigmoid curve σ(wx + b) to draw, with its boundary x = −b/w; the emphasised one solid, others dashed. */
    record Curve(String name, double w, double b, boolean emphasised) {}

    /** One feature: the samples at height y, σ(wx + b) and x = −b/w before and after the traced steps. */
    static Chart sigmoid(Trace trace, String afterWhat) {
        Problem problem = trace.problem();
        double[] xs = problem.samples().stream().mapToDouble(s -> s.x().get(0).doubleValue()).toArray();
        int[] labels = problem.samples().stream().mapToInt(s -> s.y()).toArray();
        List<Curve> curves = new ArrayList<>();
        Parameters start = before(trace);
        curves.add(new Curve("before", start.w()[0], start.b(), false));
        after(trace).ifPresent(end -> curves.add(new Curve(afterWhat, end.w()[0], end.b(), true)));
        return sigmoid(problem.featureNames().get(0), xs, labels, curves);
    }

    /** One feature: the samples at height y (open: label 0, filled: label 1) and each curve with its boundary. */
    static Chart sigmoid(String feature, double[] xs, int[] labels, List<Curve> curves) {
        Range xRange = Range.around(xs, 0.25);
        List<Chart.Series> series = new ArrayList<>();
        for (int label = 0; label <= 1; label++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                if (labels[i] == label) {
                    points.add(new Point(xs[i], label));
                }
            }
            series.add(new Chart.Line("label " + label, points, Dash.NONE,
                    label == 0 ? Marker.OPEN_CIRCLE : Marker.FILLED_CIRCLE, true));
        }
        for (Curve c : curves) {
            Dash dash = c.emphasised() ? Dash.SOLID : Dash.DASHED;
            series.add(curve(new Parameters(new double[] {c.w()}, c.b()), xRange, "σ(wx + b) " + c.name(), dash,
                    c.emphasised()));
            if (c.w() != 0) {
                series.add(new Chart.Vertical("boundary " + c.name(), -c.b() / c.w(), dash));
            }
        }
        return new Chart(feature, "probability ŷ, and the label y", xRange, new Range(-0.06, 1.06), series);
    }

    private static Chart.Line curve(Parameters p, Range xRange, String legend, Dash dash, boolean emphasised) {
        List<Point> points = new ArrayList<>(CURVE_POINTS);
        for (int k = 0; k < CURVE_POINTS; k++) {
            double x = xRange.min() + (xRange.max() - xRange.min()) * k / (CURVE_POINTS - 1);
            points.add(new Point(x, StableMath.sigmoid(p.w()[0] * x + p.b())));
        }
        return new Chart.Line(legend, points, dash, Marker.NONE, emphasised);
    }

    /** Two features: the samples in the plane and the line w₁x₁ + w₂x₂ + b = 0 before and after. */
    static Chart plane(Trace trace, String afterWhat) {
        Problem problem = trace.problem();
        double[] x1 = problem.samples().stream().mapToDouble(s -> s.x().get(0).doubleValue()).toArray();
        double[] x2 = problem.samples().stream().mapToDouble(s -> s.x().get(1).doubleValue()).toArray();
        Range r1 = Range.around(x1, 0.15);
        Range r2 = Range.around(x2, 0.15);
        List<Chart.Series> series = new ArrayList<>();
        for (int label = 0; label <= 1; label++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < x1.length; i++) {
                if (problem.samples().get(i).y() == label) {
                    points.add(new Point(x1[i], x2[i]));
                }
            }
            series.add(new Chart.Line("label " + label, points, Dash.NONE,
                    label == 0 ? Marker.OPEN_CIRCLE : Marker.FILLED_CIRCLE, true));
        }
        line(before(trace), r1, "boundary before", Dash.DASHED, false).ifPresent(series::add);
        after(trace).flatMap(p -> line(p, r1, "boundary " + afterWhat, Dash.SOLID, true)).ifPresent(series::add);
        return new Chart(problem.featureNames().get(0), problem.featureNames().get(1), r1, r2, series);
    }

    private static Optional<Chart.Series> line(Parameters p, Range r1, String legend, Dash dash, boolean emphasised) {
        double w1 = p.w()[0];
        double w2 = p.w()[1];
        if (w2 != 0) {
            // reach well past the plot on both sides; the clip path trims it
            double from = r1.min() - (r1.max() - r1.min());
            double to = r1.max() + (r1.max() - r1.min());
            return Optional.of(new Chart.Line(legend, List.of(new Point(from, -(w1 * from + p.b()) / w2),
                    new Point(to, -(w1 * to + p.b()) / w2)), dash, Marker.NONE, emphasised));
        }
        if (w1 != 0) {
            return Optional.of(new Chart.Vertical(legend, -p.b() / w1, dash));
        }
        return Optional.empty();
    }

    /** The cost at the start of each step. */
    static Optional<Chart> cost(Trace trace) {
        List<Point> points = new ArrayList<>();
        for (ProgressRow row : trace.progress()) {
            Quantity cost = row.cost();
            if (cost != null && cost.finite()) {
                points.add(new Point(row.number(), cost.value().toDouble()));
            }
        }
        if (points.size() < 2) {
            return Optional.empty();
        }
        double[] steps = points.stream().mapToDouble(Point::x).toArray();
        double[] costs = points.stream().mapToDouble(Point::y).toArray();
        String unit = trace.problem().schedule().fullBatchOnly() ? "step" : "update";
        return Optional.of(new Chart(unit, "cost J at the start of the " + unit, Range.around(steps, 0.05),
                Range.around(costs, 0.15), List.of(new Chart.Line("cost J", points, Dash.SOLID,
                        Marker.FILLED_SQUARE, true)), true));
    }

    /** One feature: contour lines of J(w, b) and the parameters after each step, joined. */
    static Chart landscape(Trace trace) {
        List<Point> path = new ArrayList<>();
        for (ProgressRow row : trace.progress()) {
            path.add(new Point(row.weights().get(0).toDouble(), row.bias().toDouble()));
        }
        after(trace).ifPresent(p -> path.add(new Point(p.w()[0], p.b())));
        double[] ws = path.stream().mapToDouble(Point::x).toArray();
        double[] bs = path.stream().mapToDouble(Point::y).toArray();
        Range wRange = window(ws);
        Range bRange = window(bs);
        CostFunction cost = CostFunction.of(trace.problem());
        double[] gridW = new double[GRID];
        double[] gridB = new double[GRID];
        for (int k = 0; k < GRID; k++) {
            gridW[k] = wRange.min() + (wRange.max() - wRange.min()) * k / (GRID - 1);
            gridB[k] = bRange.min() + (bRange.max() - bRange.min()) * k / (GRID - 1);
        }
        double[][] values = new double[GRID][GRID];
        double[] all = new double[GRID * GRID];
        for (int k = 0; k < GRID; k++) {
            for (int m = 0; m < GRID; m++) {
                values[k][m] = cost.at(new double[] {gridW[k]}, gridB[m]);
                all[k * GRID + m] = values[k][m];
            }
        }
        Arrays.sort(all);
        List<Chart.Level> levels = new ArrayList<>();
        int count = 14;
        for (int q = 1; q <= count; q++) {
            // levels crowd towards the low end, where the valley is
            double fraction = Math.pow((double) q / (count + 1), 1.6);
            double level = all[(int) Math.min(all.length - 1, Math.round(fraction * (all.length - 1)))];
            levels.add(new Chart.Level(level, Contouring.lines(gridW, gridB, values, level)));
        }
        List<Chart.Series> series = new ArrayList<>();
        series.add(new Chart.Contours("level curves of J", levels));
        series.add(new Chart.Line("(w, b) at each step", path, Dash.SOLID, Marker.FILLED_CIRCLE, true));
        series.add(new Chart.Line("start", List.of(path.get(0)), Dash.NONE, Marker.OPEN_CIRCLE, false));
        return new Chart("weight w", "bias b", wRange, bRange, series);
    }

    /** A window around the path wide enough to show the shape of the cost, not just the path. */
    private static Range window(double[] values) {
        double lo = Arrays.stream(values).min().orElse(0);
        double hi = Arrays.stream(values).max().orElse(0);
        double centre = (lo + hi) / 2;
        double half = Math.max(Math.max(1.5 * (hi - lo), 0.5 * Math.abs(centre)), 0.5);
        return new Range(centre - half, centre + half);
    }
}
