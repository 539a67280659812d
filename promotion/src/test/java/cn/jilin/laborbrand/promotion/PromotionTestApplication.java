package cn.jilin.laborbrand.promotion;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The promotion module with the modules it rests on (platform, registry), for this module's database tests. */
@SpringBootApplication(scanBasePackages = "cn.jilin.laborbrand")
@EntityScan("cn.jilin.laborbrand")
public class PromotionTestApplication {
}
