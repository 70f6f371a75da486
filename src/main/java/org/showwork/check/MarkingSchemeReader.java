package org.showwork.check;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.showwork.quantity.BlankSelection;
import org.showwork.problem.ProblemException;
import org.showwork.problem.Spelling;
import org.showwork.problem.TextFile;
import org.showwork.problem.YamlNode;
import org.showwork.quantity.QuantityId;
import org.showwork.quantity.QuantityKind;

/**
 * Reads a marking scheme (YAML), every key optional:
 * <pre>
 * asked: all                      # what is marked: kinds, groups, ids (as --blank of a worksheet)
 * tolerance: shown                # shown | places:N | abs:X | rel:X (or rel:N%) | sig:N
 * tolerance_for:                  # per kind of quantity, or per id
 *   p: abs:0.002
 *   t2:cost: sig:3
 * points: 1                       # per quantity
 * points_for:
 *   w_new: 2
 *   b_new: 2
 * credit: {rounding: 0.5, follow-through: 1}
 * other_variant: no-follow-through   # or follow-through: what values matching another variant earn
 * misconception: each                # or once: a mistake repeated across samples costs once
 * fractions: yes                     # or no: 1/8 and ½ are unreadable
 * </pre>
 * Ids with indices are keys of block mappings, one a line: in a flow mapping ({@code {…}}) YAML
 * reads their brackets as lists.
 * A mistake is reported with the file, line, column and key, as for problem files.
 */
public final class MarkingSchemeReader {

    /** The most points (or credit) one value may be worth: scores summed over a class stay ordinary numbers. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000);

    static final List<String> KEYS = List.of("asked", "tolerance", "tolerance_for", "points", "points_for", "credit",
            "other_variant", "misconception", "fractions");
    static final List<String> CREDITS = List.of("rounding", "follow-through");

    private final String file;
    private final int featureCount;
    /** The problem's classes: 0 for binary logistic regression, K for softmax (its ids carry a class index). */
    private final int classes;

    private MarkingSchemeReader(String file, int featureCount, int classes) {
        this.file = file;
        this.featureCount = featureCount;
        this.classes = classes;
    }

    public static MarkingScheme read(Path path, int featureCount) throws ProblemException {
        return read(path, featureCount, 0);
    }

    /** A marking scheme for a problem of {@code featureCount} features and {@code classes} classes (0: binary). */
    public static MarkingScheme read(Path path, int featureCount, int classes) throws ProblemException {
        String text = TextFile.read(path);
        return read(text, path.toString(), featureCount, classes);
    }

    public static MarkingScheme read(String text, String name, int featureCount) throws ProblemException {
        return read(text, name, featureCount, 0);
    }

    public static MarkingScheme read(String text, String name, int featureCount, int classes) throws ProblemException {
        return new MarkingSchemeReader(name, featureCount, classes).parse(text);
    }

    private MarkingScheme parse(String text) throws ProblemException {
        MarkingScheme defaults = MarkingScheme.defaults();
        YamlNode.Mapping top = top(text);
        if (top == null) {
            return defaults;
        }
        Map<String, YamlNode.Entry> keys = top.entries();
        Predicate<QuantityId> asked = keys.containsKey("asked") ? asked(keys.get("asked")) : defaults.asked();
        Tolerance tolerance = keys.containsKey("tolerance") ? tolerance(keys.get("tolerance").value(), "tolerance")
                : defaults.tolerance();
        Map<QuantityKind, Tolerance> tolerancesByKind = new EnumMap<>(QuantityKind.class);
        Map<QuantityId, Tolerance> tolerancesById = new HashMap<>();
        if (keys.containsKey("tolerance_for")) {
            for (YamlNode.Entry e : mapping(keys.get("tolerance_for")).entries().values()) {
                Tolerance t = tolerance(e.value(), "tolerance_for." + e.key());
                target(e, "tolerance_for", kind -> tolerancesByKind.put(kind, t), id -> tolerancesById.put(id, t));
            }
        }
        BigDecimal points = keys.containsKey("points") ? amount(keys.get("points").value(), "points") : defaults.points();
        Map<QuantityKind, BigDecimal> pointsByKind = new EnumMap<>(QuantityKind.class);
        Map<QuantityId, BigDecimal> pointsById = new HashMap<>();
        if (keys.containsKey("points_for")) {
            for (YamlNode.Entry e : mapping(keys.get("points_for")).entries().values()) {
                BigDecimal p = amount(e.value(), "points_for." + e.key());
                target(e, "points_for", kind -> pointsByKind.put(kind, p), id -> pointsById.put(id, p));
            }
        }
        BigDecimal[] credits = credits(keys, defaults);
        return new MarkingScheme(asked, tolerance, tolerancesByKind, tolerancesById, points, pointsByKind, pointsById,
                credits[0], credits[1], rules(keys));
    }

    /** The scheme's mapping of keys, each a known one; null for an empty file. */
    private YamlNode.Mapping top(String text) throws ProblemException {
        YamlNode root;
        try {
            root = YamlNode.parse(text);
        } catch (YamlNode.SyntaxError e) {
            throw ProblemException.at(file, e.line(), e.column(), null, e.getMessage());
        }
        if (root == null) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            throw error(root, null, "a marking scheme is a mapping of keys (" + String.join(", ", KEYS) + ")");
        }
        for (YamlNode.Entry e : top.entries().values()) {
            if (!KEYS.contains(e.key())) {
                throw at(e, e.key(), "unknown key '" + e.key() + "'" + suggestion(e.key(), KEYS));
            }
        }
        return top;
    }

    private Predicate<QuantityId> asked(YamlNode.Entry e) throws ProblemException {
        String list = e.value() instanceof YamlNode.Sequence s ? String.join(",", texts(s, "asked")) : text(e.value(), "asked");
        return BlankSelection.parse(list, featureCount, classes).orElseThrow(() -> at(e, "asked",
                "'" + list + "' is not a list of quantities: use kinds, ids such as p[4] or t2:cost, or "
                        + String.join(", ", BlankSelection.names())));
    }

    /** The credits for rounding and for follow-through, in that order. */
    private BigDecimal[] credits(Map<String, YamlNode.Entry> keys, MarkingScheme defaults) throws ProblemException {
        BigDecimal[] credits = {defaults.roundingCredit(), defaults.followThroughCredit()};
        if (!keys.containsKey("credit")) {
            return credits;
        }
        for (YamlNode.Entry e : mapping(keys.get("credit")).entries().values()) {
            if (!CREDITS.contains(e.key())) {
                throw at(e, "credit." + e.key(), "credit is given for rounding and follow-through, not '" + e.key()
                        + "'" + suggestion(e.key(), CREDITS));
            }
            BigDecimal share = amount(e.value(), "credit." + e.key());
            if (share.compareTo(BigDecimal.ONE) > 0) {
                throw at(e, "credit." + e.key(), "a credit is a share of the points, from 0 to 1, got "
                        + share.toPlainString());
            }
            credits[CREDITS.indexOf(e.key())] = share;
        }
        return credits;
    }

    private MarkingRules rules(Map<String, YamlNode.Entry> keys) throws ProblemException {
        MarkingRules rules = MarkingRules.defaults();
        boolean fractions = keys.containsKey("fractions") ? yesOrNo(keys.get("fractions").value(), "fractions")
                : rules.fractions();
        return new MarkingRules(choice(keys, "other_variant", MarkingRules.OtherVariant.class, rules.otherVariant()),
                choice(keys, "misconception", MarkingRules.Misconception.class, rules.misconception()), fractions);
    }

    private <C extends Enum<C> & MarkingRules.Choice> C choice(Map<String, YamlNode.Entry> keys, String key, Class<C> rule,
            C otherwise) throws ProblemException {
        if (!keys.containsKey(key)) {
            return otherwise;
        }
        YamlNode node = keys.get(key).value();
        String word = text(node, key);
        return MarkingRules.choice(rule, word.strip()).orElseThrow(() -> error(node, key,
                "'" + word + "' is not a choice" + suggestion(word, MarkingRules.words(rule))));
    }

    private boolean yesOrNo(YamlNode node, String where) throws ProblemException {
        String word = text(node, where).strip().toLowerCase(Locale.ROOT);
        if (List.of("yes", "true", "on").contains(word)) {
            return true;
        }
        if (List.of("no", "false", "off").contains(word)) {
            return false;
        }
        throw error(node, where, "expected yes or no, got '" + word + "'");
    }

    private interface KindTarget {
        void put(QuantityKind kind);
    }

    private interface IdTarget {
        void put(QuantityId id);
    }

    /** An entry keyed by a kind of quantity (all of them) or by one id. */
    private void target(YamlNode.Entry e, String section, KindTarget byKind, IdTarget byId) throws ProblemException {
        Optional<QuantityKind> kind = QuantityKind.byId(e.key());
        if (kind.isPresent()) {
            byKind.put(kind.get());
            return;
        }
        Optional<QuantityId> id = QuantityId.parse(e.key(), featureCount, classes);
        if (id.isEmpty()) {
            List<String> kinds = Arrays.stream(QuantityKind.values()).map(QuantityKind::id).toList();
            throw at(e, section + "." + e.key(), "'" + e.key() + "' is neither a kind of quantity nor a quantity id"
                    + suggestion(e.key(), kinds));
        }
        byId.put(id.get());
    }

    private Tolerance tolerance(YamlNode node, String where) throws ProblemException {
        String spelling = text(node, where);
        return Tolerance.parse(spelling).orElseThrow(() -> error(node, where, "'" + spelling + "' is not a tolerance; "
                + "use shown, places:N, abs:X, rel:X (or rel:N%) or sig:N, with X ≥ 0 and N a whole number"));
    }

    private BigDecimal amount(YamlNode node, String where) throws ProblemException {
        String text = text(node, where);
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() >= 0 && value.compareTo(MAX_AMOUNT) <= 0) {
                return value;
            }
            if (value.signum() >= 0) {
                throw error(node, where, "at most " + MAX_AMOUNT.toPlainString() + ", got " + text.strip()
                        + " (a class's total must stay a number a gradebook can hold)");
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(node, where, "expected a number of at least 0, got '" + text + "'");
    }

    private YamlNode.Mapping mapping(YamlNode.Entry e) throws ProblemException {
        if (e.value() instanceof YamlNode.Mapping m) {
            return m;
        }
        throw at(e, e.key(), e.key() + " is a mapping, one entry a line (e.g. " + e.key() + ":\\n  p: …)");
    }

    private List<String> texts(YamlNode.Sequence s, String where) throws ProblemException {
        List<String> out = new ArrayList<>();
        for (YamlNode item : s.items()) {
            out.add(text(item, where));
        }
        return out;
    }

    private String text(YamlNode node, String where) throws ProblemException {
        if (node instanceof YamlNode.Scalar s && s.token() != JsonToken.VALUE_NULL) {
            return s.text();
        }
        throw error(node, where, "expected a single value");
    }

    private static String suggestion(String word, List<String> known) {
        return Spelling.nearest(word, known).map(k -> "; did you mean '" + k + "'?")
                .orElse("; the choices are " + String.join(", ", known));
    }

    private ProblemException at(YamlNode.Entry e, String where, String what) {
        return ProblemException.at(file, e.line(), e.column(), where, what);
    }

    private ProblemException error(YamlNode node, String where, String what) {
        return ProblemException.at(file, node.line(), node.column(), where, what);
    }
}
