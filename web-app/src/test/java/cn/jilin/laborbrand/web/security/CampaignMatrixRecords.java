package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.campaign.CampaignAction;
import cn.jilin.laborbrand.promotion.campaign.CampaignDetails;
import cn.jilin.laborbrand.promotion.campaign.CampaignKind;
import cn.jilin.laborbrand.promotion.campaign.CampaignService;
import cn.jilin.laborbrand.promotion.campaign.NominationDetails;
import cn.jilin.laborbrand.promotion.campaign.NominationService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Campaign records for the authorisation matrix: an open campaign of the province (every holder of campaign:view sees
 * it; the public does not, as it is not on notice) with a draft nomination of 延边 — a designated 延边 brand — and an
 * objection on record (the objection routes read it), made through the services as the province and 延边 would.
 */
@Component
class CampaignMatrixRecords {

    private static final String[] ALL = {"campaign:view", "campaign:manage", "campaign:nominate", "brand:view", "brand:edit", "brand:level:lower"};
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MatrixRecords records;
    private final CampaignService campaigns;
    private final NominationService nominations;
    private final BrandService brands;
    private final RegionService regions;
    private final JdbcTemplate jdbc;

    CampaignMatrixRecords(MatrixRecords records, CampaignService campaigns, NominationService nominations, BrandService brands, RegionService regions,
                          JdbcTemplate jdbc) {
        this.records = records;
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.brands = brands;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /** An open campaign of the province. */
    Map<String, String> campaign() {
        long id = as(() -> {
            long c = campaigns.create(new CampaignDetails(CampaignKind.EXCELLENT_BRAND, 2026, "矩阵评选" + SEQUENCE.incrementAndGet(), List.of(), 3, Map.of(),
                    LocalDate.now().minusDays(30), LocalDate.now().plusDays(30), 7, List.of(new CampaignDetails.Tier("一等奖", 1)),
                    Map.of("CAMPAIGN_ACHIEVEMENT", 40, "CAMPAIGN_SKILL", 30, "CAMPAIGN_INFLUENCE", 20, "CAMPAIGN_REPUTATION", 10)));
            campaigns.take(c, campaigns.get(c).getVersion(), CampaignAction.OPEN, null);
            return c;
        });
        return Map.of("id", String.valueOf(id));
    }

    /** A draft nomination of 延边 in an open campaign, with an objection on record; also names the campaign and nomination for public routes. */
    Map<String, String> nomination() {
        long campaign = Long.parseLong(campaign().get("id"));
        long brand = Long.parseLong(records.brand().get("id"));
        DataScope yanbian = DataScope.region(MatrixRecords.YANBIAN, regions.coveredCodes(MatrixRecords.YANBIAN));
        long id = as(() -> {
            brands.recordLevelHeld(brand, BrandLevel.MUNICIPAL, "矩阵", DataScope.province());
            return nominations.create(campaign, new NominationDetails(null, brand, null, null, null, "矩阵提名"), yanbian);
        });
        long objection = jdbc.queryForObject("insert into nomination_objection (nomination_id, received_on, objector, content) values (?, ?, '矩阵', '异议') "
                + "returning id", Long.class, id, LocalDate.of(2026, 1, 1));
        return Map.of("id", String.valueOf(id), "objectionId", String.valueOf(objection), "nominationId", String.valueOf(id));
    }

    /** A campaign not on notice, with a nomination: the public routes answer 404 for it. */
    Map<String, String> unpublished() {
        Map<String, String> nomination = nomination();
        long campaign = jdbc.queryForObject("select campaign_id from nomination where id = ?", Long.class, Long.parseLong(nomination.get("id")));
        return Map.of("id", String.valueOf(campaign), "nominationId", nomination.get("id"));
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }
}
