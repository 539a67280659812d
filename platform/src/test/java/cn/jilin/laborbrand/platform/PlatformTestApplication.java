package cn.jilin.laborbrand.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform on its own, for this module's database tests (not shipped in the test-jar). */
@SpringBootApplication
public class PlatformTestApplication {
}
