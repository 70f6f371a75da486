package org.showwork.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.showwork.quantity.QuantityId;

/**
 * Applies the marking scheme's rule for values that match another variant: each such value is
 * remarked, its invented diagnosis dropped (the other variant explains it better than a mistake of
 * the catalogue), and — under the default rule, {@code no-follow-through} — it earns no
 * follow-through, and neither does a follow-through value built on one. The submission is flagged
 * with the evidence: which variant, how many values, the first few.
 */
final class OtherVariantPolicy {
    private OtherVariantPolicy() {}

    /** Examples of matching values a flag carries. */
    static final int EXAMPLES = 3;

    static CheckResult apply(CheckResult result, OtherVariants.Match match, ClassVariant own, MarkingScheme scheme) {
        boolean deny = scheme.rules().otherVariant() == MarkingRules.OtherVariant.NO_FOLLOW_THROUGH;
        String code = match.variant().code();
        Set<QuantityId> tainted = new HashSet<>(match.values().keySet());
        List<Mark> marks = new ArrayList<>();
        for (Mark mark : result.marks()) {
            boolean direct = match.values().containsKey(mark.id());
            boolean built = !direct && mark.verdict() == Verdict.FOLLOW_THROUGH
                    && mark.differing().stream().anyMatch(in -> tainted.contains(in.id()));
            if (!direct && !built) {
                marks.add(mark);
                continue;
            }
            tainted.add(mark.id());
            boolean denied = deny && mark.verdict() == Verdict.FOLLOW_THROUGH;
            Mark changed = mark;
            if (denied) {
                changed = mark.judged(Verdict.WRONG, null, BigDecimal.ZERO);
            } else if (mark.verdict() == Verdict.WRONG) {
                changed = mark.judged(Verdict.WRONG, null, mark.points());
            }
            marks.add(changed.remarked(new Remark.OtherVariant(code, mark.verdict(), direct, denied)));
        }
        List<Flag> flags = new ArrayList<>(result.flags());
        flags.add(flag(result, match, own));
        return result.withMarks(marks).withFlags(flags);
    }

    private static Flag flag(CheckResult result, OtherVariants.Match match, ClassVariant own) {
        List<Flag.Evidence> examples = new ArrayList<>();
        for (Mark home : result.marks()) {
            Mark there = match.values().get(home.id());
            if (there == null || examples.size() == EXAMPLES) {
                continue;
            }
            boolean fromKey = there.verdict() == Verdict.CORRECT;
            int places = own.target().places(home.id());
            examples.add(new Flag.Evidence(home.id(), home.written().text(),
                    fromKey ? there.shown() : OtherVariants.shown(there.recomputed(), places), fromKey, home.shown()));
        }
        return new Flag.OtherVariant(match.variant().code(), match.variant().owner(), own.code(), match.values().size(),
                result.marks().size(), List.copyOf(match.values().keySet()), examples);
    }
}
