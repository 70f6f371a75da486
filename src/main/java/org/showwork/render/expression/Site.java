package org.showwork.render.expression;

import java.util.Arrays;
import java.util.Objects;

/**
 * A place in a parsed expression where a property is read or a method called ({@code .name} or
 * {@code .name(…)}). It keeps the member found for each of the last few classes it has seen, so
 * that evaluating the expression again asks no map: a site in a template sees one class or a
 * handful (the kinds of block) over a whole run. Two sites are equal when they name the same member
 * the same way, whatever they have seen.
 */
final class Site {

    /** Kinds of block, writers of the formats: more classes than this at one site go to the maps of {@link Members}. */
    private static final int KEPT = 8;

    private record Seen(Class<?> type, Member member) {}

    private final String name;
    /** The number of arguments of a call; -1 for a property. */
    private final int arity;
    /** Replaced whole, never changed: threads share it without locks. */
    private volatile Seen[] seen = new Seen[0];

    private Site(String name, int arity) {
        this.name = name;
        this.arity = arity;
    }

    static Site property(String name) {
        return new Site(name, -1);
    }

    static Site method(String name, int arity) {
        return new Site(name, arity);
    }

    /** {@code target.name} or {@code target.name(arguments)}, as OGNL evaluates it. */
    Object apply(Object target, Object[] arguments) {
        if (target == null || target instanceof Class<?>) {
            throw Unsupported.INSTANCE;
        }
        Class<?> type = target.getClass();
        for (Seen s : seen) {
            if (s.type() == type) {
                return s.member().invoke(target, arguments);
            }
        }
        Member member = arity < 0 ? Members.getter(target, name) : Members.method(target, name, arity);
        Seen[] before = seen;
        if (before.length < KEPT) {
            Seen[] after = Arrays.copyOf(before, before.length + 1);
            after[before.length] = new Seen(type, member);
            seen = after;
        }
        return member.invoke(target, arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Site s && s.name.equals(name) && s.arity == arity;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, arity);
    }

    @Override
    public String toString() {
        return arity < 0 ? name : name + "/" + arity;
    }
}
