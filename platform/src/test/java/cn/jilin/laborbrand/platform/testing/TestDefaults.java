package cn.jilin.laborbrand.platform.testing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every test context starts from, below everything else (a test may set its own): live figures are read on
 * every request ({@code laborbrand.targets.freshness=0s}), and so are the departments' statistics
 * ({@code laborbrand.partner.freshness=0s}) and work lists ({@code laborbrand.worklist.freshness=0s}),
 * so that a test sees the records it has just made. The caches themselves are tested with a freshness of their own.
 */
public class TestDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("testDefaults", Map.of("laborbrand.targets.freshness", "0s",
                "laborbrand.partner.freshness", "0s", "laborbrand.worklist.freshness", "0s")));
    }
}
