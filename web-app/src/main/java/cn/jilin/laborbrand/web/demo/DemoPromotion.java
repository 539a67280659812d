package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.ResidentId.Sex;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.pdf.PdfDocuments;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.coverage.CoverageDetails;
import cn.jilin.laborbrand.promotion.coverage.CoverageKind;
import cn.jilin.laborbrand.promotion.coverage.CoverageService;
import cn.jilin.laborbrand.promotion.event.EventDetails;
import cn.jilin.laborbrand.promotion.event.EventKind;
import cn.jilin.laborbrand.promotion.event.EventOutcome;
import cn.jilin.laborbrand.promotion.event.EventService;
import cn.jilin.laborbrand.promotion.figure.FigureDetails;
import cn.jilin.laborbrand.promotion.figure.FigureFilter;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.FigureService;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The demo's promotion records (三(三), 三(四)): typical figures of 辽源织袜工 and the 延边 brands — published with a signed
 * consent, one whose consent does not cover the photo, one not yet published; events of the three national brands (an
 * exhibition, a forum and a job fair held with their outcomes, and events to come); and coverage of the three. Made
 * through the promotion services as the platform, then marked as demo data. Only on a database without typical figures.
 */
@Component
@Profile("demo")
@Order(80)
class DemoPromotion implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPromotion.class);
    private static final String[] AUTHORITIES = {"demo:provision", "brand:view", "promotion:view", "promotion:manage", "promotion:publish"};
    private static final DataScope PROVINCE = DataScope.province();

    private final FigureService figures;
    private final EventService events;
    private final CoverageService coverage;
    private final BrandService brands;
    private final PdfDocuments pdf;
    private final DemoRecords demo;
    private final Clock clock;

    DemoPromotion(FigureService figures, EventService events, CoverageService coverage, BrandService brands, PdfDocuments pdf,
                  DemoRecords demo, Clock clock) {
        this.figures = figures;
        this.events = events;
        this.coverage = coverage;
        this.brands = brands;
        this.pdf = pdf;
        this.demo = demo;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (figures.search(FigureFilter.none(), PROVINCE, Pageable.ofSize(1)).getTotalElements() > 0) {
                return;
            }
            Map<String, BrandName> byName = brands.choices().stream().collect(Collectors.toMap(BrandName::name, Function.identity(), (a, b) -> a));
            BrandName socks = byName.get("辽源织袜工");
            BrandName kimchi = byName.get("延边泡菜工");
            BrandName fungi = byName.get("长白山菌类园艺工");
            BrandName express = byName.get("汪清快递物流员");
            BrandName rice = byName.get("吉林大米农技工");
            if (socks == null || kimchi == null || fungi == null || rice == null) {
                log.info("Demo promotion skipped: the demo brands are missing");
                return;
            }
            List<long[]> made = new ArrayList<>();
            figures(socks, kimchi, fungi, express, made);
            events(socks, fungi, rice, made);
            coverage(socks, fungi, rice, made);
            made.forEach(m -> demo.mark(m[0] == 0 ? "typical_figure" : m[0] == 1 ? "promotion_event" : "media_coverage", m[1]));
            log.info("Demo promotion ready: {} records", made.size());
        }, AUTHORITIES);
    }

    private void figures(BrandName socks, BrandName kimchi, BrandName fungi, BrandName express, List<long[]> made) {
        LocalDate today = LocalDate.now(clock);
        long li = figure(made, socks, "李淑芬", Sex.FEMALE, 1972, FigureRole.FOUNDER, "辽源袜业第一批织袜车间的创办者",
                "1998 年从国企下岗后，她借钱买了两台织袜机，在自家院里办起小作坊。二十多年来，她带出徒弟三百多人，"
                + "把辽源袜子卖到了全国各地，也让一批下岗职工重新端上了饭碗。", true, true, true, true, today.minusMonths(8));
        figures.publish(li, figures.get(li, PROVINCE).getVersion(), PROVINCE);
        long wang = figure(made, socks, "王桂兰", Sex.FEMALE, 1985, FigureRole.PACESETTER, "省级技术能手，织袜机调试“一口准”",
                "她能凭声音判断织袜机哪根针出了问题，所在车间次品率降到千分之三。每年带教新工人四十多名。", true, true, false, true,
                today.minusMonths(5));
        figures.publish(wang, figures.get(wang, PROVINCE).getVersion(), PROVINCE);
        long park = figure(made, kimchi, "朴英子", Sex.FEMALE, 1968, FigureRole.INHERITOR, "朝鲜族泡菜制作技艺传承人",
                "从母亲手里学会腌制辣白菜，又把老手艺写成了标准化的操作规程，培训泡菜制作工一千余人次。", true, true, true, true,
                today.minusMonths(3));
        figures.publish(park, figures.get(park, PROVINCE).getVersion(), PROVINCE);
        long jin = figure(made, fungi, "金光哲", Sex.MALE, 1970, FigureRole.LEADER, "长白山黑木耳种植带头人",
                "带领村里六十多户种植黑木耳，组建合作社统一菌包、统一销售，户均年增收两万多元。", true, false, true, true,
                today.minusMonths(2));
        figures.publish(jin, figures.get(jin, PROVINCE).getVersion(), PROVINCE);
        if (express != null) {
            // recorded by the city, consent not yet on file: not published
            figure(made, express, "崔明浩", Sex.MALE, 1990, FigureRole.AMBASSADOR, "汪清快递物流员形象代言人（推荐中）",
                    "返乡创业办起快递驿站，吸纳当地二十多名青年就业。", false, false, false, false, null);
        }
    }

    private long figure(List<long[]> made, BrandName brand, String name, Sex sex, int born, FigureRole role, String headline, String story,
                        boolean consent, boolean coversName, boolean coversPhoto, boolean coversStory, LocalDate signedOn) {
        long id = figures.create(new FigureDetails(name, sex, born, role, brand.id(), null, headline, story), PROVINCE);
        made.add(new long[]{0, id});
        figures.replacePhoto(id, name + ".png", avatar(new Color(0x1f, 0x5f, 0x9f + (int) (id % 60))), PROVINCE);
        if (consent) {
            figures.recordConsent(id, "发布同意书-" + name + ".pdf", consentForm(name, coversName, coversPhoto, coversStory, signedOn), signedOn,
                    coversName, coversPhoto, coversStory, PROVINCE);
        }
        return id;
    }

    private void events(BrandName socks, BrandName fungi, BrandName rice, List<long[]> made) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> national = Set.of(socks.id(), fungi.id(), rice.id());
        long expo = event(made, new EventDetails(EventKind.EXHIBITION, "吉林省劳务品牌展示交流活动", today.minusDays(75), today.minusDays(73),
                "长春国际会展中心", "吉林省人力资源和社会保障厅", "220000", true,
                "集中展示全省国家级、省级劳务品牌，现场开展技能展示、岗位对接和品牌故事分享。", national));
        outcome(expo, new EventOutcome(12_600, 36, new BigDecimal("28600000.00"), 4_200, "签约劳务输出协议 36 项"));
        long forum = event(made, new EventDetails(EventKind.FORUM, "劳务品牌建设专业论坛", today.minusDays(40), today.minusDays(40),
                "延吉市白山大厦", "延边州人力资源和社会保障局", "222400", true,
                "围绕长白山菌类园艺工品牌标准化与产业链延伸，邀请专家学者、龙头企业座谈。", Set.of(fungi.id())));
        outcome(forum, new EventOutcome(320, 5, new BigDecimal("3500000.00"), 260, null));
        long fair = event(made, new EventDetails(EventKind.JOB_FAIR, "辽源织袜工专场招聘会", today.minusDays(20), today.minusDays(20),
                "辽源市人力资源市场", "辽源市人力资源和社会保障局", "220400", true,
                "袜业企业集中招聘织袜工、缝纫工、定型工。", Set.of(socks.id())));
        outcome(fair, new EventOutcome(2_100, 18, null, 860, "现场达成就业意向 530 人"));
        event(made, new EventDetails(EventKind.PUBLICITY_WEEK, "吉林大米农技工宣传周", today.plusDays(14), today.plusDays(20),
                "吉林市世纪广场", "吉林市人力资源和社会保障局", "220200", true, "稻作技艺展示、农技工风采展。", Set.of(rice.id())));
        event(made, new EventDetails(EventKind.EXPERIENCE_HALL, "长白山劳务品牌文化体验馆开馆", today.plusDays(35), today.plusDays(35),
                "安图县二道白河镇", "延边州人力资源和社会保障局", "222400", true, "结合文旅打造劳务品牌文化体验馆。", Set.of(fungi.id())));
        event(made, new EventDetails(EventKind.FORUM, "劳务品牌工作推进会（内部）", today.plusDays(7), today.plusDays(7),
                "吉林省人力资源和社会保障厅", "吉林省人力资源和社会保障厅", "220000", false, null, national));
    }

    private long event(List<long[]> made, EventDetails details) {
        long id = events.create(details, PROVINCE);
        made.add(new long[]{1, id});
        return id;
    }

    private void outcome(long id, EventOutcome outcome) {
        events.recordOutcome(id, events.get(id, PROVINCE).getVersion(), outcome, PROVINCE);
    }

    private void coverage(BrandName socks, BrandName fungi, BrandName rice, List<long[]> made) {
        LocalDate today = LocalDate.now(clock);
        List<CoverageDetails> reports = List.of(
                new CoverageDetails("吉林广播电视台", CoverageKind.TV, today.minusDays(70), "展示交流活动在长春开幕 三大国家级劳务品牌亮相",
                        null, Set.of(socks.id(), fungi.id(), rice.id()), "220000", "新闻联播时段报道。"),
                new CoverageDetails("吉林日报", CoverageKind.NEWSPAPER, today.minusDays(60), "一双袜子织出转型路——辽源织袜工品牌调查",
                        null, Set.of(socks.id()), "220400", null),
                new CoverageDetails("新华网吉林频道", CoverageKind.NEW_MEDIA, today.minusDays(38), "长白山菌类园艺工：小木耳撑起致富大产业",
                        "https://www.news.cn/", Set.of(fungi.id()), "222400", null),
                new CoverageDetails("吉林人民广播电台", CoverageKind.RADIO, today.minusDays(15), "稻花香里说丰年：吉林大米农技工的故事",
                        null, Set.of(rice.id()), "220200", null),
                new CoverageDetails("吉林省电影制片厂", CoverageKind.FILM, today.minusDays(100), "微电影《织梦》",
                        null, Set.of(socks.id()), "220000", "以辽源织袜工为原型的主题影视作品。"));
        reports.forEach(r -> made.add(new long[]{2, coverage.create(r, PROVINCE)}));
    }

    private byte[] consentForm(String name, boolean coversName, boolean coversPhoto, boolean coversStory, LocalDate signedOn) {
        List<String> covers = new ArrayList<>();
        if (coversName) {
            covers.add("姓名");
        }
        if (coversPhoto) {
            covers.add("照片");
        }
        if (coversStory) {
            covers.add("事迹");
        }
        return pdf.write("典型人物信息发布同意书", c -> c.title("典型人物信息发布同意书")
                .paragraph("本人" + name + "同意吉林省人力资源和社会保障厅在劳务品牌宣传展示中公开发布本人的：" + String.join("、", covers) + "。")
                .paragraph("本人可随时书面撤回本同意，撤回后平台将立即停止公开发布。（演示数据）")
                .signature(name, signedOn.toString()));
    }

    private static byte[] avatar(Color colour) {
        BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xEE, 0xF2, 0xF7));
            g.fillRect(0, 0, 240, 240);
            // a plain silhouette: the demo has no real photographs of real people
            g.setColor(colour);
            g.fillOval(75, 40, 90, 90);
            g.fillOval(35, 140, 170, 160);
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
