package cn.jilin.laborbrand.web.support;

import cn.jilin.laborbrand.platform.RuleViolation;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;

/**
 * The one way a form post ends: the form is bound and valid → the service acts, and the page goes where the action
 * says; bound with errors, or refused by a rule of the service → the same form again, with the reason under the field
 * at fault and what was typed kept.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * Runs {@code action} when the form has no binding or validation error; a {@link RuleViolation} it throws goes onto
     * the form. Answers the action's view, or {@code formPage}'s when the form must be shown again.
     */
    public static String submit(BindingResult form, Supplier<String> action, Supplier<String> formPage) {
        if (!form.hasErrors()) {
            try {
                return action.get();
            } catch (RuleViolation violation) {
                reject(form, violation);
            }
        }
        return formPage.get();
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
