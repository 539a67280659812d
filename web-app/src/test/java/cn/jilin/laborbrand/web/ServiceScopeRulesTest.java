package cn.jilin.laborbrand.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Every service read a user can reach takes the caller's {@link DataScope}: a public {@code @PreAuthorize} method of a
 * {@code @Service} that hands out data (anything but nothing, a number, a yes/no or a text) has a DataScope parameter,
 * or says with {@link Unscoped} why it needs none. Then granting a permission to a wider role in /admin/roles cannot
 * widen what that role sees: the permission opens the door, the scope still decides the rows.
 */
class ServiceScopeRulesTest {

    /** The administrators' own services: accounts, roles and the audit log are their duty, not business data. */
    private static final Set<String> ADMINISTRATION = Set.of("cn.jilin.laborbrand.platform.account.", "cn.jilin.laborbrand.platform.audit.");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jilin.laborbrand");

    @Test
    void everyServiceReadOfBusinessDataTakesTheCallersScope() {
        List<String> unscoped = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : CLASSES) {
            Class<?> type = javaClass.reflect();
            if (!type.isAnnotationPresent(Service.class) || ADMINISTRATION.stream().anyMatch(type.getName()::startsWith)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || !method.isAnnotationPresent(PreAuthorize.class) || !handsOutData(method)) {
                    continue;
                }
                checked++;
                boolean scoped = Arrays.asList(method.getParameterTypes()).contains(DataScope.class);
                if (!scoped && !method.isAnnotationPresent(Unscoped.class)) {
                    unscoped.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(checked).as("service reads found").isGreaterThan(50);
        assertThat(unscoped).as("service reads without the caller's DataScope (add one, applied in the query, or @Unscoped(why))").isEmpty();
    }

    private static boolean handsOutData(Method method) {
        Class<?> result = method.getReturnType();
        return !(result.isPrimitive() || result == Void.class || Number.class.isAssignableFrom(result) || result == Boolean.class
                || result == String.class);
    }
}
