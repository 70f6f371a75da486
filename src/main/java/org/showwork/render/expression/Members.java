package org.showwork.render.expression;

import java.beans.IntrospectionException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ognl.ObjectMethodAccessor;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;
import org.thymeleaf.util.ExpressionUtils;

/**
 * The property or method OGNL would call for a name on an object, found once per class and name
 * (OGNL searches again on every evaluation) and then called directly. The finding asks OGNL's own
 * lookup ({@link OgnlRuntime#getGetMethod}, {@link OgnlRuntime#getReadMethod},
 * {@link OgnlRuntime#getMethods}) and applies Thymeleaf's restrictions as its member access does
 * (public members only, and none that {@link ExpressionUtils#isMemberAllowed} refuses). Where OGNL
 * would do more than call one method as it is (a custom accessor, overloads to choose between, an
 * argument to convert, fields, statics, classes) the member is not found here, and the expression
 * goes to OGNL.
 */
final class Members {

    private static final ClassValue<Map<String, Member>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Member> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Keyed by name and number of arguments, as in {@code cells/2} (asked only where a Site has not seen the class). */
    private static final ClassValue<Map<String, Member>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Member> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Members() {
    }

    /** The member OGNL reads {@code target.name} with, or {@link Member#NONE}; found once per class. */
    static Member getter(Object target, String name) {
        Map<String, Member> known = GETTERS.get(target.getClass());
        Member member = known.get(name);
        if (member == null) {
            member = findGetter(target, name);
            known.put(name, member);
        }
        return member;
    }

    /** The method OGNL calls for {@code target.name(…)} with {@code arity} arguments, or {@link Member#NONE}. */
    static Member method(Object target, String name, int arity) {
        Map<String, Member> known = METHODS.get(target.getClass());
        String signature = name + "/" + arity;
        Member member = known.get(signature);
        if (member == null) {
            member = findMethod(target, name, arity);
            known.put(signature, member);
        }
        return member;
    }

    /** What OGNL's property accessor for the target's class reads for {@code name}, if it reads it by one method. */
    private static Member findGetter(Object target, String name) {
        Class<?> type = target.getClass();
        try {
            PropertyAccessor accessor = OgnlRuntime.getPropertyAccessor(type);
            if (accessor instanceof RecordPropertyAccessor) {
                Method component = RecordPropertyAccessor.component(type, name);
                if (component != null) {
                    // as RecordPropertyAccessor calls it: directly, before any search
                    return Member.of(component);
                }
            } else if (accessor.getClass() != ObjectPropertyAccessor.class) {
                return Member.NONE;
            }
            // ObjectPropertyAccessor: OGNL's getter, else its read method (a method named as the property)
            Method method = OgnlRuntime.getGetMethod(null, type, name);
            if (method == null) {
                method = OgnlRuntime.getReadMethod(type, name, null);
            }
            return method == null || method.getParameterCount() != 0 ? Member.NONE : allowed(target, method);
        } catch (IntrospectionException | OgnlException | RuntimeException e) {
            return Member.NONE;
        }
    }

    /** The one method OGNL's default method accessor would choose among those of the name and arity. */
    @SuppressWarnings("unchecked")
    private static Member findMethod(Object target, String name, int arity) {
        Class<?> type = target.getClass();
        try {
            if (OgnlRuntime.getMethodAccessor(type).getClass() != ObjectMethodAccessor.class) {
                return Member.NONE;
            }
        } catch (OgnlException e) {
            return Member.NONE;
        }
        List<Method> named = OgnlRuntime.getMethods(type, name, false);
        if (named == null) {
            return Member.NONE;
        }
        List<Method> candidates = named.stream().filter(m -> m.getParameterCount() == arity).toList();
        if (candidates.isEmpty()) {
            return Member.NONE;
        }
        // the same method declared again up the hierarchy is one method; overloads are OGNL's to choose between
        Method first = candidates.get(0);
        for (Method m : candidates) {
            if (!Arrays.equals(m.getParameterTypes(), first.getParameterTypes()) || m.isVarArgs()
                    || !Modifier.isPublic(m.getModifiers())) {
                return Member.NONE;
            }
        }
        for (Type parameter : first.getGenericParameterTypes()) {
            if (parameter instanceof TypeVariable<?>) {
                return Member.NONE; // OGNL resolves these against the class; not decided here
            }
        }
        return allowed(target, first);
    }

    /** The method if Thymeleaf's member access lets templates call it, made callable from here. */
    private static Member allowed(Object target, Method method) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                || !ExpressionUtils.isMemberAllowed(target, method.getName())) {
            return Member.NONE;
        }
        Method callable = callable(target.getClass(), method);
        return callable == null ? Member.NONE : Member.of(callable);
    }

    /**
     * The method as declared by a public class or interface, which reflection may call (a public
     * method of a hidden class such as the JDK's immutable lists is reached through its interface);
     * the call still dispatches to the object's own implementation.
     */
    private static Method callable(Class<?> type, Method method) {
        if (Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            return method;
        }
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> c = pending.pop();
            if (Modifier.isPublic(c.getModifiers())) {
                try {
                    Method declared = c.getMethod(method.getName(), method.getParameterTypes());
                    if (Modifier.isPublic(declared.getDeclaringClass().getModifiers())) {
                        return declared;
                    }
                } catch (NoSuchMethodException e) {
                    // not declared on this side of the hierarchy
                }
            }
            if (c.getSuperclass() != null) {
                pending.add(c.getSuperclass());
            }
            pending.addAll(List.of(c.getInterfaces()));
        }
        return method.trySetAccessible() ? method : null;
    }
}
