package org.showwork.render.plot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.showwork.render.plot.Chart.Point;

/**
 * The public face of the contour tracer: level curves of gridded values as polylines. Marching
 * squares gives one segment a grid cell; joining the segments that meet into polylines halves the
 * points a chart carries, and with them the work of every program that draws it (the PDF printer's
 * SVG renderer above all).
 */
public final class Contouring {
    private Contouring() {}

    public static List<List<Point>> lines(double[] xs, double[] ys, double[][] values, double level) {
        double scale = Math.max(Math.abs(xs[xs.length - 1] - xs[0]), Math.abs(ys[ys.length - 1] - ys[0]));
        return join(MarchingSquares.segments(xs, ys, values, level), scale * 1e-9);
    }

    /**
     * Chains segments end to end. Two cells compute the point where the curve crosses their shared
     * edge from opposite corners, so the two copies may differ in the last bits: ends within
     * {@code tolerance} of each other are the same point.
     */
    static List<List<Point>> join(List<List<Point>> segments, double tolerance) {
        Map<Key, List<Integer>> ends = new HashMap<>();
        for (int k = 0; k < segments.size(); k++) {
            for (Point p : segments.get(k)) {
                ends.computeIfAbsent(Key.of(p, tolerance), key -> new ArrayList<>(2)).add(k);
            }
        }
        boolean[] used = new boolean[segments.size()];
        List<List<Point>> lines = new ArrayList<>();
        for (int start = 0; start < segments.size(); start++) {
            if (used[start]) {
                continue;
            }
            used[start] = true;
            Deque<Point> line = new ArrayDeque<>(segments.get(start));
            extend(line, false, segments, ends, used, tolerance);
            extend(line, true, segments, ends, used, tolerance);
            lines.add(new ArrayList<>(line));
        }
        return lines;
    }

    /** Grows the line at its back (or front) while an unused segment continues it. */
    private static void extend(Deque<Point> line, boolean front, List<List<Point>> segments,
            Map<Key, List<Integer>> ends, boolean[] used, double tolerance) {
        while (true) {
            Point tip = front ? line.peekFirst() : line.peekLast();
            Integer next = null;
            for (int k : ends.getOrDefault(Key.of(tip, tolerance), List.of())) {
                if (!used[k]) {
                    next = k;
                    break;
                }
            }
            if (next == null) {
                return;
            }
            used[next] = true;
            List<Point> segment = segments.get(next);
            Key tipKey = Key.of(tip, tolerance);
            Point other = Key.of(segment.get(0), tolerance).equals(tipKey) ? segment.get(1) : segment.get(0);
            if (front) {
                line.addFirst(other);
            } else {
                line.addLast(other);
            }
        }
    }

    /** A point snapped to a grid of the tolerance, so that nearly equal points share a key. */
    private record Key(long x, long y) {
        static Key of(Point p, double tolerance) {
            return new Key(Math.round(p.x() / tolerance), Math.round(p.y() / tolerance));
        }
    }
}
