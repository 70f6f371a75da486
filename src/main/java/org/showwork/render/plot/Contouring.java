package org.showwork.render.plot;

import java.util.List;
import org.showwork.render.plot.Chart.Point;

/** The public face of the contour tracer: level curves of gridded values as line segments. */
public final class Contouring {
    private Contouring() {}

    public static List<List<Point>> lines(double[] xs, double[] ys, double[][] values, double level) {
        return MarchingSquares.segments(xs, ys, values, level);
    }
}
