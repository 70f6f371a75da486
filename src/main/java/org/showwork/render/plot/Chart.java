package org.showwork.render.plot;

import java.util.List;

/**
 * A chart in no format yet: axes with labels and ranges, and what is drawn on them. Series are
 * told apart by marker and dash pattern, never by colour alone, so a chart survives black-and-white
 * printing. {@code wholeX} asks for ticks at whole numbers only (steps, iterations).
 */
public record Chart(String xLabel, String yLabel, Range x, Range y, List<Series> series, boolean wholeX) {

    public Chart {
        series = List.copyOf(series);
    }

    public Chart(String xLabel, String yLabel, Range x, Range y, List<Series> series) {
        this(xLabel, yLabel, x, y, series, false);
    }

    public record Range(double min, double max) {
        public Range {
            if (!(max > min)) {
                throw new IllegalArgumentException("empty range " + min + " .. " + max);
            }
        }

        /** A range around the values, padded by a fraction of its width (a minimum width when all are equal). */
        public static Range around(double[] values, double padding) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
            double width = hi - lo;
            if (width <= 0) {
                width = Math.max(1, Math.abs(lo));
                return new Range(lo - width / 2, hi + width / 2);
            }
            return new Range(lo - padding * width, hi + padding * width);
        }
    }

    public record Point(double x, double y) {}

    public enum Marker { NONE, OPEN_CIRCLE, FILLED_CIRCLE, FILLED_SQUARE, CROSS }

    public enum Dash { SOLID, DASHED, DOTTED, NONE }

    /** Something drawn on a chart; a null or empty legend leaves it out of the legend. */
    public sealed interface Series {
        String legend();
    }

    /** Points joined by a line, with markers at the points (either may be NONE). */
    public record Line(String legend, List<Point> points, Dash dash, Marker marker, boolean emphasised) implements Series {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** A vertical line across the chart, e.g. a decision boundary x = −b/w. */
    public record Vertical(String legend, double x, Dash dash) implements Series {}

    /** Level curves of a function on a grid; each level may be several polylines. */
    public record Contours(String legend, List<Level> levels) implements Series {
        public Contours {
            levels = List.copyOf(levels);
        }
    }

    /**
     * A filled convex polygon, e.g. the region where a softmax model predicts one class; {@code tone}
     * from 0 (white) to 1 (black) is how much ink it takes, light enough for marks on top to show.
     */
    public record Area(String legend, List<Point> polygon, double tone) implements Series {
        public Area {
            polygon = List.copyOf(polygon);
        }
    }

    public record Level(double value, List<List<Point>> lines) {
        public Level {
            lines = lines.stream().map(List::copyOf).toList();
        }
    }
}
