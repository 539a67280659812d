package cn.jilin.laborbrand.platform.code;

import jakarta.validation.ConstraintValidatorContext;

/** Turns the precise reason of an {@link InvalidCodeException} into the constraint violation's message. */
final class CodeViolation {

    private CodeViolation() {
    }

    static boolean report(ConstraintValidatorContext context, InvalidCodeException e) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + e.messageKey() + "}").addConstraintViolation();
        return false;
    }
}
