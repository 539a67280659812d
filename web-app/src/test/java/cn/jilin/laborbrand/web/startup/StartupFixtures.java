package cn.jilin.laborbrand.web.startup;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.incubator.IncubatorDetails;
import cn.jilin.laborbrand.training.incubator.IncubatorKind;
import cn.jilin.laborbrand.training.incubator.IncubatorService;
import cn.jilin.laborbrand.training.startup.StartupDetails;
import cn.jilin.laborbrand.training.startup.StartupService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Incubators and start-ups of a region, made through the services, each with a unique name. */
@Component
public class StartupFixtures {

    private static final String[] ALL = {"startup:view", "startup:manage", "brand:view"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Fixtures fixtures;
    private final IncubatorService incubators;
    private final StartupService startups;

    StartupFixtures(Fixtures fixtures, IncubatorService incubators, StartupService startups) {
        this.fixtures = fixtures;
        this.incubators = incubators;
        this.startups = startups;
    }

    /** An incubator in {@code region}, run by a fresh enterprise there. */
    public long incubator(String region) {
        long operator = fixtures.organisation("孵化运营企业", region, OrganisationKind.ENTERPRISE);
        String name = "测试孵化基地" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return SystemActor.call(() -> incubators.register(new IncubatorDetails(IncubatorKind.INCUBATION_BASE, name, region, operator,
                new BigDecimal("800.00"), true, "免租两年", false, false, null), DataScope.province()), ALL);
    }

    /** A start-up in {@code region} of a fresh brand there, in {@code incubatorId} (may be null), with a loan. */
    public long startup(String region, Long incubatorId, String residentId) {
        long brand = fixtures.brand("创业品牌", region);
        String name = "测试创业实体" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return SystemActor.call(() -> startups.register(new StartupDetails(name, region, brand, LocalDate.of(2024, 5, 6), 8, "测试创业者",
                residentId, "13912345678", true, LocalDate.of(2024, 1, 8), "吉林银行", new BigDecimal("100000.00"), LocalDate.of(2024, 6, 1), 24,
                new BigDecimal("3000.00"), new BigDecimal("1200.00"), incubatorId), DataScope.province()), ALL);
    }

    /** A start-up in {@code region} of a fresh brand there, founded 14 months ago, without a guaranteed loan. */
    public long startupWithoutLoan(String region, String residentId) {
        long brand = fixtures.brand("创业品牌", region);
        String name = "测试无贷款创业实体" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        return SystemActor.call(() -> startups.register(new StartupDetails(name, region, brand, LocalDate.now().minusMonths(14), 3, "测试创业者",
                residentId, null, false, null, null, null, null, null, null, null, null), DataScope.province()), ALL);
    }

    public long startup(String region, Long incubatorId) {
        return startup(region, incubatorId, TrainingFixtures.residentId(region));
    }
}
