package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.campaign.CampaignAction;
import cn.jilin.laborbrand.promotion.campaign.CampaignDetails;
import cn.jilin.laborbrand.promotion.campaign.CampaignKind;
import cn.jilin.laborbrand.promotion.campaign.CampaignResults;
import cn.jilin.laborbrand.promotion.campaign.CampaignService;
import cn.jilin.laborbrand.promotion.campaign.Nomination;
import cn.jilin.laborbrand.promotion.campaign.NominationAction;
import cn.jilin.laborbrand.promotion.campaign.NominationDetails;
import cn.jilin.laborbrand.promotion.campaign.NominationFiles;
import cn.jilin.laborbrand.promotion.campaign.NominationScoring;
import cn.jilin.laborbrand.promotion.campaign.NominationService;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The demo's selection campaigns (三(三)): the 2026 劳务品牌形象代言人 call, open, with nominations of 长春, 辽源 and 延边
 * in draft, submitted, checked and being scored (some scores in from the experts of other prefectures); and the finished
 * 2025 call, published with its winners in tiers — one of them consenting to their story only, so shown masked. Made by
 * the city officers, the province and the experts through the campaign services; only the dates the clock cannot reach
 * (the 2025 window, notice and publication) are set afterwards. Only on a database without demo campaigns.
 */
@Component
@Profile("demo")
@Order(85)
class DemoCampaigns implements ApplicationRunner {

    static final String TITLE_2026 = "2026年吉林省劳务品牌形象代言人评选";
    static final String TITLE_2025 = "2025年吉林省劳务品牌形象代言人评选";

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);
    private static final String[] AUTHORITIES = {"demo:provision", "campaign:view", "campaign:manage", "review:assign", "brand:view",
        "expert:manage", "system:account:view"};
    private static final Map<String, Integer> WEIGHTS = Map.of("CAMPAIGN_ACHIEVEMENT", 40, "CAMPAIGN_SKILL", 30, "CAMPAIGN_INFLUENCE", 20,
            "CAMPAIGN_REPUTATION", 10);
    /** The demo's experts and their home regions, as {@code DemoApplications} enrols them. */
    private static final List<String[]> EXPERTS = List.of(
            new String[]{"expert.li", "李明哲", "吉林大学商学与管理学院", "220000"},
            new String[]{"expert.wang", "王秀兰", "长春工业大学", "220100"},
            new String[]{"expert.zhao", "赵宏伟", "北华大学", "220200"},
            new String[]{"expert.chen", "陈玉洁", "延边大学", "222400"});
    private static final byte[] CONSENT_FORM = ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n% 发布同意书（演示数据）\ntrailer<<>>\n%%EOF\n")
            .getBytes(StandardCharsets.UTF_8);

    /** A city of the demo: its officer, region and the brand its nominees work in. */
    private record City(String officer, String region, BrandName brand) {
    }

    private final CampaignService campaigns;
    private final NominationService nominations;
    private final NominationFiles files;
    private final NominationScoring scoring;
    private final CampaignResults results;
    private final ReviewService reviews;
    private final BrandService brands;
    private final RegionService regions;
    private final AccountService accounts;
    private final DemoRecords demo;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final byte[] photo = photo();

    DemoCampaigns(CampaignService campaigns, NominationService nominations, NominationFiles files, NominationScoring scoring, CampaignResults results,
                  ReviewService reviews, BrandService brands, RegionService regions, AccountService accounts, DemoRecords demo, JdbcTemplate jdbc,
                  Clock clock) {
        this.campaigns = campaigns;
        this.nominations = nominations;
        this.files = files;
        this.scoring = scoring;
        this.results = results;
        this.reviews = reviews;
        this.brands = brands;
        this.regions = regions;
        this.accounts = accounts;
        this.demo = demo;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.queryForObject("select count(*) from selection_campaign where demo", Long.class) > 0) {
            return;
        }
        SystemActor.run(() -> {
            City changchun = city("changchun.officer", "220100");
            City liaoyuan = city("liaoyuan.officer", "220400");
            City yanbian = city("yanbian.officer", "222400");
            if (changchun.brand() == null || liaoyuan.brand() == null || yanbian.brand() == null) {
                log.info("Demo campaigns skipped: the demo brands are missing");
                return;
            }
            Map<String, Long> experts = experts();
            published2025(changchun, liaoyuan, yanbian, experts);
            open2026(changchun, liaoyuan, yanbian, experts);
            log.info("Demo campaigns ready");
        }, AUTHORITIES);
    }

    private void open2026(City changchun, City liaoyuan, City yanbian, Map<String, Long> experts) {
        LocalDate today = LocalDate.now(clock);
        long id = campaign(TITLE_2026, 2026, today.minusDays(20), today.plusDays(40),
                List.of(new CampaignDetails.Tier("金牌代言人", 3), new CampaignDetails.Tier("银牌代言人", 5)));
        campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.OPEN, "面向各市（州）征集劳务品牌形象代言人。");
        nominate(id, changchun, "周丽娜", Nomination.Sex.FEMALE, 1988, "吉林汽车精工一线装调工，省级技术能手，带徒三十余人。", true, true, false);
        nominate(id, changchun, "高振宇", Nomination.Sex.MALE, 1979, "从装配工成长为班组长，主导的工装改进每年节约成本百万元。", true, true, true);
        long checked = nominate(id, liaoyuan, "孙晓梅", Nomination.Sex.FEMALE, 1982, "织袜车间挡车工，连续五年零次品，带动同村二十多名妇女进厂就业。", true, true, true);
        province(checked, NominationAction.CHECK, "材料齐全。");
        long scoring1 = nominate(id, liaoyuan, "于海波", Nomination.Sex.MALE, 1975, "创办织袜加工厂，吸纳返乡人员一百二十人。", true, true, true);
        province(scoring1, NominationAction.CHECK, "材料齐全。");
        assign(scoring1, experts);
        score(scoring1, "expert.li", new int[]{88, 85, 90, 86}, "带动就业成效突出，事迹材料翔实。");
        score(scoring1, "expert.wang", new int[]{84, 80, 86, 88}, "创业带动作用明显，建议补充近年用工数据。");
        long scoring2 = nominate(id, yanbian, "金美善", Nomination.Sex.FEMALE, 1986, "延边泡菜制作技艺传人，培训学员四百余人次，产品出口韩日。", true, true, true);
        province(scoring2, NominationAction.CHECK, "材料齐全。");
        assign(scoring2, experts);
        score(scoring2, "expert.zhao", new int[]{90, 92, 85, 88}, "技艺传承与带徒成效显著。");
        nominate(id, yanbian, "崔成龙", Nomination.Sex.MALE, 1990, "返乡创办电商物流站，带动二十多名青年就业。", true, false, true);
    }

    private void published2025(City changchun, City liaoyuan, City yanbian, Map<String, Long> experts) {
        LocalDate today = LocalDate.now(clock);
        long id = campaign(TITLE_2025, 2025, today.minusDays(1), today.plusDays(1),
                List.of(new CampaignDetails.Tier("金牌代言人", 1), new CampaignDetails.Tier("银牌代言人", 2)));
        campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.OPEN, null);
        List<Long> nominees = new ArrayList<>();
        nominees.add(nominate(id, changchun, "刘春华", Nomination.Sex.FEMALE, 1980, "汽车焊装高级技师，全国技术能手，主持建成省级技能大师工作室。", true, true, true));
        nominees.add(nominate(id, liaoyuan, "赵淑琴", Nomination.Sex.FEMALE, 1976, "辽源织袜行业的“老师傅”，三十年间培训织袜工一千余人。", true, true, true));
        // consents to the story only: the public sees the brand, a masked name and no photo
        nominees.add(nominate(id, yanbian, "朴贞姬", Nomination.Sex.FEMALE, 1984, "延边泡菜工的带头人，组建合作社带动两百余户增收。", false, false, true));
        campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.CLOSE, "提名截止。");
        int[][] given = {{95, 93, 90, 94}, {90, 88, 86, 90}, {86, 84, 88, 85}};
        String[] comments = {"事迹突出，示范带动作用强。", "培训带动成效显著。", "合作社带动增收效果明显。"};
        for (int i = 0; i < nominees.size(); i++) {
            long n = nominees.get(i);
            province(n, NominationAction.CHECK, "材料齐全。");
            for (String expert : assign(n, experts)) {
                score(n, expert, given[i], comments[i]);
            }
            province(n, NominationAction.FINISH_SCORING, null);
        }
        results.confirmTiers(id, results.proposal(campaigns.get(id), results.ranking(id)));
        campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.START_NOTICE, null);
        // the notice cannot end on the day it starts: move it (and the window) back to where a 2025 call had them
        LocalDate noticeTo = earliest(LocalDate.of(2025, 11, 16), today.minusDays(4));
        jdbc.update("update selection_campaign set notice_from = ?, notice_to = ?, opens_on = ?, closes_on = ? where id = ?",
                noticeTo.minusDays(6), noticeTo, earliest(LocalDate.of(2025, 6, 1), noticeTo.minusDays(60)),
                earliest(LocalDate.of(2025, 8, 31), noticeTo.minusDays(30)), id);
        campaigns.take(id, campaigns.get(id).getVersion(), CampaignAction.PUBLISH, "公示期满无异议，予以公布。");
        jdbc.update("update selection_campaign set published_on = ? where id = ?", noticeTo.plusDays(2), id);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private long campaign(String title, int year, LocalDate opensOn, LocalDate closesOn, List<CampaignDetails.Tier> tiers) {
        long id = campaigns.create(new CampaignDetails(CampaignKind.AMBASSADOR, year, title, List.of("制造业", "农业", "服务业"), 3, Map.of(),
                opensOn, closesOn, 7, tiers, WEIGHTS));
        demo.mark("selection_campaign", id);
        return id;
    }

    /** A city officer's nomination with its consent and photo; submitted unless {@code submit} is off (a draft). */
    private long nominate(long campaign, City city, String name, Nomination.Sex sex, int born, String story, boolean coversName, boolean coversPhoto,
                          boolean submit) {
        DataScope scope = DataScope.region(city.region(), regions.coveredCodes(city.region()));
        long[] id = new long[1];
        asUser(city.officer(), () -> {
            id[0] = nominations.create(campaign, new NominationDetails(null, city.brand().id(), name,
                    sex, born,
                    story + "（演示数据）"), scope);
            files.uploadPhoto(id[0], name + ".png", photo, scope);
            files.recordConsent(id[0], nominations.get(id[0], scope).getVersion(), "发布同意书-" + name + ".pdf", CONSENT_FORM,
                    LocalDate.now(clock).minusDays(1), coversName, coversPhoto, true, scope);
            if (submit) {
                nominations.take(id[0], nominations.get(id[0], scope).getVersion(), NominationAction.SUBMIT, null, scope);
            }
            return null;
        });
        demo.mark("nomination", id[0]);
        return id[0];
    }

    private void province(long nomination, NominationAction action, String comment) {
        nominations.take(nomination, nominations.get(nomination, DataScope.province()).getVersion(), action, comment, DataScope.province());
    }

    /** Assigns the first three demo experts from outside the nominee's prefecture; their usernames. */
    private List<String> assign(long nomination, Map<String, Long> experts) {
        Nomination n = nominations.get(nomination, DataScope.province());
        String prefecture = regions.prefectureOf(n.getRegionCode()).orElse(n.getRegionCode());
        List<String> chosen = EXPERTS.stream().filter(e -> !prefecture.equals(regions.prefectureOf(e[3]).orElse(e[3]))).limit(3)
                .map(e -> e[0]).toList();
        scoring.assign(nomination, n.getVersion(), chosen.stream().map(experts::get).toList(), DataScope.province());
        return chosen;
    }

    /** The expert declares no conflict and scores, signed in as themselves. */
    private void score(long nomination, String expert, int[] s, String comment) {
        asUser(expert, () -> {
            long assignment = scoring.myTasks().stream().filter(t -> t.nominationId() == nomination).findFirst().orElseThrow().assignmentId();
            reviews.declare(assignment, false, null);
            scoring.score(assignment, reviews.myAssignment(assignment).getVersion(), Map.of("CAMPAIGN_ACHIEVEMENT", s[0], "CAMPAIGN_SKILL", s[1],
                    "CAMPAIGN_INFLUENCE", s[2], "CAMPAIGN_REPUTATION", s[3]), comment);
            return null;
        });
    }

    private Map<String, Long> experts() {
        Map<String, Long> ids = new java.util.HashMap<>();
        for (String[] e : EXPERTS) {
            long account = accounts.findByUsername(e[0]).orElseThrow().id();
            ids.put(e[0], reviews.expertOfAccount(account).map(x -> x.getId())
                    .orElseGet(() -> reviews.addExpert(account, e[1], e[2], "教授", "劳务品牌", e[3], null)));
        }
        return ids;
    }

    /** The city with its first brand (by name) of the prefecture. */
    private City city(String officer, String region) {
        BrandName brand = brands.choices().stream().filter(b -> region.equals(regions.prefectureOf(b.regionCode()).orElse(b.regionCode())))
                .min(Comparator.comparing(BrandName::name)).orElse(null);
        return new City(officer, region, brand);
    }

    private void asUser(String username, Supplier<Void> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static byte[] photo() {
        BufferedImage image = new BufferedImage(48, 64, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x5f, 0x9f));
        g.fillRect(0, 0, 48, 64);
        g.setColor(new Color(0xf0, 0xd8, 0xc0));
        g.fillOval(14, 10, 20, 24);
        g.fillRoundRect(8, 38, 32, 26, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
