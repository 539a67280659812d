package cn.jilin.laborbrand.web.support;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;

/**
 * Reads a posted field name such as {@code indicators[2].name} against the form it is bound to, before Spring's binder
 * sees it: the binder fails with an exception (a 500) on an index that is not a number, on one past its growth limit,
 * or on a path that runs through a plain value, instead of recording a field error.
 */
final class FormPaths {

    /** What a posted name means to a form. */
    enum Verdict {
        /** A property path of the form, with sound indexes. */
        BINDABLE,
        /** Names no property (CSRF token, URI variables, headers, stray fields): ignored, as Spring ignores them. */
        UNKNOWN,
        /** Names a property of the form with an index it cannot take (not a number, negative, too large). */
        MALFORMED
    }

    private FormPaths() {
    }

    /**
     * The verdict on {@code name} for a form of type {@code form}; list and array indexes must be below
     * {@code indexLimit} (the binder's auto-grow limit).
     */
    static Verdict check(ResolvableType form, String name, int indexLimit) {
        String path = name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name;
        ResolvableType type = form;
        int i = 0;
        while (true) {
            int end = i;
            while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                end++;
            }
            if (end == i) {
                return type == form ? Verdict.UNKNOWN : Verdict.MALFORMED;
            }
            type = propertyType(type, path.substring(i, end));
            if (type == null) {
                return Verdict.UNKNOWN;
            }
            i = end;
            while (i < path.length() && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    return Verdict.MALFORMED;
                }
                String key = path.substring(i + 1, close);
                type = element(type, key, close == path.length() - 1, indexLimit);
                if (type == null) {
                    return Verdict.MALFORMED;
                }
                i = close + 1;
            }
            if (i == path.length()) {
                return Verdict.BINDABLE;
            }
            if (path.charAt(i) != '.') {
                return Verdict.MALFORMED;
            }
            i++;
        }
    }

    /** The type of one element of a list, array or map under {@code key}, or null when the key does not fit. */
    private static ResolvableType element(ResolvableType container, String key, boolean last, int indexLimit) {
        Class<?> raw = container.resolve(Object.class);
        if (List.class.isAssignableFrom(raw) || raw.isArray()) {
            // "x[]" (no index) is Spring's way of posting a whole list, and only as the last part of a name
            boolean index = key.isEmpty() ? last : key.length() <= 9 && key.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(key) < indexLimit;
            if (!index) {
                return null;
            }
            return raw.isArray() ? container.getComponentType() : container.asCollection().getGeneric(0);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return container.asMap().getGeneric(1);
        }
        return null;
    }

    /** The declared type of property {@code name} of {@code owner}, or null when it has none of that name. */
    private static ResolvableType propertyType(ResolvableType owner, String name) {
        Class<?> type = owner.resolve();
        if (type == null || BeanUtils.isSimpleValueType(type) || type.isArray()
                || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.getName().startsWith("java.")) {
            return null;
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return ResolvableType.forMethodReturnType(component.getAccessor(), type);
                }
            }
            return null;
        }
        Constructor<?> constructor = constructorOf(type);
        if (constructor != null && constructor.getParameterCount() > 0) {
            String[] names = parameterNames(constructor);
            for (int p = 0; p < names.length; p++) {
                if (name.equals(names[p])) {
                    return ResolvableType.forMethodParameter(new MethodParameter(constructor, p), type);
                }
            }
        }
        PropertyDescriptor property = BeanUtils.getPropertyDescriptor(type, name);
        if (property == null) {
            return null;
        }
        if (property.getReadMethod() != null) {
            return ResolvableType.forMethodReturnType(property.getReadMethod(), type);
        }
        return property.getWriteMethod() == null ? null : ResolvableType.forMethodParameter(property.getWriteMethod(), 0, type);
    }

    private static String[] parameterNames(Constructor<?> constructor) {
        try {
            return BeanUtils.getParameterNames(constructor);
        } catch (IllegalStateException namesNotKept) {
            return new String[0];
        }
    }

    private static Constructor<?> constructorOf(Class<?> type) {
        try {
            return BeanUtils.getResolvableConstructor(type);
        } catch (IllegalStateException noSingleConstructor) {
            return null;
        }
    }
}
