package org.showwork.render.plot;

import java.math.RoundingMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** "Nice" tick positions (steps of 1, 2 or 5 times a power of ten) and their labels. */
final class Ticks {
    private Ticks() {}

    static List<Double> between(double min, double max, int about, boolean whole) {
        double raw = (max - min) / Math.max(1, about);
        if (whole) {
            raw = Math.max(raw, 1);
        }
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = power;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                step = m * power;
                break;
            }
        }
        List<Double> ticks = new ArrayList<>();
        double first = Math.ceil(min / step - 1e-9) * step;
        for (double t = first; t <= max + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** A tick label with no more digits than the step needs, and a true minus sign. */
    static String label(double value, List<Double> ticks) {
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
        int places = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        String text = BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }
}
