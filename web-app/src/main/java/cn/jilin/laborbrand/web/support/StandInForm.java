package cn.jilin.laborbrand.web.support;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.beans.BeanUtils;
import org.springframework.objenesis.SpringObjenesis;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A best-effort instance of a form record whose constructor binding left none (its constructor refused the values
 * that were left after a failed conversion): the values that did convert, and nulls, zeros and empty collections in
 * place of those that did not. The binding result keeps the rejected text, so the re-shown form loses nothing typed.
 * When the constructor refuses even that, the instance is made without it ("hollow") and the converted values travel
 * beside it for the binding result to show.
 *
 * @param instance the stand-in, or null when none can be had
 * @param shown the values to show in place of the hollow instance's (empty unless it is hollow)
 */
record StandInForm(Object instance, Map<String, Object> shown) {

    private static final SpringObjenesis OBJENESIS = new SpringObjenesis();

    /** An instance of {@code type} built from what {@code result} recorded. */
    static StandInForm of(Class<?> type, BindingResult result) {
        Constructor<?> constructor;
        try {
            constructor = BeanUtils.getResolvableConstructor(type);
        } catch (IllegalStateException noSingleConstructor) {
            return new StandInForm(hollow(type), Map.of());
        }
        Class<?>[] types = constructor.getParameterTypes();
        String[] names = constructor.getParameterCount() == 0 ? new String[0] : BeanUtils.getParameterNames(constructor);
        Object[] converted = new Object[types.length];
        Object[] neutral = new Object[types.length];
        Map<String, Object> shown = new HashMap<>();
        for (int i = 0; i < types.length; i++) {
            neutral[i] = neutral(types[i]);
            FieldError error = result.getFieldError(names[i]);
            Object value = error != null && error.isBindingFailure() ? null : result.getFieldValue(names[i]);
            converted[i] = ClassUtils.isAssignableValue(types[i], value) && value != null ? value : neutral[i];
            shown.put(names[i], converted[i]);
        }
        for (Object[] args : List.of(converted, neutral)) {
            try {
                return new StandInForm(BeanUtils.instantiateClass(constructor, args), Map.of());
            } catch (RuntimeException refused) {
                // the constructor's own checks refused these values; try plainer ones
            }
        }
        return new StandInForm(hollow(type), shown);
    }

    /** The instance without running any constructor: every field null or zero. */
    private static Object hollow(Class<?> type) {
        try {
            return OBJENESIS.newInstance(type);
        } catch (RuntimeException | LinkageError impossible) {
            return null;
        }
    }

    private static Object neutral(Class<?> type) {
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == Object.class) {
            return null;
        }
        if (type.isAssignableFrom(ArrayList.class)) {
            return new ArrayList<>();
        }
        if (type.isAssignableFrom(TreeSet.class) && SortedSet.class.isAssignableFrom(type)) {
            return new TreeSet<>();
        }
        if (type.isAssignableFrom(LinkedHashSet.class)) {
            return new LinkedHashSet<>();
        }
        if (type.isAssignableFrom(LinkedHashMap.class)) {
            return new LinkedHashMap<>();
        }
        return null;
    }
}
