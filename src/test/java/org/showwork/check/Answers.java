package org.showwork.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.showwork.derive.Trace;
import org.showwork.quantity.QuantityId;

/** Submissions for tests: the answer key of a trace (every derived value as shown), to be changed a value at a time. */
final class Answers {
    private Answers() {}

    /** Every derived quantity of the trace as the answer key writes it: to its places, ∞ for an infinite loss. */
    static Map<String, String> key(Trace trace) {
        int d = trace.problem().featureCount();
        Map<String, String> key = new LinkedHashMap<>();
        trace.forEachQuantity((id, q) -> {
            if (!q.given()) {
                key.put(id.toString(d), q.infinite() ? "∞" : q.value().shown(trace.problem().decimals().of(id.kind())).toPlainString());
            }
        });
        return key;
    }

    static Submission submission(Map<String, String> answers) {
        List<Answer> list = new ArrayList<>();
        int line = 1;
        for (Map.Entry<String, String> e : answers.entrySet()) {
            list.add(new Answer(e.getKey(), NumberReading.read(e.getValue()), line++));
        }
        return new Submission("test.yaml", "test", "", list, List.of());
    }

    static Map<String, String> with(Map<String, String> key, String id, String value) {
        Map<String, String> changed = new LinkedHashMap<>(key);
        changed.put(id, value);
        return changed;
    }

    static Mark mark(CheckResult result, String id, int d) {
        return result.marks().stream().filter(m -> m.id().toString(d).equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no mark for " + id));
    }

    static QuantityId id(String text, int d) {
        return QuantityId.parse(text, d).orElseThrow();
    }

    static BigDecimal decimal(String text) {
        return new BigDecimal(text);
    }
}
