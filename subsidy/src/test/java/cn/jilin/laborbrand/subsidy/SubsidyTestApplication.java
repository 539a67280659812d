package cn.jilin.laborbrand.subsidy;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The subsidy module with the modules it rests on (platform, registry, training), for this module's database tests. */
@SpringBootApplication(scanBasePackages = "cn.jilin.laborbrand")
@EntityScan("cn.jilin.laborbrand")
public class SubsidyTestApplication {
}
