package org.showwork.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.showwork.render.plot.Chart.Point;
import org.showwork.render.plot.Chart.Range;

/**
 * Where a linear model of K classes predicts each class (the class with the largest score
 * wₖ·x + bₖ) inside a plotted window: for two features a convex polygon per class, the window cut
 * by the K − 1 half-planes where class k beats each other class; for one feature an interval.
 */
public final class Regions {
    private Regions() {}

    /** Class k's region (0-based) within the window, as a polygon; empty when the class wins nowhere there. */
    public static List<Point> polygon(double[][] w, double[] b, int k, Range x, Range y) {
        List<Point> polygon = List.of(new Point(x.min(), y.min()), new Point(x.max(), y.min()),
                new Point(x.max(), y.max()), new Point(x.min(), y.max()));
        for (int c = 0; c < b.length && !polygon.isEmpty(); c++) {
            if (c != k) {
                polygon = clip(polygon, w[k][0] - w[c][0], w[k][1] - w[c][1], b[k] - b[c]);
            }
        }
        return polygon;
    }

    /** Keeps the part of a convex polygon where a·x + b·y + e ≥ 0 (Sutherland–Hodgman, one edge). */
    private static List<Point> clip(List<Point> polygon, double a, double bb, double e) {
        List<Point> kept = new ArrayList<>();
        for (int i = 0; i < polygon.size(); i++) {
            Point p = polygon.get(i);
            Point q = polygon.get((i + 1) % polygon.size());
            double fp = a * p.x() + bb * p.y() + e;
            double fq = a * q.x() + bb * q.y() + e;
            if (fp >= 0) {
                kept.add(p);
            }
            if ((fp >= 0) != (fq >= 0)) {
                double t = fp / (fp - fq);
                kept.add(new Point(p.x() + t * (q.x() - p.x()), p.y() + t * (q.y() - p.y())));
            }
        }
        return kept;
    }

    /** Class k's interval (0-based) within the window of one feature; null when it wins nowhere there. */
    public static double[] interval(double[][] w, double[] b, int k, Range x) {
        double lo = x.min();
        double hi = x.max();
        for (int c = 0; c < b.length; c++) {
            if (c == k) {
                continue;
            }
            double slope = w[k][0] - w[c][0];
            double offset = b[k] - b[c];
            if (slope == 0) {
                if (offset < 0) {
                    return null;
                }
            } else if (slope > 0) {
                lo = Math.max(lo, -offset / slope);
            } else {
                hi = Math.min(hi, -offset / slope);
            }
        }
        return lo < hi ? new double[] {lo, hi} : null;
    }
}
