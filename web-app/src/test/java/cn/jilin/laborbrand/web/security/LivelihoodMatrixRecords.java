package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeDetails;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Region attributes for the authorisation matrix: a relocation site of 延边 (another prefecture than the matrix's 长春 officer). */
@Component
class LivelihoodMatrixRecords {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final RegionAttributeService attributes;

    LivelihoodMatrixRecords(RegionAttributeService attributes) {
        this.attributes = attributes;
    }

    /** A relocation site of 延吉, listed by the province. */
    Map<String, String> area() {
        String site = "矩阵安置区" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        long id = SystemActor.call(() -> attributes.create(new RegionAttributeDetails(MatrixRecords.YANJI, RegionAttributeKind.RELOCATION_SITE,
                site, "矩阵测试依据文件", 2020, null), DataScope.province()), "region:attribute:view", "region:attribute:manage");
        return Map.of("id", String.valueOf(id));
    }
}
