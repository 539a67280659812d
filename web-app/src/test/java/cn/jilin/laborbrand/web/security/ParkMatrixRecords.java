package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.park.FiguresDetails;
import cn.jilin.laborbrand.registry.park.IndustrialParkService;
import cn.jilin.laborbrand.registry.park.ParkDetails;
import cn.jilin.laborbrand.registry.park.ParkFiguresService;
import cn.jilin.laborbrand.registry.standard.BrandStandardService;
import cn.jilin.laborbrand.registry.standard.StandardDetails;
import cn.jilin.laborbrand.registry.standard.StandardKind;
import cn.jilin.laborbrand.registry.standard.StandardStatus;
import cn.jilin.laborbrand.web.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Park and standard records for the authorisation matrix: a 延边 park (of another prefecture than the matrix's 长春
 * officer) with a 延边 brand and enterprise and one year's figures, and a standard of the province's register.
 */
@Component
class ParkMatrixRecords {

    private static final String[] ALL = {"park:view", "park:manage", "standard:view", "standard:manage", "brand:view", "brand:edit",
            "organisation:view", "organisation:register"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Fixtures fixtures;
    private final IndustrialParkService parks;
    private final ParkFiguresService figures;
    private final BrandStandardService standards;

    ParkMatrixRecords(Fixtures fixtures, IndustrialParkService parks, ParkFiguresService figures, BrandStandardService standards) {
        this.fixtures = fixtures;
        this.parks = parks;
        this.figures = figures;
        this.standards = standards;
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }

    private static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    /** A park of 延边 with a 延边 brand and enterprise. */
    Map<String, String> park() {
        long brand = fixtures.brand("矩阵园区品牌", MatrixRecords.YANJI);
        long enterprise = fixtures.organisation("矩阵园区企业", MatrixRecords.YANJI, OrganisationKind.ENTERPRISE);
        long id = as(() -> parks.create(new ParkDetails(unique("矩阵园区"), MatrixRecords.YANBIAN, "矩阵测试定位", Set.of(brand), Set.of(enterprise)),
                DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    /** A year's figures of a 延边 park. */
    Map<String, String> parkFigures() {
        String park = park().get("id");
        long row = as(() -> figures.record(Long.parseLong(park), new FiguresDetails(2023, new BigDecimal("10"), new BigDecimal("100"),
                new BigDecimal("1000.00"), 1, 10), DataScope.province()));
        return Map.of("id", park, "figuresId", String.valueOf(row));
    }

    /** A standard of the province's register, covering a 延边 brand. */
    Map<String, String> standard() {
        long brand = fixtures.brand("矩阵标准品牌", MatrixRecords.YANJI);
        long id = as(() -> standards.create(new StandardDetails(StandardKind.GROUP, unique("矩阵标准"), unique("T/JZ "), "矩阵协会", Set.of(brand),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), StandardStatus.IN_FORCE, null), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }
}
