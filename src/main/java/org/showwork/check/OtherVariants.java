package org.showwork.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.showwork.quantity.Quantity;
import org.showwork.quantity.QuantityId;

/**
 * Finds, for a submission in a class of variants, another variant whose answer key (or whose
 * follow-through from the student's own values) its values match more closely than their own
 * variant's. Every variant's key is indexed by value once, so that a submission costs a look-up per
 * value; only the few variants whose keys share several of its values that are not its own are
 * checked in full. A value matches another variant more closely when it is correct or
 * follow-through there and better than it is at home (correct beats follow-through beats a
 * rounding slip beats the rest); at least {@link #MIN_VALUES} such values make a match, so that a
 * number two variants share by chance does not.
 */
final class OtherVariants {

    /** Values that must match another variant more closely before a submission is flagged. */
    static final int MIN_VALUES = 3;
    /** Values of another variant's key a submission must share, outside its own, before that variant is checked in full. */
    static final int MIN_SHARED = 2;
    /** Variants checked in full per submission at most, those sharing the most values first. */
    static final int CANDIDATES = 3;

    /** A match: the other variant, the values that match it (with their marks there), its result. */
    record Match(ClassVariant variant, Map<QuantityId, Mark> values) {}

    private final List<ClassVariant> variants;
    private final Map<QuantityId, Map<BigDecimal, List<Integer>>> byValue = new HashMap<>();

    OtherVariants(List<ClassVariant> variants) {
        this.variants = List.copyOf(variants);
        for (int k = 0; k < this.variants.size(); k++) {
            int variant = k;
            CheckTarget target = this.variants.get(k).target();
            target.trace().forEachQuantity((id, q) -> {
                if (!q.given() && q.finite()) {
                    byValue.computeIfAbsent(id, i -> new HashMap<>())
                            .computeIfAbsent(key(q.value().toBigDecimal(), target.places(id)), v -> new ArrayList<>(1))
                            .add(variant);
                }
            });
        }
    }

    /** The variant other than {@code own} that the submission's values match best, if any matches. */
    Optional<Match> find(Submission submission, ClassVariant own, CheckResult asOwn) {
        Match best = null;
        for (ClassVariant candidate : candidates(own, asOwn)) {
            CheckResult there = candidate.target().checker().check(submission);
            Map<QuantityId, Mark> closer = closer(asOwn, there);
            if (closer.size() >= MIN_VALUES && (best == null || closer.size() > best.values().size())) {
                best = new Match(candidate, closer);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The variants whose keys share the most of the submission's values that are not right for its own. */
    private List<ClassVariant> candidates(ClassVariant own, CheckResult asOwn) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (Mark mark : asOwn.marks()) {
            if (mark.verdict() == Verdict.CORRECT || !(mark.written() instanceof Written.Value v)) {
                continue;
            }
            Map<BigDecimal, List<Integer>> values = byValue.get(mark.id());
            List<Integer> holders = values == null ? null
                    : values.get(key(v.value(), own.target().places(mark.id())));
            if (holders != null) {
                for (int k : holders) {
                    shared.merge(k, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .filter(e -> e.getValue() >= MIN_SHARED && variants.get(e.getKey()) != own)
                .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(CANDIDATES).map(e -> variants.get(e.getKey())).toList();
    }

    /** The values, in derivation order, that are better there than at home, with their marks there. */
    private static Map<QuantityId, Mark> closer(CheckResult home, CheckResult there) {
        Map<QuantityId, Mark> byId = new HashMap<>();
        for (Mark m : there.marks()) {
            byId.put(m.id(), m);
        }
        Map<QuantityId, Mark> closer = new LinkedHashMap<>();
        for (Mark m : home.marks()) {
            Mark t = byId.get(m.id());
            if (t != null && t.verdict().accepted() && rank(t.verdict()) > rank(m.verdict())) {
                closer.put(m.id(), t);
            }
        }
        return closer;
    }

    /** How close a verdict says a value is: correct, follow-through, a rounding slip, nothing. */
    private static int rank(Verdict verdict) {
        return switch (verdict) {
            case CORRECT -> 3;
            case FOLLOW_THROUGH -> 2;
            case ROUNDING -> 1;
            default -> 0;
        };
    }

    /** A value as a key: rounded to the places shown, without trailing zeros, so that 0.12 and 0.120 agree. */
    private static BigDecimal key(BigDecimal value, int places) {
        return value.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The shown value of a quantity, or null when it is infinite. */
    static BigDecimal shown(Quantity q, int places) {
        return q == null || q.infinite() ? null : q.value().shown(places);
    }
}
