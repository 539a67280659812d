package cn.jilin.laborbrand.web;

import cn.jilin.laborbrand.LaborBrandApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The application's modules as Spring Modulith sees them (platform, registry, training, subsidy, promotion, governance,
 * web): no cycle between them, and none reaches into another's internals, only its published types.
 */
class ModulesTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(LaborBrandApplication.class).verify();
    }
}
