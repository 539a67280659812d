package cn.jilin.laborbrand.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.DataScoped;
import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.AbstractRepositoryMetadata;

/** The module rules of DESIGN.md, kept by a test rather than by goodwill. */
class ArchitectureTest {

    private static final String ROOT = "cn.jilin.laborbrand.";

    /** Each module's root package and the modules it may use (platform is always allowed). */
    private static final Map<String, List<String>> MODULES = Map.of(
            "platform", List.of(),
            "registry", List.of("platform"),
            "training", List.of("platform", "registry"),
            "subsidy", List.of("platform", "registry", "training"),
            "promotion", List.of("platform", "registry"),
            "governance", List.of("platform"));

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.jilin.laborbrand");

    @Test
    void modulesDependOnlyInTheDirectionsOfTheDesign() {
        MODULES.forEach((module, allowed) -> {
            List<String> forbidden = new ArrayList<>(MODULES.keySet());
            forbidden.remove(module);
            forbidden.removeAll(allowed);
            forbidden.add("web");
            noClasses().that().resideInAPackage(ROOT + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.stream().map(m -> ROOT + m + "..").toArray(String[]::new))
                    .allowEmptyShould(true)
                    .because(module + " may use only " + allowed)
                    .check(CLASSES);
        });
    }

    /** No cycle between the feature packages of any module (platform's scope, review, account … included). */
    @Test
    void featurePackagesFormNoCycle() {
        for (String module : List.of("platform", "registry", "training", "subsidy", "promotion", "governance", "web")) {
            slices().matching(ROOT + module + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(CLASSES);
        }
        slices().matching(ROOT + "(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void domainModulesNeverKnowTheWeb() {
        noClasses().that().resideInAnyPackage(MODULES.keySet().stream().map(m -> ROOT + m + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.ui..", "jakarta.servlet..")
                .check(CLASSES);
    }

    /** Attachments and level designations are reached only through their owners' rules, never straight from a page. */
    @Test
    void pagesGoThroughTheOwnersRules() {
        noClasses().that().resideInAPackage(ROOT + "web..")
                .should().dependOnClassesThat().areAssignableTo(AttachmentService.class)
                .because("an attachment is served by its owner's service, after the owner's scope check")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + "web..")
                .should().callMethod(BrandService.class, "designate", long.class, BrandLevel.class, long.class, String.class)
                .because("a level rises only at the end of an application's workflow")
                .check(CLASSES);
    }

    @Test
    void entitiesReferToOtherModulesByIdNotByAssociation() {
        List<String> crossing = new ArrayList<>();
        for (JavaClass owner : CLASSES) {
            for (JavaField field : owner.getFields()) {
                boolean association = field.isAnnotatedWith(ManyToOne.class) || field.isAnnotatedWith(OneToMany.class)
                        || field.isAnnotatedWith(ManyToMany.class) || field.isAnnotatedWith(OneToOne.class);
                if (association) {
                    for (Class<?> target : targets(field.reflect().getGenericType())) {
                        if (!module(target.getName()).equals(module(owner.getName()))) {
                            crossing.add(owner.getSimpleName() + "." + field.getName() + " → " + target.getName());
                        }
                    }
                }
            }
        }
        assertThat(crossing).isEmpty();
    }

    /**
     * A repository of a {@link DataScoped} entity cannot read without a scope: each of its query methods takes a
     * {@link DataScope}, answers only yes/no ({@code exists…}), or says why it may not ({@link Unscoped}).
     */
    @Test
    void scopedEntitiesAreReadOnlyWithAScope() {
        List<String> unscoped = new ArrayList<>();
        int checked = 0;
        for (JavaClass javaClass : CLASSES) {
            Class<?> type = javaClass.reflect();
            if (!type.isInterface() || !Repository.class.isAssignableFrom(type) || type.getName().startsWith(ROOT + "platform.scope.")) {
                continue;
            }
            Class<?> domain = AbstractRepositoryMetadata.getMetadata(type).getDomainType();
            if (!domain.isAnnotationPresent(DataScoped.class)) {
                continue;
            }
            checked++;
            if (!ScopedRepository.class.isAssignableFrom(type)) {
                unscoped.add(type.getSimpleName() + " does not extend ScopedRepository");
            }
            for (Method method : type.getDeclaredMethods()) {
                boolean scoped = Arrays.asList(method.getParameterTypes()).contains(DataScope.class);
                if (!scoped && !method.getName().startsWith("exists") && !method.isAnnotationPresent(Unscoped.class) && !method.isDefault()) {
                    unscoped.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(checked).as("scoped repositories found").isPositive();
        assertThat(unscoped).isEmpty();
    }

    private static String module(String className) {
        String rest = className.substring(ROOT.length());
        return rest.substring(0, rest.indexOf('.'));
    }

    private static List<Class<?>> targets(Type type) {
        if (type instanceof Class<?> c) {
            return List.of(c);
        }
        if (type instanceof ParameterizedType p) {
            List<Class<?>> arguments = new ArrayList<>();
            for (Type argument : p.getActualTypeArguments()) {
                if (argument instanceof Class<?> c) {
                    arguments.add(c);
                }
            }
            return arguments;
        }
        return List.of();
    }
}
