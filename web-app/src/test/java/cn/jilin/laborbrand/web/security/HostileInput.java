package cn.jilin.laborbrand.web.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/** What the hostile-input tests send, and what they read off the handler methods to know where to send it. */
final class HostileInput {

    /** A value that converts to no date, number, enum or id: sent to each field alone. */
    static final String TYPE_MISMATCH = "<svg/onload=alert(1)>";

    /** The category of a value longer than any column. */
    static final String LONG_TEXT = "10,000 characters";

    /** One value of each kind, each sent to every field of a form at once. */
    static final Map<String, String> VALUES = values();

    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private HostileInput() {
    }

    private static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("markup", TYPE_MISMATCH);
        values.put("zero date", "0000-00-00");
        values.put("huge exponent", "1E999999999");
        values.put("negative", "-1");
        values.put("beyond long", "99999999999999999999");
        values.put("percent", "%");
        values.put("sql", "%' AND 1=1 --");
        values.put(LONG_TEXT, "吉".repeat(10_000));
        values.put("control characters", "a\u0000b\u0007c\u001b[0m\u007f");
        return values;
    }

    /**
     * Field names a page never sends: indexes that are not numbers, negative or huge, on every field of the form and on
     * the indexes the form already has, plus unknown fields (one of them the class-loader path of CVE-2022-22965).
     */
    static Map<String, List<String>> malformedNames(Collection<String> fieldNames) {
        Map<String, List<String>> names = new LinkedHashMap<>();
        Stream.concat(Stream.of("x"), fieldNames.stream().map(n -> n.replaceAll("\\[[^]]*].*$", "")).distinct()).forEach(root -> {
            names.put(root + "[__i__].name", List.of("x"));
            names.put(root + "[99999999].name", List.of("x"));
            names.put(root + "[-1]", List.of("x"));
            names.put(root + "[].name", List.of("x"));
            names.put(root + "[0", List.of("x"));
            names.put(root + ".x.y", List.of("x"));
        });
        for (String name : fieldNames) {
            if (name.contains("[")) {
                names.put(name.replaceFirst("\\[\\d+]", "[__i__]"), List.of("x"));
                names.put(name.replaceFirst("\\[\\d+]", "[2147483648]"), List.of("x"));
            }
        }
        names.put("unknownField", List.of("x"));
        names.put("class.module.classLoader.resources.context.parent.pipeline.first.pattern", List.of("x"));
        return names;
    }

    /**
     * The fields a handler reads from a post, for the mappings no crawled form reaches: its request parameters and the
     * components (or properties) of its form record, with one element of each list of lines. Empty for uploads.
     */
    static List<String> fieldsOf(HandlerMethod handler) {
        List<String> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type) || type.getName().startsWith("jakarta.servlet.http.Part")) {
                return List.of();
            }
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
                if (name != null) {
                    fields.add(name);
                }
            } else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                fields.addAll(propertiesOf(ResolvableType.forMethodParameter(parameter), ""));
            }
        }
        return fields;
    }

    private static List<String> propertiesOf(ResolvableType type, String prefix) {
        Class<?> raw = type.resolve(Object.class);
        List<String> names = new ArrayList<>();
        Map<String, ResolvableType> properties = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                properties.put(c.getName(), ResolvableType.forMethodReturnType(c.getAccessor(), raw));
            }
        } else {
            for (PropertyDescriptor p : BeanUtils.getPropertyDescriptors(raw)) {
                if (p.getWriteMethod() != null) {
                    properties.put(p.getName(), ResolvableType.forMethodParameter(p.getWriteMethod(), 0, raw));
                }
            }
        }
        properties.forEach((name, propertyType) -> {
            Class<?> propertyClass = propertyType.resolve(Object.class);
            if (List.class.isAssignableFrom(propertyClass) && prefix.isEmpty()) {
                ResolvableType element = propertyType.asCollection().getGeneric(0);
                if (BeanUtils.isSimpleValueType(element.resolve(Object.class))) {
                    names.add(name);
                } else {
                    names.addAll(propertiesOf(element, prefix + name + "[0]."));
                }
            } else {
                names.add(prefix + name);
            }
        });
        return names;
    }


    /** An exception as a line of a failure report: its root cause and where in the portal's code it arose. */
    static String describe(Throwable e) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
        String where = Stream.of(cause.getStackTrace()).filter(f -> f.getClassName().startsWith("cn.jilin")).findFirst()
                .map(f -> " at " + f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName() + ":" + f.getLineNumber()).orElse("");
        return cause.getClass().getSimpleName() + ": " + String.valueOf(cause.getMessage()).lines().findFirst().orElse("") + where;
    }

    /** Whether the account holds one of the authorities the handler's rule names (or the rule names none). */
    static boolean mayReach(HandlerMethod handler, UserDetails account) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return true;
        }
        Matcher named = QUOTED.matcher(rule.value());
        Set<String> held = Set.copyOf(account.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
        boolean any = false;
        while (named.find()) {
            any = true;
            if (held.contains(named.group(1))) {
                return true;
            }
        }
        return !any;
    }
}
