package org.showwork.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Finds misconceptions repeated across samples: the same mistake of the catalogue behind the same
 * kind of value in two or more samples of a step is one pattern, diagnosed once. Under
 * {@code misconception: once} it also costs once: its first value is wrong, and the later ones earn
 * what a follow-through value earns (the mistake is carried, as a wrong value is carried into the
 * values built on it). Under {@code each}, the default, every value is still marked on its own.
 */
final class MisconceptionPatterns {
    private MisconceptionPatterns() {}

    private record Group(int iteration, QuantityKind kind, Mistake mistake) {}

    private record Column(int iteration, QuantityKind kind) {}

    static CheckResult apply(CheckResult result, MarkingScheme scheme) {
        Map<Group, List<QuantityId>> groups = repeatedMistakes(result.marks());
        if (groups.isEmpty()) {
            return result;
        }
        boolean once = scheme.rules().misconception() == MarkingRules.Misconception.ONCE;
        Map<Column, Integer> marked = markedPerColumn(result.marks());
        List<MisconceptionPattern> patterns = new ArrayList<>(result.patterns());
        Map<QuantityId, Remark.Repeated> repeated = new HashMap<>();
        groups.forEach((g, ids) -> {
            patterns.add(new MisconceptionPattern(g.mistake(), g.kind(), g.iteration(), ids,
                    marked.get(new Column(g.iteration(), g.kind())), once));
            for (QuantityId id : ids.subList(1, ids.size())) {
                repeated.put(id, new Remark.Repeated(g.mistake(), ids.get(0), once));
            }
        });
        return result.withMarks(remarked(result.marks(), repeated, once, scheme)).withPatterns(patterns);
    }

    /** The wrong per-sample values with the same diagnosed mistake in the same column, where there are two or more. */
    private static Map<Group, List<QuantityId>> repeatedMistakes(List<Mark> marks) {
        Map<Group, List<QuantityId>> groups = new LinkedHashMap<>();
        for (Mark mark : marks) {
            QuantityId id = mark.id();
            if (id.kind().perSample() && mark.verdict() == Verdict.WRONG && mark.diagnosis() != null) {
                groups.computeIfAbsent(new Group(id.iteration(), id.kind(), mark.diagnosis().mistake()),
                        g -> new ArrayList<>()).add(id);
            }
        }
        groups.values().removeIf(ids -> ids.size() < 2);
        return groups;
    }

    /** How many values of each per-sample column were marked, whatever their verdict. */
    private static Map<Column, Integer> markedPerColumn(List<Mark> marks) {
        Map<Column, Integer> marked = new HashMap<>();
        for (Mark mark : marks) {
            if (mark.id().kind().perSample()) {
                marked.merge(new Column(mark.id().iteration(), mark.id().kind()), 1, Integer::sum);
            }
        }
        return marked;
    }

    /**
     * Every repeat of a pattern remarked as one; under {@code once} it earns what a follow-through
     * value earns.
     */
    private static List<Mark> remarked(List<Mark> marks, Map<QuantityId, Remark.Repeated> repeated, boolean once,
            MarkingScheme scheme) {
        List<Mark> remarked = new ArrayList<>();
        for (Mark mark : marks) {
            Remark.Repeated r = repeated.get(mark.id());
            if (r == null) {
                remarked.add(mark);
                continue;
            }
            Mark kept = once ? mark.judged(mark.verdict(), mark.diagnosis(), mark.maxPoints()
                    .multiply(scheme.followThroughCredit())) : mark;
            remarked.add(kept.remarked(r));
        }
        return remarked;
    }
}
