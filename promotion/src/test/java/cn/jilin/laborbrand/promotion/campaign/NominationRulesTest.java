package cn.jilin.laborbrand.promotion.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.Acting;
import cn.jilin.laborbrand.promotion.PromotionTestApplication;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/**
 * The nomination's rules on a real PostgreSQL: the workflow from draft to checked with its history; the quota held
 * when two officers of one city race for its last place; no person submitted without a consent in force; and scope —
 * a city sees its own nominations, the province all, a NONE scope nothing.
 */
@SpringBootTest(classes = PromotionTestApplication.class)
class NominationRulesTest {

    private static final String CHANGCHUN = "220100";
    private static final String LIAOYUAN = "220400";
    private static final String[] PROVINCE = {"campaign:view", "campaign:manage", "brand:edit", "brand:level:lower", "brand:view"};
    private static final String[] CITY = {"campaign:view", "campaign:nominate", "brand:view"};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    NominationFiles files;
    @Autowired
    BrandService brands;
    @Autowired
    RegionService regions;

    @Test
    void aBrandNominationGoesFromDraftToCheckedWithItsHistory() {
        long campaign = openCampaign(CampaignKind.EXCELLENT_BRAND, 2);
        long brand = brand(CHANGCHUN, BrandLevel.PROVINCIAL);
        long id = city(CHANGCHUN, () -> nominations.create(campaign, new NominationDetails(null, brand, null, null, null, "年输出三万人。"), scope(CHANGCHUN)));
        city(CHANGCHUN, () -> nominations.take(id, 0, NominationAction.SUBMIT, null, scope(CHANGCHUN)));
        province(() -> {
            Nomination n = nominations.get(id, DataScope.province());
            assertThat(n.getState()).isEqualTo(NominationState.SUBMITTED);
            assertThatThrownBy(() -> nominations.take(id, n.getVersion(), NominationAction.RETURN, " ", DataScope.province()))
                    .isInstanceOf(RuleViolation.class);
            return nominations.take(id, n.getVersion(), NominationAction.CHECK, "材料齐全", DataScope.province());
        });
        List<String> steps = province(() -> nominations.history(id, DataScope.province()).stream().map(s -> s.getAction()).toList());
        assertThat(steps).containsExactly("create", "submit", "check");
    }

    @Test
    void aBrandWithoutALevelOrOfAnotherRegionCannotBeNominated() {
        long campaign = openCampaign(CampaignKind.EXCELLENT_BRAND, 2);
        long undesignated = brand(CHANGCHUN, null);
        long liaoyuans = brand(LIAOYUAN, BrandLevel.MUNICIPAL);
        assertThatThrownBy(() -> city(CHANGCHUN, () -> nominations.create(campaign, new NominationDetails(null, undesignated, null, null, null, "事迹"),
                scope(CHANGCHUN)))).isInstanceOf(RuleViolation.class).hasMessageContaining("nomination.brand.notDesignated");
        assertThatThrownBy(() -> city(CHANGCHUN, () -> nominations.create(campaign, new NominationDetails(null, liaoyuans, null, null, null, "事迹"),
                scope(CHANGCHUN)))).isInstanceOf(RuleViolation.class).hasMessageContaining("nomination.brand.notInRegion");
    }

    @Test
    void aPersonIsNotSubmittedWithoutAConsentInForce() {
        long campaign = openCampaign(CampaignKind.AMBASSADOR, 3);
        long brand = brand(CHANGCHUN, null);
        long id = city(CHANGCHUN, () -> nominations.create(campaign, person(brand, "王秀兰"), scope(CHANGCHUN)));
        assertThatThrownBy(() -> city(CHANGCHUN, () -> nominations.take(id, 0, NominationAction.SUBMIT, null, scope(CHANGCHUN))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nomination.consentRequired");
        city(CHANGCHUN, () -> {
            files.recordConsent(id, 0, "同意书.pdf", PDF, LocalDate.now().minusDays(1), true, false, true, scope(CHANGCHUN));
            return null;
        });
        // a withdrawn consent is no consent
        city(CHANGCHUN, () -> {
            files.withdrawConsent(id, scope(CHANGCHUN));
            return null;
        });
        long version = city(CHANGCHUN, () -> nominations.get(id, scope(CHANGCHUN)).getVersion());
        assertThatThrownBy(() -> city(CHANGCHUN, () -> nominations.take(id, version, NominationAction.SUBMIT, null, scope(CHANGCHUN))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nomination.consentRequired");
        city(CHANGCHUN, () -> {
            files.recordConsent(id, version, "同意书.pdf", PDF, LocalDate.now().minusDays(1), true, true, true, scope(CHANGCHUN));
            return null;
        });
        long signed = city(CHANGCHUN, () -> nominations.get(id, scope(CHANGCHUN)).getVersion());
        assertThat(city(CHANGCHUN, () -> nominations.take(id, signed, NominationAction.SUBMIT, null, scope(CHANGCHUN))))
                .isEqualTo(NominationState.SUBMITTED);
    }

    @Test
    void twoOfficersRacingForTheLastPlaceOfTheQuotaGetOneEach() throws Exception {
        long campaign = openCampaign(CampaignKind.EXCELLENT_BRAND, 1);
        long first = city(CHANGCHUN, () -> nominations.create(campaign, new NominationDetails(null, brand(CHANGCHUN, BrandLevel.MUNICIPAL), null, null,
                null, "甲"), scope(CHANGCHUN)));
        long second = city(CHANGCHUN, () -> nominations.create(campaign, new NominationDetails(null, brand(CHANGCHUN, BrandLevel.MUNICIPAL), null, null,
                null, "乙"), scope(CHANGCHUN)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (long id : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        return city(CHANGCHUN, () -> nominations.take(id, 0, NominationAction.SUBMIT, null, scope(CHANGCHUN))).name();
                    } catch (RuleViolation refused) {
                        return refused.messageKeys().get(0);
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).containsExactlyInAnyOrder("SUBMITTED", "nomination.quotaFull");
        } finally {
            pool.shutdownNow();
        }
        // another city's quota is its own
        long liaoyuan = city(LIAOYUAN, () -> nominations.create(campaign, new NominationDetails(null, brand(LIAOYUAN, BrandLevel.MUNICIPAL), null, null,
                null, "丙"), scope(LIAOYUAN)));
        assertThat(city(LIAOYUAN, () -> nominations.take(liaoyuan, 0, NominationAction.SUBMIT, null, scope(LIAOYUAN)))).isEqualTo(NominationState.SUBMITTED);
    }

    @Test
    void aCitySeesItsOwnNominationsTheProvinceAllAndNoneNothing() {
        long campaign = openCampaign(CampaignKind.EXCELLENT_BRAND, 5);
        long changchun = city(CHANGCHUN, () -> nominations.create(campaign, new NominationDetails(null, brand(CHANGCHUN, BrandLevel.MUNICIPAL), null, null,
                null, "长春"), scope(CHANGCHUN)));
        long liaoyuan = city(LIAOYUAN, () -> nominations.create(campaign, new NominationDetails(null, brand(LIAOYUAN, BrandLevel.MUNICIPAL), null, null,
                null, "辽源"), scope(LIAOYUAN)));
        NominationFilter ofCampaign = new NominationFilter(campaign, null, null, null);
        assertThat(city(CHANGCHUN, () -> nominations.search(ofCampaign, scope(CHANGCHUN), PageRequest.of(0, 50)).map(Nomination::getId).getContent()))
                .containsExactly(changchun);
        assertThat(city(CHANGCHUN, () -> nominations.export(ofCampaign, scope(CHANGCHUN)).stream().map(Nomination::getId).toList()))
                .containsExactly(changchun);
        assertThatThrownBy(() -> city(CHANGCHUN, () -> nominations.get(liaoyuan, scope(CHANGCHUN)))).isInstanceOf(NotFoundException.class);
        assertThat(province(() -> nominations.count(ofCampaign, DataScope.province()))).isEqualTo(2);
        assertThat(province(() -> nominations.count(ofCampaign, DataScope.none()))).isZero();
        assertThat(province(() -> nominations.search(ofCampaign, DataScope.none(), PageRequest.of(0, 50)).getTotalElements())).isZero();
    }

    @Test
    void theRubricMustAddUpToAHundred() {
        assertThatThrownBy(() -> province(() -> campaigns.create(details(CampaignKind.AMBASSADOR, 1, Map.of("CAMPAIGN_ACHIEVEMENT", 50,
                "CAMPAIGN_SKILL", 20, "CAMPAIGN_INFLUENCE", 20, "CAMPAIGN_REPUTATION", 20))))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("campaign.rubric.total");
    }

    private long openCampaign(CampaignKind kind, int quota) {
        return province(() -> {
            long id = campaigns.create(details(kind, quota, Map.of("CAMPAIGN_ACHIEVEMENT", 40, "CAMPAIGN_SKILL", 30, "CAMPAIGN_INFLUENCE", 20,
                    "CAMPAIGN_REPUTATION", 10)));
            campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.OPEN, null);
            return id;
        });
    }

    private static CampaignDetails details(CampaignKind kind, int quota, Map<String, Integer> weights) {
        return new CampaignDetails(kind, 2026, "测试评选" + SEQUENCE.incrementAndGet(), List.of("制造业"), quota, Map.of(),
                LocalDate.now().minusDays(5), LocalDate.now().plusDays(30), 7,
                List.of(new CampaignDetails.Tier("一等", 1), new CampaignDetails.Tier("二等", 2)), weights);
    }

    private static NominationDetails person(long brand, String name) {
        return new NominationDetails("制造业", brand, name, Nomination.Sex.FEMALE, 1985, "二十年扎根一线，带出徒弟百余人。");
    }

    private long brand(String region, BrandLevel level) {
        return province(() -> {
            long id = brands.register(new BrandDetails("评选测试品牌" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, region,
                    BrandScope.REGIONAL, BrandType.SKILL, IndustrySection.C, "焊工", BrandMaturity.EMERGING, 500, new BigDecimal("1000000.00"),
                    10, 5, null, null, null, BrandStatus.ACTIVE), DataScope.province());
            if (level != null) {
                brands.recordLevelHeld(id, level, "测试", DataScope.province());
            }
            return id;
        });
    }

    private DataScope scope(String region) {
        return DataScope.region(region, regions.coveredCodes(region));
    }

    private static <T> T province(Callable<T> work) {
        return Acting.as(1L, work, PROVINCE);
    }

    private static <T> T city(String region, Callable<T> work) {
        return Acting.as(2L, work, CITY);
    }
}
