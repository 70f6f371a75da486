package org.showwork.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps at most a fixed number of progress rows however long a run is: the rows of updates
 * 1, 1 + s, 1 + 2s, … for a stride s that doubles whenever the log is full, plus the latest row.
 */
final class ProgressLog {

    private final int capacity;
    private final List<ProgressRow> rows = new ArrayList<>();
    private ProgressRow latest;
    private int stride = 1;

    ProgressLog(int capacity) {
        this.capacity = capacity;
    }

    void add(ProgressRow row) {
        latest = row;
        if ((row.number() - 1) % stride != 0) {
            return;
        }
        rows.add(row);
        if (rows.size() > capacity) {
            stride *= 2;
            rows.removeIf(r -> (r.number() - 1) % stride != 0);
        }
    }

    List<ProgressRow> rows() {
        List<ProgressRow> kept = new ArrayList<>(rows);
        if (latest != null && (kept.isEmpty() || kept.get(kept.size() - 1).number() != latest.number())) {
            kept.add(latest);
        }
        return kept;
    }
}
