package cn.jilin.laborbrand.web.support;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.core.convert.ConversionService;
import org.springframework.validation.AbstractPropertyBindingResult;

/**
 * A form's binding result whose form instance may arrive after it: constructor binding creates the result before the
 * record exists and, when a value fails to convert, Spring keeps that result with no instance, so the page that
 * re-shows the form (and {@code rejectValue} in a controller) finds a null {@code form}. {@link FormDataBinder}
 * attaches the record it built, or a stand-in, once construction is over.
 */
class FormBindingResult extends AbstractPropertyBindingResult {

    private Object target;
    private final boolean autoGrowNestedPaths;
    private final int autoGrowCollectionLimit;
    private transient BeanWrapper beanWrapper;
    private transient ConversionService conversionService;
    private Map<String, Object> shown = Map.of();

    FormBindingResult(Object target, String objectName, boolean autoGrowNestedPaths, int autoGrowCollectionLimit) {
        super(objectName);
        this.target = target;
        this.autoGrowNestedPaths = autoGrowNestedPaths;
        this.autoGrowCollectionLimit = autoGrowCollectionLimit;
    }

    @Override
    public void initConversion(ConversionService conversionService) {
        super.initConversion(conversionService);
        this.conversionService = conversionService;
    }

    /** The form instance, and the values to show for its top-level fields in place of its own (a hollow stand-in). */
    void attach(Object target, Map<String, Object> shown) {
        this.target = target;
        this.shown = shown;
        this.beanWrapper = null;
    }

    @Override
    public Object getTarget() {
        return target;
    }

    @Override
    public ConfigurablePropertyAccessor getPropertyAccessor() {
        if (target == null) {
            throw new IllegalStateException("Cannot access properties on null bean instance '" + getObjectName() + "'");
        }
        if (beanWrapper == null) {
            beanWrapper = PropertyAccessorFactory.forBeanPropertyAccess(target);
            beanWrapper.setExtractOldValueForEditor(true);
            beanWrapper.setAutoGrowNestedPaths(autoGrowNestedPaths);
            beanWrapper.setAutoGrowCollectionLimit(autoGrowCollectionLimit);
            beanWrapper.setConversionService(conversionService);
            beanWrapper.registerCustomEditor(BigDecimal.class, new BoundedDecimals());
        }
        return beanWrapper;
    }

    /** Before the instance exists there is no value to read (Spring would throw here). */
    @Override
    protected Object getActualFieldValue(String field) {
        if (shown.containsKey(field)) {
            return shown.get(field);
        }
        return target == null ? null : super.getActualFieldValue(field);
    }
}
