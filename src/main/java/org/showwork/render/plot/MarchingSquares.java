package org.showwork.render.plot;

import java.util.ArrayList;
import java.util.List;
import org.showwork.render.plot.Chart.Point;

/**
 * Level curves of a function sampled on a grid, by marching squares: each grid cell whose corners
 * lie on both sides of the level contributes a segment, with the crossing points interpolated
 * linearly along the cell's edges. Segments are drawn as they are; at chart scale that is smooth.
 */
final class MarchingSquares {
    private MarchingSquares() {}

    /** Segments (two points each) of the curve f = level; {@code f[k][m]} is the value at (xs[k], ys[m]). */
    static List<List<Point>> segments(double[] xs, double[] ys, double[][] f, double level) {
        List<List<Point>> segments = new ArrayList<>();
        for (int k = 0; k + 1 < xs.length; k++) {
            for (int m = 0; m + 1 < ys.length; m++) {
                boolean below = f[k][m] < level;
                if ((f[k + 1][m] < level) == below && (f[k + 1][m + 1] < level) == below && (f[k][m + 1] < level) == below) {
                    continue;   // the curve does not cross this cell, as it does not cross most (tested before allocating)
                }
                // corners counter-clockwise from bottom-left
                double[] v = {f[k][m], f[k + 1][m], f[k + 1][m + 1], f[k][m + 1]};
                Point[] c = {new Point(xs[k], ys[m]), new Point(xs[k + 1], ys[m]),
                        new Point(xs[k + 1], ys[m + 1]), new Point(xs[k], ys[m + 1])};
                List<Point> crossings = new ArrayList<>(4);
                for (int e = 0; e < 4; e++) {
                    double a = v[e];
                    double b = v[(e + 1) % 4];
                    if ((a < level) != (b < level)) {
                        double t = (level - a) / (b - a);
                        Point p = c[e];
                        Point q = c[(e + 1) % 4];
                        crossings.add(new Point(p.x() + t * (q.x() - p.x()), p.y() + t * (q.y() - p.y())));
                    }
                }
                if (crossings.size() == 2) {
                    segments.add(crossings);
                } else if (crossings.size() == 4) {
                    // a saddle cell: pair the crossings by the cell's mean, which says which corners connect
                    double mean = (v[0] + v[1] + v[2] + v[3]) / 4;
                    boolean joinFirst = (mean < level) == (v[0] < level);
                    segments.add(List.of(crossings.get(0), crossings.get(joinFirst ? 3 : 1)));
                    segments.add(List.of(crossings.get(2), crossings.get(joinFirst ? 1 : 3)));
                }
            }
        }
        return segments;
    }
}
