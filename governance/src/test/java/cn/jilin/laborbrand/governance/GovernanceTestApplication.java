package cn.jilin.laborbrand.governance;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The governance module on the platform alone, for this module's database tests: no other domain module, no web. The
 * services' permission rules apply (method security), as in the portal.
 */
@SpringBootApplication(scanBasePackages = {"cn.jilin.laborbrand.platform", "cn.jilin.laborbrand.governance"})
@EntityScan("cn.jilin.laborbrand")
@EnableMethodSecurity
public class GovernanceTestApplication {
}
