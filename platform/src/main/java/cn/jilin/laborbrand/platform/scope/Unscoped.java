package cn.jilin.laborbrand.platform.scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A deliberate read without a scope, with the reason it is safe. The architecture tests accept a scope-less repository
 * method of a {@link DataScoped} entity only with this annotation (or as a yes/no {@code exists…} check), and a
 * scope-less public {@code @PreAuthorize} service method that hands out data only with it too.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Unscoped {

    /** Why reading this without a scope reveals nothing that the caller may not see. */
    String value();
}
