package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.web.startup.StartupFixtures;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Start-ups and incubators of 延边 (another prefecture than the matrix city officer's 长春) for the authorisation matrix. */
@Component
class StartupMatrixRecords {

    private final StartupFixtures startups;

    StartupMatrixRecords(StartupFixtures startups) {
        this.startups = startups;
    }

    Map<String, String> incubator() {
        return Map.of("id", String.valueOf(startups.incubator(MatrixRecords.YANJI)));
    }

    Map<String, String> startup() {
        return Map.of("id", String.valueOf(startups.startup(MatrixRecords.YANJI, startups.incubator(MatrixRecords.YANJI))));
    }
}
