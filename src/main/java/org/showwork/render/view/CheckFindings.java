package org.showwork.render.view;

import static org.showwork.formula.Formulas.num;
import static org.showwork.formula.Formulas.sym;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.showwork.check.CheckResult;
import org.showwork.check.Flag;
import org.showwork.check.Mark;
import org.showwork.check.MarkingRules;
import org.showwork.check.MarkingScheme;
import org.showwork.check.MisconceptionPattern;
import org.showwork.check.Remark;
import org.showwork.check.Written;
import org.showwork.formula.Expr.Symbol;
import org.showwork.quantity.QuantityId;

/**
 * The parts of a checked submission's report that marking it within a class adds, in sentences:
 * the flags (another variant's values, a swapped or shared variant code), the misconceptions
 * repeated across samples, how unusually written numbers were read, and the remark on a single
 * value. Each says which rule of the marking scheme applied, and why.
 */
final class CheckFindings {

    private final CheckResult result;
    private final MarkingScheme scheme;
    private final int d;

    CheckFindings(CheckResult result, MarkingScheme scheme, int d) {
        this.result = result;
        this.scheme = scheme;
        this.d = d;
    }

    /** One item per flag, in the student's words ("your values"). */
    List<List<Inline>> flags() {
        List<List<Inline>> items = new ArrayList<>();
        for (Flag flag : result.flags()) {
            if (flag instanceof Flag.OtherVariant o) {
                items.add(otherVariant(o));
            } else if (flag instanceof Flag.SwappedVariant s) {
                items.add(Inline.of("The variant code " + s.variant() + " belongs to " + s.owner().phrase()
                        + ", but this submission names " + s.header().phrase() + "."));
            } else if (flag instanceof Flag.SharedCode c) {
                items.add(Inline.of(capitalised(c.sentence(d))));
            }
        }
        return items;
    }

    private List<Inline> otherVariant(Flag.OtherVariant o) {
        List<Inline> text = new ArrayList<>(Inline.of(o.values() + " of your " + o.marked() + " values match variant "
                + o.variant() + ", drawn for " + o.owner().phrase() + ", more closely than your own variant "
                + o.ownVariant() + ": its answer key has them, or they follow from your values as they do in "
                + o.variant() + ". Among them: "));
        for (int k = 0; k < o.examples().size(); k++) {
            Flag.Evidence e = o.examples().get(k);
            text.add(new Inline.Text(k == 0 ? "" : k == o.examples().size() - 1 ? " and " : ", "));
            text.add(new Inline.Math(NotePhrases.symbol(e.id(), d)));
            text.add(new Inline.Text(" = " + e.written() + " (" + o.variant() + (e.fromKey() ? "'s key: " : ", from your values: ")));
            text.add(number(e.theirs()));
            text.add(new Inline.Text("; yours: "));
            text.add(number(e.ours()));
            text.add(new Inline.Text(")"));
        }
        text.add(new Inline.Text(". " + otherVariantRule()));
        return text;
    }

    /** The marking's rule for values of another variant, and what it did here. */
    private String otherVariantRule() {
        long denied = result.marks().stream().filter(m -> m.remark(Remark.OtherVariant.class)
                .map(Remark.OtherVariant::denied).orElse(false)).count();
        if (scheme.rules().otherVariant() == MarkingRules.OtherVariant.FOLLOW_THROUGH) {
            return "Under this marking they still earn follow-through where they follow from your own values.";
        }
        return "Under this marking, values that match another variant, and values built on them, earn no "
                + "follow-through: the work they show is not your variant's" + (denied == 0 ? "."
                : "; " + denied + (denied == 1 ? " value that would have been follow-through is" : " values that would "
                + "have been follow-through are") + " marked wrong.");
    }

    /** One item per misconception repeated across samples. */
    List<List<Inline>> patterns() {
        List<List<Inline>> items = new ArrayList<>();
        for (MisconceptionPattern p : result.patterns()) {
            QuantityId first = p.ids().get(0);
            QuantityId last = p.ids().get(p.ids().size() - 1);
            items.add(Inline.of(capitalised(p.mistake().description()) + ", " + p.extent()
                    + (result.marks().stream().mapToInt(m -> m.id().iteration()).max().orElse(1) > 1
                    ? " of step " + p.iteration() : "") + " (" + first.toString(d)
                    + (p.ids().size() == 2 ? " and " : " to ") + last.toString(d) + "): one misconception, "
                    + (p.countedOnce() ? "counted once under this marking: the first value is wrong, the later ones "
                    + "earn what follow-through earns." : "and under this marking each value is marked on its own.")));
        }
        return items;
    }

    /** One item per number that was read through an unusual spelling, or refused as a fraction. */
    List<List<Inline>> readings() {
        List<List<Inline>> items = new ArrayList<>();
        for (Mark mark : result.marks()) {
            List<Inline> quantity = Inline.of(new Inline.Math(NotePhrases.symbol(mark.id(), d)),
                    " (" + mark.id().toString(d) + "): ");
            if (mark.written() instanceof Written.Value v && !v.spellings().isEmpty()) {
                items.add(Inline.of(quantity, "“" + v.text() + "” read as ", number(v.plain()), ": " + v.reading() + "."));
            } else if (mark.written() instanceof Written.Unreadable u && !u.reason().isEmpty()) {
                items.add(Inline.of(quantity, "“" + u.text() + "” is " + u.reason() + "."));
            }
        }
        return items;
    }

    /** The sentences a remark adds to a value's explanation; empty when it has none. */
    List<Inline> remarks(Mark mark) {
        List<Inline> text = new ArrayList<>();
        mark.remark(Remark.OtherVariant.class).ifPresent(r -> text.add(new Inline.Text(" " + (r.direct()
                ? "It matches variant " + r.variant() + " more closely than yours"
                : "It is built on values that match variant " + r.variant()) + (r.denied()
                ? ", and under this marking such values earn no follow-through." : " (see the flags above)."))));
        mark.remark(Remark.Repeated.class).ifPresent(r -> text.add(new Inline.Text(" The same misconception as "
                + r.first().toString(d) + (r.countedOnce() ? ", counted once under this marking." : "."))));
        return text;
    }

    private static Inline number(BigDecimal value) {
        return new Inline.Calc(value == null ? sym(Symbol.INFINITY) : num(value));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
