package org.showwork.quantity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which quantities a worksheet leaves blank, from a list such as {@code p,loss,error,grad}: kinds
 * of quantity by name, a few group names (grad, sums, update), or single ids such as {@code p[4]}
 * or {@code t2:cost}. The default, {@code all}, is every derived quantity.
 */
public record BlankSelection(Set<QuantityKind> kinds, Set<QuantityId> ids) implements Predicate<QuantityId> {

    private static final Map<String, Set<QuantityKind>> GROUPS = Map.of(
            "all", EnumSet.allOf(QuantityKind.class),
            "grad", EnumSet.of(QuantityKind.GRAD_W, QuantityKind.GRAD_B),
            "sums", EnumSet.of(QuantityKind.SUM_LOSS, QuantityKind.SUM_ERROR, QuantityKind.SUM_ERROR_X),
            "update", EnumSet.of(QuantityKind.W_NEW, QuantityKind.B_NEW),
            "forward", EnumSet.of(QuantityKind.Z, QuantityKind.P));

    public BlankSelection {
        kinds = kinds.isEmpty() ? EnumSet.noneOf(QuantityKind.class) : EnumSet.copyOf(kinds);
        ids = Set.copyOf(ids);
    }

    public static BlankSelection all() {
        return new BlankSelection(EnumSet.allOf(QuantityKind.class), Set.of());
    }

    /**
     * Reads a comma-separated selection; a comma inside brackets belongs to an id ({@code p[1,2]}).
     *
     * @return empty, with nothing read, when a name is neither a kind, a group nor an id; see {@link #names()}
     */
    public static Optional<BlankSelection> parse(String list, int featureCount) {
        return parse(list, featureCount, 0);
    }

    /** The same for a model of {@code classes} classes (0: the binary model), whose ids carry a class index. */
    public static Optional<BlankSelection> parse(String list, int featureCount, int classes) {
        Set<QuantityKind> kinds = EnumSet.noneOf(QuantityKind.class);
        Set<QuantityId> ids = new HashSet<>();
        for (String raw : list.split(",(?![^\\[]*\\])")) {
            String name = raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (GROUPS.containsKey(name)) {
                kinds.addAll(GROUPS.get(name));
                continue;
            }
            Optional<QuantityKind> kind = QuantityKind.byId(name);
            if (kind.isPresent() && !name.contains("[")) {
                kinds.add(kind.get());
                continue;
            }
            Optional<QuantityId> id = QuantityId.parse(name, featureCount, classes);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            ids.add(id.get());
        }
        return Optional.of(new BlankSelection(kinds, ids));
    }

    /** The names {@link #parse} knows, for messages. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(GROUPS.keySet().stream().sorted().toList());
        names.addAll(Arrays.stream(QuantityKind.values()).map(QuantityKind::id).toList());
        return names;
    }

    @Override
    public boolean test(QuantityId id) {
        return kinds.contains(id.kind()) || ids.contains(id);
    }
}
