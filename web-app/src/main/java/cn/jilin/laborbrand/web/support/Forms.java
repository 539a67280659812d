package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.RuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a service's refusal back on the form it came from, under the field at fault, keeping what was typed. */
public final class Forms {

    private Forms() {
    }

    /** The violation's field names a field of the form record (services use the forms' field names). */
    public static void reject(BindingResult form, RuleViolation violation) {
        for (String key : violation.messageKeys()) {
            if (violation.field() != null) {
                form.rejectValue(violation.field(), key);
            } else {
                form.reject(key);
            }
        }
    }
}
