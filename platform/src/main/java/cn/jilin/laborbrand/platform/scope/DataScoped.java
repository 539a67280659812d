package cn.jilin.laborbrand.platform.scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose rows belong to a region and/or an organisation, naming the attributes that say which.
 * {@link ScopedRepository} turns a {@link DataScope} into a predicate on them; a scope kind the entity has no
 * attribute for sees nothing.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DataScoped {

    /** Attribute path of the GB/T 2260 region code the row belongs to, e.g. {@code regionCode}. */
    String region() default "";

    /** Attribute path of the id of the organisation that owns the row, e.g. {@code organisationId}. */
    String organisation() default "";

    /**
     * The subject type under which rows of this entity are given to experts for review (platform review
     * assignments). An expert's scope sees a row once assigned to it and having declared no conflict of interest.
     */
    String reviewSubject() default "";
}
