package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.catalog.DevelopmentPlanDetails;
import cn.jilin.laborbrand.registry.catalog.LocalCatalogueService;
import cn.jilin.laborbrand.registry.catalog.ProjectDetails;
import cn.jilin.laborbrand.web.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Local catalogue records for the authorisation matrix, all of 延边 (another prefecture than the matrix's 长春 officer):
 * a key project of 延边's own library, 延边's development plan for a 延边 brand, and the plan's document.
 */
@Component
class CatalogueMatrixRecords {

    private static final String[] ALL = {"brand:view", "brand:edit", "catalog:manage", "organisation:view"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private final Fixtures fixtures;
    private final LocalCatalogueService local;
    private final RegionService regions;

    CatalogueMatrixRecords(Fixtures fixtures, LocalCatalogueService local, RegionService regions) {
        this.fixtures = fixtures;
        this.local = local;
        this.regions = regions;
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }

    private DataScope yanbian() {
        return DataScope.region(MatrixRecords.YANBIAN, regions.coveredCodes(MatrixRecords.YANBIAN));
    }

    /** 延边's own catalogue page. */
    Map<String, String> city() {
        return Map.of("regionCode", MatrixRecords.YANBIAN);
    }

    /** A key project of 延边's library. */
    Map<String, String> project() {
        long id = as(() -> local.addProject(new ProjectDetails("矩阵重点项目" + SEQUENCE.incrementAndGet(), MatrixRecords.YANJI, "矩阵测试内容",
                "延边州人社局", null, 2025), yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    /** 延边's development plan for one of its brands. */
    Map<String, String> plan() {
        long brand = fixtures.brand("矩阵规划品牌", MatrixRecords.YANJI);
        long id = as(() -> local.addPlan(new DevelopmentPlanDetails("矩阵发展规划" + SEQUENCE.incrementAndGet(), "延边州人社局",
                LocalDate.of(2025, 1, 10), 2025, 2027, null, List.of(brand)), yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    /** The document of a 延边 plan. */
    Map<String, String> planDocument() {
        String plan = plan().get("id");
        long file = as(() -> local.attachPlanDocument(Long.parseLong(plan), "规划.pdf", PDF, yanbian()));
        return Map.of("id", plan, "attachmentId", String.valueOf(file));
    }
}
