package cn.jilin.laborbrand.web.support;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.PropertyAccessorUtils;
import org.springframework.beans.PropertyValue;
import org.springframework.beans.SimpleTypeConverter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * The binder of every form and {@code @ModelAttribute} of the portal (installed by {@code FormBindingConfig}): whatever
 * is posted, binding ends in field errors on a form that can be shown again, never in an exception.
 * <ul>
 * <li>A value that does not convert leaves the record without an instance in Spring's constructor binding; the
 * record is then built anyway (see {@link StandInForm}) and handed to the binding result.</li>
 * <li>A field name with an index the form cannot take ({@code lines[__i__].name}, {@code lines[99999999]},
 * {@code lines[-1]}) is dropped and the form refused with a message; other unknown names are ignored.</li>
 * <li>Decimals beyond 30 digits ({@code 1E999999999}) are a type mismatch (see {@link BoundedDecimals}).</li>
 * <li>Text holding control characters (NUL and the like, which PostgreSQL cannot store) is refused on its field.</li>
 * <li>Anything else the binder throws becomes a message on the form, not a server error.</li>
 * </ul>
 */
public class FormDataBinder extends ExtendedServletRequestDataBinder {

    static final String MALFORMED_FIELD = "malformedField";
    static final String UNREADABLE_FORM = "unreadableForm";
    static final String CONTROL_CHARACTERS = "controlCharacters";

    private static final Logger log = LoggerFactory.getLogger(FormDataBinder.class);
    /** C0 controls but tab, line feed and carriage return, and DEL. */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private Object standIn;
    private MessageCodesResolver messageCodesResolver;
    private boolean boundedDecimals;

    public FormDataBinder(Object target, String objectName) {
        super(target, objectName);
    }

    /** The instance built from the request, or the stand-in when constructor binding could build none. */
    @Override
    public Object getTarget() {
        Object built = super.getTarget();
        return built != null ? built : standIn;
    }

    @Override
    public void setMessageCodesResolver(MessageCodesResolver messageCodesResolver) {
        super.setMessageCodesResolver(messageCodesResolver);
        this.messageCodesResolver = messageCodesResolver;
    }

    /** The converter of constructor arguments and request parameters, with the bounded reading of decimals. */
    @Override
    protected SimpleTypeConverter getSimpleTypeConverter() {
        SimpleTypeConverter converter = super.getSimpleTypeConverter();
        if (!boundedDecimals) {
            converter.registerCustomEditor(BigDecimal.class, new BoundedDecimals());
            boundedDecimals = true;
        }
        return converter;
    }

    @Override
    protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
        FormBindingResult result = new FormBindingResult(getTarget(), getObjectName(), isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
        if (getConversionService() != null) {
            result.initConversion(getConversionService());
        }
        if (messageCodesResolver != null) {
            result.setMessageCodesResolver(messageCodesResolver);
        }
        return result;
    }

    @Override
    public void construct(ValueResolver valueResolver) {
        ResolvableType type = getTargetType();
        try {
            // a form with a no-argument constructor binds through setters, and is screened there (applyPropertyValues)
            super.construct(type == null || !boundThroughConstructor(type) ? valueResolver : new ScreenedValues(valueResolver, type));
        } catch (RuntimeException unforeseen) {
            log.debug("Form '{}' could not be built from the request", getObjectName(), unforeseen);
            rejectOnce(UNREADABLE_FORM);
        }
        if (!getBindingResult().hasErrors()) {
            return;
        }
        Map<String, Object> shown = Map.of();
        if (super.getTarget() == null && type != null && type.resolve() != Optional.class) {
            StandInForm built = StandInForm.of(type.resolve(Object.class), getBindingResult());
            if (built.instance() == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "form '" + getObjectName() + "' cannot be shown again");
            }
            standIn = built.instance();
            shown = built.shown();
        }
        if (getInternalBindingResult() instanceof FormBindingResult result) {
            result.attach(getTarget(), shown);
        }
    }

    private static boolean boundThroughConstructor(ResolvableType type) {
        try {
            return BeanUtils.getResolvableConstructor(type.resolve(Object.class)).getParameterCount() > 0;
        } catch (IllegalStateException noSingleConstructor) {
            return false;
        }
    }

    /** Setter binding (forms that are classes, not records): the same screening, then one value at a time on failure. */
    @Override
    protected void applyPropertyValues(MutablePropertyValues values) {
        Object target = getTarget();
        if (target != null) {
            ResolvableType form = ResolvableType.forClass(target.getClass());
            for (PropertyValue value : values.getPropertyValues()) {
                switch (FormPaths.check(form, value.getName(), getAutoGrowCollectionLimit())) {
                    case UNKNOWN -> values.removePropertyValue(value);
                    case MALFORMED -> {
                        values.removePropertyValue(value);
                        rejectOnce(MALFORMED_FIELD);
                    }
                    case BINDABLE -> {
                        if (rejectedControlCharacters(value.getName(), value.getValue())) {
                            values.removePropertyValue(value);
                        }
                    }
                }
            }
        }
        try {
            super.applyPropertyValues(values);
        } catch (RuntimeException unforeseen) {
            // one bad path aborts the whole batch: apply the values one by one so that the good ones stay
            log.debug("Form '{}': binding failed, retrying value by value", getObjectName(), unforeseen);
            for (PropertyValue value : values.getPropertyValues()) {
                try {
                    super.applyPropertyValues(new MutablePropertyValues(List.of(value)));
                } catch (RuntimeException stillFailing) {
                    rejectOnce(UNREADABLE_FORM);
                }
            }
        }
    }

    private void rejectOnce(String code) {
        if (getBindingResult().getGlobalErrors().stream().noneMatch(e -> code.equals(e.getCode()))) {
            getBindingResult().reject(code);
        }
    }

    /** Refuses text with control characters on its field, showing it again without them. */
    private boolean rejectedControlCharacters(String name, Object value) {
        Collection<?> texts = value instanceof String[] array ? List.of(array)
                : value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        boolean found = texts.stream().anyMatch(t -> t instanceof String s && CONTROL.matcher(s).find());
        if (found) {
            String field = PropertyAccessorUtils.canonicalPropertyName(name);
            Object shown = value instanceof String s ? CONTROL.matcher(s).replaceAll("") : null;
            getBindingResult().addError(new FieldError(getObjectName(), field, shown, true,
                    getBindingResult().resolveMessageCodes(CONTROL_CHARACTERS, field), null, null));
        }
        return found;
    }

    /** The request's values as constructor binding sees them, with the names screened first. */
    private final class ScreenedValues implements ValueResolver {

        private final ValueResolver request;
        private final Set<String> names = new LinkedHashSet<>();

        ScreenedValues(ValueResolver request, ResolvableType form) {
            this.request = request;
            for (String name : request.getNames()) {
                switch (FormPaths.check(form, name, getAutoGrowCollectionLimit())) {
                    case BINDABLE -> {
                        names.add(name);
                        rejectedControlCharacters(name, request.resolveValue(name, String.class));
                    }
                    case MALFORMED -> rejectOnce(MALFORMED_FIELD);
                    case UNKNOWN -> {
                        // not a property of the form: Spring never reads it either
                    }
                }
            }
        }

        @Override
        public Object resolveValue(String name, Class<?> type) {
            return request.resolveValue(name, type);
        }

        @Override
        public Set<String> getNames() {
            return names;
        }
    }
}
