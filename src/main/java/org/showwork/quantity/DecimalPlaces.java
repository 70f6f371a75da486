package org.showwork.quantity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many decimal places each kind of quantity is written with (and, in hand arithmetic,
 * rounded to and carried with): a default for all kinds, overridden per kind.
 */
public record DecimalPlaces(int base, Map<QuantityKind, Integer> overrides) {

    public static final int DEFAULT = 4;

    public DecimalPlaces {
        // an enum map: every quantity of a trace asks for its places
        EnumMap<QuantityKind, Integer> byKind = new EnumMap<>(QuantityKind.class);
        byKind.putAll(overrides);
        overrides = Collections.unmodifiableMap(byKind);
    }

    public static DecimalPlaces uniform(int base) {
        return new DecimalPlaces(base, Map.of());
    }

    public int of(QuantityKind kind) {
        return overrides.getOrDefault(kind, base);
    }
}
