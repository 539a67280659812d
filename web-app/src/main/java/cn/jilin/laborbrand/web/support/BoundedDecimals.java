package cn.jilin.laborbrand.web.support;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads posted decimals, refusing absurd magnitudes: {@code 1E999999999} is a valid BigDecimal, but rounding it to
 * cents builds a billion-digit number and stalls the server. Nothing the portal records has more than 30 digits.
 * A property editor rather than a converter: Spring falls back to its own editor when a converter refuses a value.
 */
final class BoundedDecimals extends PropertyEditorSupport {

    private static final int MAX_DIGITS = 30;

    @Override
    public void setAsText(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            setValue(null);
            return;
        }
        if (trimmed.length() > 2 * MAX_DIGITS) {
            throw new IllegalArgumentException("a number of " + trimmed.length() + " characters");
        }
        BigDecimal value = new BigDecimal(trimmed);
        if (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS) {
            throw new IllegalArgumentException("a number beyond " + MAX_DIGITS + " digits");
        }
        setValue(value);
    }

    @Override
    public void setValue(Object value) {
        super.setValue(value instanceof Number number && !(value instanceof BigDecimal) ? new BigDecimal(number.toString()) : value);
    }

    @Override
    public String getAsText() {
        return getValue() instanceof BigDecimal value ? value.toPlainString() : "";
    }
}
