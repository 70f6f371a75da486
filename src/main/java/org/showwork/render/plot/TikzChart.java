package org.showwork.render.plot;

import java.util.List;
import java.util.function.UnaryOperator;
import org.showwork.render.plot.Chart.Dash;
import org.showwork.render.plot.Chart.Marker;
import org.showwork.render.plot.Chart.Point;

/**
 * Writes a {@link Chart} as a TikZ picture for LaTeX documents: the same axes, ticks, series and
 * legend as {@link SvgChart}, in black and grey with the same dash patterns and markers, so that a
 * lecturer's notes carry the charts without any image file.
 */
public final class TikzChart {

    /** The plot area in centimetres; the legend sits to its right. */
    private static final double WIDTH = 9.0;
    private static final double HEIGHT = 5.6;

    /** About the characters of a legend's line (3.2 cm of footnote-size type), and the distance between its lines. */
    private static final int LEGEND_LINE = 20;
    private static final double LEGEND_LEADING = 0.34;

    private TikzChart() {}

    /**
     * The chart as a TikZ picture; {@code text} writes the labels and legends (feature names a user
     * chose among them) for LaTeX's text mode, as the rest of the document is written.
     */
    public static String write(Chart chart, UnaryOperator<String> text) {
        StringBuilder s = new StringBuilder();
        s.append("\\begin{tikzpicture}[font=\\footnotesize]\n");
        List<Double> xTicks = Ticks.between(chart.x().min(), chart.x().max(), 8, chart.wholeX());
        List<Double> yTicks = Ticks.between(chart.y().min(), chart.y().max(), 6, false);
        for (double t : xTicks) {
            s.append("\\draw[black!12] (").append(fmt(px(chart, t))).append(",0) -- (").append(fmt(px(chart, t)))
                    .append(',').append(fmt(HEIGHT)).append(");\n");
            s.append("\\draw (").append(fmt(px(chart, t))).append(",0) -- (").append(fmt(px(chart, t)))
                    .append(",-0.1) node[below] {").append(label(Ticks.label(t, xTicks))).append("};\n");
        }
        for (double t : yTicks) {
            s.append("\\draw[black!12] (0,").append(fmt(py(chart, t))).append(") -- (").append(fmt(WIDTH)).append(',')
                    .append(fmt(py(chart, t))).append(");\n");
            s.append("\\draw (0,").append(fmt(py(chart, t))).append(") -- (-0.1,").append(fmt(py(chart, t)))
                    .append(") node[left] {").append(label(Ticks.label(t, yTicks))).append("};\n");
        }
        s.append("\\draw (0,0) rectangle (").append(fmt(WIDTH)).append(',').append(fmt(HEIGHT)).append(");\n");
        s.append("\\node[below=0.55cm] at (").append(fmt(WIDTH / 2)).append(",0) {").append(text.apply(chart.xLabel()))
                .append("};\n");
        s.append("\\node[rotate=90, above=1.05cm] at (0,").append(fmt(HEIGHT / 2)).append(") {")
                .append(text.apply(chart.yLabel())).append("};\n");
        s.append("\\begin{scope}\n\\clip (0,0) rectangle (").append(fmt(WIDTH)).append(',').append(fmt(HEIGHT))
                .append(");\n");
        for (Chart.Series series : chart.series()) {
            draw(s, chart, series);
        }
        s.append("\\end{scope}\n");
        legend(s, chart, text);
        return s.append("\\end{tikzpicture}").toString();
    }

    private static void draw(StringBuilder s, Chart chart, Chart.Series series) {
        if (series instanceof Chart.Line line) {
            String ink = line.emphasised() ? "black" : "black!65";
            if (line.dash() != Dash.NONE && line.points().size() > 1) {
                s.append("\\draw[").append(ink).append(", ").append(line.emphasised() ? "thick" : "semithick")
                        .append(dash(line.dash())).append("] ").append(path(chart, line.points())).append(";\n");
            }
            for (Point p : line.points()) {
                marker(s, line.marker(), px(chart, p.x()), py(chart, p.y()), ink);
            }
        } else if (series instanceof Chart.Vertical v) {
            s.append("\\draw[").append(v.dash() == Dash.SOLID ? "black" : "black!65").append(dash(v.dash()))
                    .append("] (").append(fmt(px(chart, v.x()))).append(",0) -- (").append(fmt(px(chart, v.x())))
                    .append(',').append(fmt(HEIGHT)).append(");\n");
        } else if (series instanceof Chart.Area a && a.polygon().size() > 2) {
            s.append("\\filldraw[fill=black!").append(percent(a.tone())).append(", draw=black!40] ")
                    .append(path(chart, a.polygon())).append(" -- cycle;\n");
        } else if (series instanceof Chart.Contours c) {
            for (Chart.Level level : c.levels()) {
                for (List<Point> points : level.lines()) {
                    if (points.size() > 1) {
                        s.append("\\draw[black!40, thin] ").append(path(chart, points)).append(";\n");
                    }
                }
            }
        }
    }

    private static void legend(StringBuilder s, Chart chart, UnaryOperator<String> text) {
        double x = WIDTH + 0.4;
        double y = HEIGHT - 0.2;
        for (Chart.Series series : chart.series()) {
            if (series.legend() == null || series.legend().isEmpty()) {
                continue;
            }
            if (series instanceof Chart.Line line) {
                String ink = line.emphasised() ? "black" : "black!65";
                if (line.dash() != Dash.NONE) {
                    s.append("\\draw[").append(ink).append(", thick").append(dash(line.dash())).append("] (")
                            .append(fmt(x)).append(',').append(fmt(y)).append(") -- (").append(fmt(x + 0.6)).append(',')
                            .append(fmt(y)).append(");\n");
                }
                marker(s, line.marker(), x + 0.3, y, ink);
            } else if (series instanceof Chart.Vertical v) {
                s.append("\\draw[").append(v.dash() == Dash.SOLID ? "black" : "black!65").append(dash(v.dash()))
                        .append("] (").append(fmt(x)).append(',').append(fmt(y)).append(") -- (").append(fmt(x + 0.6))
                        .append(',').append(fmt(y)).append(");\n");
            } else if (series instanceof Chart.Area a) {
                s.append("\\filldraw[fill=black!").append(percent(a.tone())).append(", draw=black!40] (")
                        .append(fmt(x + 0.1)).append(',').append(fmt(y - 0.15)).append(") rectangle (").append(fmt(x + 0.5))
                        .append(',').append(fmt(y + 0.15)).append(");\n");
            } else if (series instanceof Chart.Contours) {
                s.append("\\draw[black!40, thin] (").append(fmt(x)).append(',').append(fmt(y)).append(") -- (")
                        .append(fmt(x + 0.6)).append(',').append(fmt(y)).append(");\n");
            }
            // a legend longer than a line wraps: its first line stays beside its sample, the next entry moves down
            int lines = (series.legend().length() + LEGEND_LINE - 1) / LEGEND_LINE;
            double drop = (lines - 1) * LEGEND_LEADING;
            s.append("\\node[right, text width=3.2cm] at (").append(fmt(x + 0.7)).append(',').append(fmt(y - drop / 2))
                    .append(") {").append(text.apply(series.legend())).append("};\n");
            y -= 0.55 + drop;
        }
    }

    private static void marker(StringBuilder s, Marker marker, double x, double y, String ink) {
        String at = "(" + fmt(x) + "," + fmt(y) + ")";
        switch (marker) {
            case OPEN_CIRCLE -> s.append("\\filldraw[fill=white, draw=").append(ink).append(", semithick] ").append(at)
                    .append(" circle (2.2pt);\n");
            case FILLED_CIRCLE -> s.append("\\fill[").append(ink).append("] ").append(at).append(" circle (2.2pt);\n");
            case FILLED_SQUARE -> s.append("\\fill[").append(ink).append("] ").append(at)
                    .append(" ++(-1.8pt,-1.8pt) rectangle ++(3.6pt,3.6pt);\n");
            case CROSS -> s.append("\\draw[").append(ink).append(", semithick] ").append(at)
                    .append(" ++(-2pt,-2pt) -- ++(4pt,4pt) ++(-4pt,0) -- ++(4pt,-4pt);\n");
            case NONE -> { }
        }
    }

    private static String path(Chart chart, List<Point> points) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < points.size(); k++) {
            if (k > 0) {
                s.append(" -- ");
            }
            s.append('(').append(fmt(px(chart, points.get(k).x()))).append(',').append(fmt(py(chart, points.get(k).y())))
                    .append(')');
        }
        return s.toString();
    }

    /** The percentage of black for a tone from 0 (white) to 1 (black). */
    private static long percent(double tone) {
        return Math.round(100 * Math.max(0, Math.min(1, tone)));
    }

    private static String dash(Dash dash) {
        return switch (dash) {
            case DASHED -> ", dashed";
            case DOTTED -> ", dotted";
            default -> "";
        };
    }

    private static double px(Chart chart, double x) {
        return (x - chart.x().min()) / (chart.x().max() - chart.x().min()) * WIDTH;
    }

    private static double py(Chart chart, double y) {
        return (y - chart.y().min()) / (chart.y().max() - chart.y().min()) * HEIGHT;
    }

    /** Centimetres to 0.01, clamped so that points far outside the plot stay printable numbers. */
    private static String fmt(double v) {
        double clamped = Math.max(-100, Math.min(100, v));
        long hundredths = Math.round(clamped * 100);
        StringBuilder s = new StringBuilder(8);
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100).append('.');
        long rest = hundredths % 100;
        return s.append(rest < 10 ? "0" : "").append(rest).toString();
    }

    /** A tick label in math mode, so that its minus sign is a minus. */
    private static String label(String tick) {
        return "$" + tick.replace("−", "-") + "$";
    }
}
