package org.showwork.render.expression;

import java.beans.IntrospectionException;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
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

    private static final Object[] NO_ARGUMENTS = {};

    /**
     * A method to call as it is, with the types its arguments must already have (a primitive
     * parameter's as its wrapper, flagged in {@code primitive}); or none.
     */
    private record Member(Method method, Class<?>[] parameters, boolean[] primitive) {
        static final Member NONE = new Member(null, new Class<?>[0], new boolean[0]);

        static Member of(Method method) {
            Class<?>[] types = method.getParameterTypes();
            Class<?>[] boxed = new Class<?>[types.length];
            boolean[] primitive = new boolean[types.length];
            for (int i = 0; i < types.length; i++) {
                primitive[i] = types[i].isPrimitive();
                boxed[i] = MethodType.methodType(types[i]).wrap().returnType();
            }
            return new Member(method, boxed, primitive);
        }

        Object invoke(Object target, Object[] arguments) {
            if (method == null || !accepts(arguments)) {
                throw Unsupported.INSTANCE;
            }
            try {
                return method.invoke(target, arguments);
            } catch (IllegalAccessException | InvocationTargetException | IllegalArgumentException e) {
                throw Unsupported.INSTANCE;
            }
        }

        /** True if each argument is passed as it is: OGNL converts nothing then, and picks this method. */
        private boolean accepts(Object[] arguments) {
            for (int i = 0; i < arguments.length; i++) {
                Object argument = arguments[i];
                boolean fits = argument == null ? !primitive[i]
                        : primitive[i] ? argument.getClass() == parameters[i] : parameters[i].isInstance(argument);
                if (!fits) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final ClassValue<Map<String, Member>> GETTERS = new ClassValue<>() {
        @Override
        protected Map<String, Member> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    /** Keyed by name and number of arguments, as in {@code cells/2}. */
    private static final ClassValue<Map<String, Member>> METHODS = new ClassValue<>() {
        @Override
        protected Map<String, Member> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    private Members() {
    }

    /** {@code target.name} as OGNL reads it. */
    static Object property(Object target, String name) {
        if (target == null || target instanceof Class<?>) {
            throw Unsupported.INSTANCE;
        }
        Map<String, Member> known = GETTERS.get(target.getClass());
        Member member = known.get(name);
        if (member == null) {
            member = getter(target, name);
            known.put(name, member);
        }
        return member.invoke(target, NO_ARGUMENTS);
    }

    /** {@code target.name(arguments)} as OGNL calls it; {@code signature} is {@code name/arity}. */
    static Object call(Object target, String name, String signature, Object[] arguments) {
        if (target == null || target instanceof Class<?>) {
            throw Unsupported.INSTANCE;
        }
        Map<String, Member> known = METHODS.get(target.getClass());
        Member member = known.get(signature);
        if (member == null) {
            member = method(target, name, arguments.length);
            known.put(signature, member);
        }
        return member.invoke(target, arguments);
    }

    /** What OGNL's property accessor for the target's class reads for {@code name}, if it reads it by one method. */
    private static Member getter(Object target, String name) {
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
    private static Member method(Object target, String name, int arity) {
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
