package org.showwork.render.expression;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;

/**
 * Lets the templates read a record's components ({@code block.text}, {@code row.cells}) straight
 * through their accessors. OGNL, which Thymeleaf evaluates expressions with, looks for JavaBean
 * getters first and, finding none on a record, searched every method by name on each access: that
 * search was most of the time it took to render a document. Anything that is not a record
 * component is left to OGNL as before.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    accessors.put(component.getName(), accessor);
                }
            }
            return accessors;
        }
    };

    /** The accessor of {@code type}'s component {@code name}, ready to call; null if it has none. */
    static Method component(Class<?> type, String name) {
        return COMPONENTS.get(type).get(name);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object getProperty(Map context, Object target, Object name) throws OgnlException {
        if (target instanceof Record && name instanceof String property) {
            Method accessor = COMPONENTS.get(target.getClass()).get(property);
            if (accessor != null) {
                try {
                    return accessor.invoke(target);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new OgnlException(property + " of " + target.getClass().getSimpleName(), e);
                }
            }
        }
        return super.getProperty(context, target, name);
    }
}
