package org.showwork.render.expression;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A method a template's expression calls as it is, as OGNL would (see {@link Members}), with the
 * types its arguments must already have (a primitive parameter's as its wrapper, flagged in
 * {@code primitive}); or none, where OGNL must decide. A call it cannot make as it is, or that
 * fails, throws {@link Unsupported}.
 */
record Member(Method method, Class<?>[] parameters, boolean[] primitive) {
    static final Member NONE = new Member(null, new Class<?>[0], new boolean[0]);

    /** The method, called through reflection as it is. */
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

    /** The method's result for {@code target} and {@code arguments}. */
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

