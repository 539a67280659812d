package cn.jilin.laborbrand.registry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The registry on the platform, without the portal, for this module's database tests. Method security is on as in the
 * portal, so that the services' permission rules hold here too (the tests act as {@code SystemActor}s).
 */
@SpringBootApplication(scanBasePackages = {"cn.jilin.laborbrand.platform", "cn.jilin.laborbrand.registry"})
@EntityScan({"cn.jilin.laborbrand.platform", "cn.jilin.laborbrand.registry"})
@EnableMethodSecurity
public class RegistryTestApplication {
}
