package cn.jilin.laborbrand.promotion.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.NewAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.Acting;
import cn.jilin.laborbrand.promotion.PromotionTestApplication;
import cn.jilin.laborbrand.promotion.campaign.PublishedCampaigns.PublicEntry;
import cn.jilin.laborbrand.promotion.campaign.PublishedCampaigns.PublicResult;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A person campaign from the call to the published result on a real PostgreSQL: nominations with consent, checked,
 * scored by experts of other prefectures after their declarations, ranked and tiered, on notice with objections (one
 * upheld removes its nominee), published after the notice; the public result shows the winner as far as the consent
 * covers, hides the name at once when it is withdrawn, and the winner's certificate is a PDF.
 */
@SpringBootTest(classes = PromotionTestApplication.class)
class CampaignFullPathTest {

    private static final String CHANGCHUN = "220100";
    private static final String LIAOYUAN = "220400";
    private static final String[] PROVINCE = {"campaign:view", "campaign:manage", "review:assign", "brand:view", "brand:edit",
            "expert:manage", "system:account:create"};
    private static final String[] CITY = {"campaign:view", "campaign:nominate", "brand:view"};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final Map<String, Integer> WEIGHTS = Map.of("CAMPAIGN_ACHIEVEMENT", 40, "CAMPAIGN_SKILL", 30, "CAMPAIGN_INFLUENCE", 20,
            "CAMPAIGN_REPUTATION", 10);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    CampaignService campaigns;
    @Autowired
    NominationService nominations;
    @Autowired
    NominationFiles files;
    @Autowired
    NominationScoring scoring;
    @Autowired
    NominationObjections objections;
    @Autowired
    CampaignResults results;
    @Autowired
    PublishedCampaigns published;
    @Autowired
    CampaignCertificates certificates;
    @Autowired
    ReviewService reviews;
    @Autowired
    AccountService accounts;
    @Autowired
    BrandService brands;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aPersonCampaignGoesFromTheCallToAPublishedWinnerWithACertificate() {
        LocalDate today = LocalDate.now(clock);
        long campaign = province(() -> {
            long id = campaigns.create(new CampaignDetails(CampaignKind.AMBASSADOR, 2026, "全流程评选" + SEQUENCE.incrementAndGet(), List.of("制造业"),
                    3, Map.of(), today.minusDays(3), today.plusDays(20), 7,
                    List.of(new CampaignDetails.Tier("金牌代言人", 1), new CampaignDetails.Tier("银牌代言人", 1)), WEIGHTS));
            campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.OPEN, null);
            return id;
        });

        // the cities nominate, each person with a signed consent
        long winner = nominate(campaign, CHANGCHUN, "张秀梅", true);
        long objected = nominate(campaign, LIAOYUAN, "刘春燕", true);
        long third = nominate(campaign, CHANGCHUN, "孙立军", true);
        province(() -> campaigns.take(campaign, campaigns.get(campaign).getVersion(), CampaignAction.CLOSE, null));
        for (long id : List.of(winner, objected, third)) {
            assertThat(province(() -> nominations.take(id, nomination(id).getVersion(), NominationAction.CHECK, "材料齐全", DataScope.province())))
                    .isEqualTo(NominationState.CHECKED);
        }

        // experts: none from the nominee's own prefecture
        long changchunExpert = expert(CHANGCHUN);
        List<long[]> others = List.of(expertWithAccount("220200"), expertWithAccount("222400"), expertWithAccount("220500"));
        List<Long> otherIds = others.stream().map(e -> e[0]).toList();
        assertThatThrownBy(() -> province(() -> {
            scoring.assign(winner, nomination(winner).getVersion(), List.of(changchunExpert, otherIds.get(0), otherIds.get(1)), DataScope.province());
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessageContaining("nomination.assign.sameRegion");
        for (long id : List.of(winner, objected, third)) {
            province(() -> {
                scoring.assign(id, nomination(id).getVersion(), otherIds, DataScope.province());
                return null;
            });
            assertThat(nomination(id).getState()).isEqualTo(NominationState.SCORING);
        }

        // each expert declares, then scores (not before the declaration)
        int[][] given = {{95, 90, 92, 94}, {85, 80, 82, 84}, {70, 65, 60, 72}};
        long[] nominees = {winner, objected, third};
        for (long[] expert : others) {
            for (int i = 0; i < nominees.length; i++) {
                long id = nominees[i];
                int[] s = given[i];
                Acting.as(expert[1], () -> {
                    long assignment = scoring.myTasks().stream().filter(t -> t.nominationId() == id).findFirst().orElseThrow().assignmentId();
                    assertThatThrownBy(() -> scoring.score(assignment, reviews.myAssignment(assignment).getVersion(), rubric(s), "很好"))
                            .isInstanceOf(RuleViolation.class).hasMessageContaining("review.score.declareFirst");
                    reviews.declare(assignment, false, null);
                    return scoring.score(assignment, reviews.myAssignment(assignment).getVersion(), rubric(s), "事迹突出，示范作用明显。");
                }, "review:score");
            }
        }
        for (long id : nominees) {
            assertThat(province(() -> nominations.take(id, nomination(id).getVersion(), NominationAction.FINISH_SCORING, null, DataScope.province())))
                    .isEqualTo(NominationState.SCORED);
        }
        // 95*.4+90*.3+92*.2+94*.1 = 92.80: every expert gave the same, so the mean is the weighted score
        assertThat(nomination(winner).getScore()).isEqualByComparingTo(new BigDecimal("92.80"));

        // ranking best first; the proposal fills the tiers in order; the province confirms it
        List<Long> ranked = province(() -> results.ranking(campaign).stream().map(Nomination::getId).toList());
        assertThat(ranked).containsExactly(winner, objected, third);
        Map<Long, Integer> proposal = province(() -> results.proposal(campaigns.get(campaign), results.ranking(campaign)));
        assertThat(proposal).containsExactlyInAnyOrderEntriesOf(Map.of(winner, 1, objected, 2));
        assertThatThrownBy(() -> province(() -> {
            results.confirmTiers(campaign, Map.of(winner, 1, objected, 1));
            return null;
        })).isInstanceOf(RuleViolation.class).hasMessageContaining("campaign.tiers.tooMany");
        province(() -> {
            results.confirmTiers(campaign, proposal);
            return null;
        });

        // public notice: the tiered on notice, the rest not selected; the public sees the nominees on notice
        assertThat(province(() -> campaigns.take(campaign, campaigns.get(campaign).getVersion(), CampaignAction.START_NOTICE, null)))
                .isEqualTo(CampaignState.NOTICE);
        assertThat(nomination(winner).getState()).isEqualTo(NominationState.NOTICE);
        assertThat(nomination(objected).getState()).isEqualTo(NominationState.NOTICE);
        assertThat(nomination(third).getState()).isEqualTo(NominationState.NOT_SELECTED);
        assertThat(entries(campaign)).extracting(PublicEntry::name).containsExactly("张秀梅", "刘春燕");
        assertThatThrownBy(() -> province(() -> campaigns.take(campaign, campaigns.get(campaign).getVersion(), CampaignAction.PUBLISH, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("campaign.publish.noticeRunning");

        // objections: one recorded by the province and upheld (removes the nominee), one from the public still open
        long upheld = province(() -> objections.record(objected, today, "辽源市某企业职工", "被提名人事迹中的获奖情况与事实不符。", DataScope.province()));
        province(() -> {
            objections.resolve(objected, upheld, true, "经核查，获奖情况不实，取消其入选资格。", DataScope.province());
            return null;
        });
        assertThat(nomination(objected).getState()).isEqualTo(NominationState.REMOVED);
        long open = objections.send(winner, "匿名群众", "希望核实其带徒人数。");

        // the notice period is over (moved into the past, as the clock cannot be), yet an open objection holds publication
        jdbc.update("update selection_campaign set notice_from = notice_from - 10, notice_to = notice_to - 10 where id = ?", campaign);
        assertThatThrownBy(() -> province(() -> campaigns.take(campaign, campaigns.get(campaign).getVersion(), CampaignAction.PUBLISH, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("campaign.publish.openObjections");
        province(() -> {
            objections.resolve(winner, open, false, "经核查，带徒人数属实。", DataScope.province());
            return null;
        });
        assertThat(province(() -> campaigns.take(campaign, campaigns.get(campaign).getVersion(), CampaignAction.PUBLISH, null)))
                .isEqualTo(CampaignState.PUBLISHED);
        assertThat(nomination(winner).getState()).isEqualTo(NominationState.WON);
        assertThat(nomination(objected).getState()).isEqualTo(NominationState.REMOVED);

        // the published result: the winner in the first tier, by name (the consent covers it), the removed nominee nowhere
        PublicResult result = published.result(campaign).orElseThrow();
        assertThat(result.campaign().state()).isEqualTo(CampaignState.PUBLISHED);
        assertThat(result.campaign().publishedOn()).isEqualTo(today);
        assertThat(result.tiers()).extracting(PublishedCampaigns.PublicTier::name).containsExactly("金牌代言人", "银牌代言人");
        assertThat(result.tiers().get(0).entries()).singleElement().satisfies(e -> {
            assertThat(e.nominationId()).isEqualTo(winner);
            assertThat(e.name()).isEqualTo("张秀梅");
            assertThat(e.story()).contains("带徒");
            assertThat(e.onNotice()).isFalse();
        });
        assertThat(result.tiers().get(1).entries()).isEmpty();
        assertThat(published.list()).extracting(PublishedCampaigns.PublicCampaign::id).contains(campaign);

        // the winner's certificate is a PDF; a nominee not selected has none
        byte[] certificate = province(() -> certificates.certificate(winner, DataScope.province()));
        assertThat(new String(certificate, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(certificate.length).isGreaterThan(1000);
        assertThatThrownBy(() -> province(() -> certificates.certificate(third, DataScope.province())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("nomination.certificate.notWinner");

        // the winner withdraws the consent: from that moment the public result masks the name and drops the story
        province(() -> {
            files.withdrawConsent(winner, DataScope.province());
            return null;
        });
        PublicEntry hidden = published.result(campaign).orElseThrow().tiers().get(0).entries().get(0);
        assertThat(hidden.name()).isEqualTo("张**").doesNotContain("秀梅");
        assertThat(hidden.story()).isNull();
        assertThat(hidden.photo()).isFalse();
    }

    private long nominate(long campaign, String region, String name, boolean consent) {
        long brand = brand(region);
        return city(region, () -> {
            long id = nominations.create(campaign, new NominationDetails("制造业", brand, name, Nomination.Sex.FEMALE, 1983,
                    "扎根一线二十年，带徒八十余人，多次获技能竞赛奖项。"), scope(region));
            if (consent) {
                files.recordConsent(id, nominations.get(id, scope(region)).getVersion(), "同意书.pdf", PDF, LocalDate.now(clock).minusDays(2), true,
                        true, true, scope(region));
            }
            nominations.take(id, nominations.get(id, scope(region)).getVersion(), NominationAction.SUBMIT, null, scope(region));
            return id;
        });
    }

    private Nomination nomination(long id) {
        return province(() -> nominations.get(id, DataScope.province()));
    }

    private List<PublicEntry> entries(long campaign) {
        return published.result(campaign).orElseThrow().tiers().stream().flatMap(t -> t.entries().stream()).toList();
    }

    private static Map<String, Integer> rubric(int[] s) {
        return Map.of("CAMPAIGN_ACHIEVEMENT", s[0], "CAMPAIGN_SKILL", s[1], "CAMPAIGN_INFLUENCE", s[2], "CAMPAIGN_REPUTATION", s[3]);
    }

    /** An expert of the pool without a sign-in account (enough to be refused for the nominee's own prefecture). */
    private long expert(String region) {
        return province(() -> reviews.addExpert(null, "本地专家" + SEQUENCE.incrementAndGet(), "本地高校", "教授", "技能评价", region, null));
    }

    /** An expert with a sign-in account of their own: {expert id, account id}. */
    private long[] expertWithAccount(String region) {
        return province(() -> {
            Long organisation = jdbc.queryForObject("select min(id) from organisation where region_code = ?", Long.class, region);
            long account = accounts.create(new NewAccount("fullpath.expert" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000,
                    "评审专家", organisation, "Jilin#Brand2025", false));
            long expert = reviews.addExpert(account, "专家" + SEQUENCE.get(), "省内高校", "教授", "劳动经济", region, null);
            return new long[]{expert, account};
        });
    }

    private long brand(String region) {
        return province(() -> brands.register(new BrandDetails("全流程品牌" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000, region,
                BrandScope.REGIONAL, BrandType.SKILL, IndustrySection.C, "织袜工", BrandMaturity.EMERGING, 500, new BigDecimal("1000000.00"), 10, 5,
                null, null, null, BrandStatus.ACTIVE), DataScope.province()));
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
