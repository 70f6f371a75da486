package org.showwork.bench;

import java.util.Locale;

/** One line of a benchmark report: a figure beside its goal, and whether it met it. */
final class Goal {
    private Goal() {}

    static String atMost(String what, double seconds, double goalSeconds) {
        return String.format(Locale.ROOT, "%-44s %7.2f s   goal <= %.0f s   %s", what, seconds, goalSeconds,
                seconds <= goalSeconds ? "met" : "MISSED");
    }
}
