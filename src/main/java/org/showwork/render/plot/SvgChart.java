package org.showwork.render.plot;

import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import org.showwork.render.plot.Chart.Dash;
import org.showwork.render.plot.Chart.Marker;
import org.showwork.render.plot.Chart.Point;

/**
 * Writes a {@link Chart} as a self-contained SVG element: axes with ticks and labels, the series,
 * and a legend beside the plot. Everything is drawn in ink tones with distinct dash patterns and
 * markers, so the chart reads the same in black-and-white print. Our own code rather than a
 * charting library: the charts are few and simple, and this keeps the output byte-for-byte stable
 * for golden tests, free of scripts, and small.
 */
public final class SvgChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 380;
    private static final int LEFT = 64;
    private static final int RIGHT = 540;
    private static final int TOP = 16;
    private static final int BOTTOM = 318;
    private static final String INK = "#1d1d1f";
    private static final String SECOND = "#2b4c7e";
    private static final String FAINT = "#9a9aa6";

    private SvgChart() {}

    /** The chart as SVG; {@code id} must be unique in the page (it names the clip path). */
    public static String write(Chart chart, String id, String title) {
        // a document's charts are written once for Markdown's files and again inside its HTML: keep the last few
        Written[] recent = RECENT.get();
        for (Written w : recent) {
            if (w != null && w.chart() == chart && w.id().equals(id) && w.title().equals(title)) {
                return w.svg();
            }
        }
        String svg = render(chart, id, title);
        System.arraycopy(recent, 0, recent, 1, recent.length - 1);
        recent[0] = new Written(chart, id, title, svg);
        return svg;
    }

    /** A chart as written, by the very chart object (charts are immutable). */
    private record Written(Chart chart, String id, String title, String svg) {}

    private static final ThreadLocal<Written[]> RECENT = ThreadLocal.withInitial(() -> new Written[4]);

    private static String render(Chart chart, String id, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" font-family=\"'DejaVu Sans', 'Source Sans 3', Arial, sans-serif\" font-size=\"12\">");
        s.append("<title>").append(escape(title)).append("</title>");
        s.append("<defs><clipPath id=\"").append(id).append("-area\"><rect x=\"").append(LEFT).append("\" y=\"")
                .append(TOP).append("\" width=\"").append(RIGHT - LEFT).append("\" height=\"").append(BOTTOM - TOP)
                .append("\"/></clipPath></defs>");
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        axes(s, chart);
        s.append("<g clip-path=\"url(#").append(id).append("-area)\">");
        for (Chart.Series series : chart.series()) {
            draw(s, chart, series);
        }
        s.append("</g>");
        legend(s, chart);
        s.append("</svg>");
        return s.toString();
    }

    private static void axes(StringBuilder s, Chart chart) {
        List<Double> xTicks = Ticks.between(chart.x().min(), chart.x().max(), 8, chart.wholeX());
        List<Double> yTicks = Ticks.between(chart.y().min(), chart.y().max(), 6, false);
        s.append("<g stroke=\"#e2e2e8\" stroke-width=\"1\">");
        for (double t : xTicks) {
            s.append(line(px(chart, t), TOP, px(chart, t), BOTTOM));
        }
        for (double t : yTicks) {
            s.append(line(LEFT, py(chart, t), RIGHT, py(chart, t)));
        }
        s.append("</g>");
        s.append("<g stroke=\"").append(INK).append("\" stroke-width=\"1\" fill=\"none\">")
                .append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"")
                .append(RIGHT - LEFT).append("\" height=\"").append(BOTTOM - TOP).append("\"/>");
        for (double t : xTicks) {
            s.append(line(px(chart, t), BOTTOM, px(chart, t), BOTTOM + 5));
        }
        for (double t : yTicks) {
            s.append(line(LEFT - 5, py(chart, t), LEFT, py(chart, t)));
        }
        s.append("</g><g fill=\"").append(INK).append("\">");
        for (double t : xTicks) {
            s.append(text(px(chart, t), BOTTOM + 19, "middle", Ticks.label(t, xTicks)));
        }
        for (double t : yTicks) {
            s.append(text(LEFT - 8, py(chart, t) + 4, "end", Ticks.label(t, yTicks)));
        }
        s.append(text((LEFT + RIGHT) / 2.0, BOTTOM + 42, "middle", chart.xLabel()));
        s.append("<text transform=\"translate(16 ").append(fmt((TOP + BOTTOM) / 2.0))
                .append(") rotate(-90)\" text-anchor=\"middle\">").append(escape(chart.yLabel())).append("</text>");
        s.append("</g>");
    }

    private static void draw(StringBuilder s, Chart chart, Chart.Series series) {
        if (series instanceof Chart.Line line) {
            String colour = line.emphasised() ? INK : SECOND;
            if (line.dash() != Dash.NONE && line.points().size() > 1) {
                s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"")
                        .append(line.emphasised() ? "2" : "1.6").append('"').append(dash(line.dash()))
                        .append(" points=\"").append(points(chart, line.points())).append("\"/>");
            }
            for (Point p : line.points()) {
                s.append(marker(line.marker(), px(chart, p.x()), py(chart, p.y()), colour));
            }
        } else if (series instanceof Chart.Vertical v) {
            s.append("<line x1=\"").append(fmt(px(chart, v.x()))).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(fmt(px(chart, v.x()))).append("\" y2=\"").append(BOTTOM).append("\" stroke=\"")
                    .append(v.dash() == Dash.SOLID ? INK : SECOND).append("\" stroke-width=\"1.4\"")
                    .append(dash(v.dash())).append("/>");
        } else if (series instanceof Chart.Area a && a.polygon().size() > 2) {
            s.append("<polygon fill=\"").append(grey(a.tone())).append("\" stroke=\"").append(FAINT)
                    .append("\" stroke-width=\"1\" points=\"").append(points(chart, a.polygon())).append("\"/>");
        } else if (series instanceof Chart.Contours c) {
            s.append("<g fill=\"none\" stroke=\"").append(FAINT).append("\" stroke-width=\"1\">");
            for (Chart.Level level : c.levels()) {
                StringBuilder d = new StringBuilder();
                for (List<Point> segment : level.lines()) {
                    for (int k = 0; k < segment.size(); k++) {
                        d.append(k == 0 ? 'M' : 'L').append(fmt(px(chart, segment.get(k).x()))).append(' ')
                                .append(fmt(py(chart, segment.get(k).y())));
                    }
                }
                if (d.length() > 0) {
                    s.append("<path d=\"").append(d).append("\"/>");
                }
            }
            s.append("</g>");
        }
    }

    private static void legend(StringBuilder s, Chart chart) {
        List<Chart.Series> entries = new ArrayList<>();
        for (Chart.Series series : chart.series()) {
            if (series.legend() != null && !series.legend().isEmpty()) {
                entries.add(series);
            }
        }
        int x = RIGHT + 18;
        int y = TOP + 14;
        for (Chart.Series series : entries) {
            if (series instanceof Chart.Line line) {
                String colour = line.emphasised() ? INK : SECOND;
                if (line.dash() != Dash.NONE) {
                    s.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x + 26)
                            .append("\" y2=\"").append(y).append("\" stroke=\"").append(colour)
                            .append("\" stroke-width=\"1.8\"").append(dash(line.dash())).append("/>");
                }
                s.append(marker(line.marker(), x + 13, y, colour));
            } else if (series instanceof Chart.Vertical v) {
                s.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x + 26)
                        .append("\" y2=\"").append(y).append("\" stroke=\"").append(v.dash() == Dash.SOLID ? INK : SECOND)
                        .append("\" stroke-width=\"1.4\"").append(dash(v.dash())).append("/>");
            } else if (series instanceof Chart.Area a) {
                s.append("<rect x=\"").append(x + 4).append("\" y=\"").append(y - 7).append("\" width=\"18\" height=\"14\" fill=\"")
                        .append(grey(a.tone())).append("\" stroke=\"").append(FAINT).append("\"/>");
            } else if (series instanceof Chart.Contours) {
                s.append("<line x1=\"").append(x).append("\" y1=\"").append(y).append("\" x2=\"").append(x + 26)
                        .append("\" y2=\"").append(y).append("\" stroke=\"").append(FAINT).append("\" stroke-width=\"1\"/>");
            }
            List<String> lines = wrap(series.legend(), 20);
            for (int k = 0; k < lines.size(); k++) {
                s.append("<text x=\"").append(x + 34).append("\" y=\"").append(y + 4 + 14 * k).append("\" fill=\"")
                        .append(INK).append("\">").append(escape(lines.get(k))).append("</text>");
            }
            y += 14 * lines.size() + 10;
        }
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String marker(Marker marker, double x, double y, String colour) {
        return switch (marker) {
            case NONE -> "";
            case OPEN_CIRCLE -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"4.5\" fill=\"#ffffff\" stroke=\""
                    + colour + "\" stroke-width=\"1.6\"/>";
            case FILLED_CIRCLE -> "<circle cx=\"" + fmt(x) + "\" cy=\"" + fmt(y) + "\" r=\"4.5\" fill=\"" + colour
                    + "\" stroke=\"" + colour + "\" stroke-width=\"1\"/>";
            case FILLED_SQUARE -> "<rect x=\"" + fmt(x - 3.5) + "\" y=\"" + fmt(y - 3.5)
                    + "\" width=\"7\" height=\"7\" fill=\"" + colour + "\"/>";
            case CROSS -> "<path d=\"M" + fmt(x - 4) + ' ' + fmt(y - 4) + "L" + fmt(x + 4) + ' ' + fmt(y + 4) + "M"
                    + fmt(x - 4) + ' ' + fmt(y + 4) + "L" + fmt(x + 4) + ' ' + fmt(y - 4) + "\" stroke=\"" + colour
                    + "\" stroke-width=\"1.8\"/>";
        };
    }

    /** A grey taking {@code tone} of full ink (0: white). */
    private static String grey(double tone) {
        int level = (int) Math.round(255 * (1 - Math.max(0, Math.min(1, tone))));
        return String.format(Locale.ROOT, "#%02x%02x%02x", level, level, level);
    }

    private static String dash(Dash dash) {
        return switch (dash) {
            case DASHED -> " stroke-dasharray=\"7 4\"";
            case DOTTED -> " stroke-dasharray=\"2 3\"";
            default -> "";
        };
    }

    private static String points(Chart chart, List<Point> points) {
        StringBuilder s = new StringBuilder();
        for (Point p : points) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(fmt(px(chart, p.x()))).append(',').append(fmt(py(chart, p.y())));
        }
        return s.toString();
    }

    private static double px(Chart chart, double x) {
        return LEFT + (x - chart.x().min()) / (chart.x().max() - chart.x().min()) * (RIGHT - LEFT);
    }

    private static double py(Chart chart, double y) {
        return BOTTOM - (y - chart.y().min()) / (chart.y().max() - chart.y().min()) * (BOTTOM - TOP);
    }

    private static String line(double x1, double y1, double x2, double y2) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2) + "\"/>";
    }

    private static String text(double x, double y, String anchor, String text) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">" + escape(text) + "</text>";
    }

    /** Coordinates to 0.1 px, clamped so that far-off points cannot produce huge numbers. */
    private static String fmt(double v) {
        double clamped = Math.max(-10_000, Math.min(10_000, v));
        // by hand rather than String.format, which dominated the time of a whole handout
        long tenths = Math.round(clamped * 10);
        StringBuilder s = new StringBuilder(8);
        if (tenths < 0) {
            s.append('-');
            tenths = -tenths;
        }
        return s.append(tenths / 10).append('.').append(tenths % 10).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
