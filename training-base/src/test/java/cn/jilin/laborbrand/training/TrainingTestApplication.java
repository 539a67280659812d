package cn.jilin.laborbrand.training;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * The training module with what it stands on (platform, brand registry), for this module's database tests: the
 * services with their permission rules on, over the test database (no web, no demo data).
 */
@SpringBootApplication(scanBasePackages = "cn.jilin.laborbrand")
@EntityScan("cn.jilin.laborbrand")
@EnableMethodSecurity
public class TrainingTestApplication {
}
