package org.showwork.problem;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.showwork.numeric.ArithmeticMode;
import org.showwork.quantity.DecimalPlaces;
import org.showwork.quantity.QuantityKind;

/** Reads how a problem is worked: {@code arithmetic} (hand or exact), {@code decimals} and {@code decimals_for}. */
final class ArithmeticReader {

    private static final int MAX_DECIMALS = 30;

    private final ProblemValues values;
    private final Map<String, YamlNode.Entry> keys;

    ArithmeticReader(ProblemValues values, Map<String, YamlNode.Entry> keys) {
        this.values = values;
        this.keys = keys;
    }

    ArithmeticMode arithmetic() throws ProblemException {
        if (!keys.containsKey("arithmetic")) {
            return ArithmeticMode.EXACT;
        }
        String mode = values.text(keys.get("arithmetic"));
        return switch (mode) {
            case "exact" -> ArithmeticMode.EXACT;
            case "hand" -> ArithmeticMode.HAND;
            default -> throw values.at(keys.get("arithmetic"), "arithmetic must be 'hand' or 'exact', got '" + mode + "'");
        };
    }

    DecimalPlaces places() throws ProblemException {
        int decimals = keys.containsKey("decimals") ? values.integer(keys.get("decimals"), 0, MAX_DECIMALS)
                : DecimalPlaces.DEFAULT;
        Map<QuantityKind, Integer> decimalsFor = new EnumMap<>(QuantityKind.class);
        if (keys.containsKey("decimals_for")) {
            YamlNode.Entry entry = keys.get("decimals_for");
            if (!(entry.value() instanceof YamlNode.Mapping m)) {
                throw values.at(entry, "decimals_for is a mapping from quantity names to places, e.g. {grad_w: 4, cost: 4}");
            }
            for (YamlNode.Entry e : m.entries().values()) {
                decimalsFor.put(kind(e), values.integer(e.value(), "decimals_for." + e.key(), 0, MAX_DECIMALS));
            }
        }
        return new DecimalPlaces(decimals, decimalsFor);
    }

    private QuantityKind kind(YamlNode.Entry e) throws ProblemException {
        List<String> names = Arrays.stream(QuantityKind.values()).map(QuantityKind::id).toList();
        return QuantityKind.byId(e.key()).orElseThrow(() -> ProblemException.at(values.file(), e.line(), e.column(),
                "decimals_for." + e.key(), "'" + e.key() + "' is not a quantity name"
                        + Spelling.nearest(e.key(), names).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; the names are " + String.join(", ", names))));
    }
}
