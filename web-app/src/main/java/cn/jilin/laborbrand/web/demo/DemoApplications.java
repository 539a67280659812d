package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.pdf.PdfDocuments;
import cn.jilin.laborbrand.platform.review.ReviewAssignment;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.registry.application.ApplicationAction;
import cn.jilin.laborbrand.registry.application.ApplicationDraft;
import cn.jilin.laborbrand.registry.application.ApplicationFilter;
import cn.jilin.laborbrand.registry.application.ApplicationNoticeService;
import cn.jilin.laborbrand.registry.application.ApplicationQueries;
import cn.jilin.laborbrand.registry.application.ApplicationReviewService;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import cn.jilin.laborbrand.registry.application.ApplicationStep;
import cn.jilin.laborbrand.registry.application.ApplicationWorkflow;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The demo expert pool and applications in every stage of their workflow — a draft, a submitted one, a recommended one
 * waiting for experts, one under expert review (two experts have scored), one returned with a reason, one on public
 * notice, and a national one recommended to the ministry (人社部) after its review and notice, waiting for the ministry's
 * decision — opened through the drafting service and taken there by the workflow's ordinary steps, each marked as demo
 * data. Only on a database without applications.
 */
@Component
@Profile("demo")
@Order(40)
class DemoApplications implements ApplicationRunner {

    private static final String[] AUTHORITIES = {"demo:provision", "brand:view", "brand:application:view", "brand:application:submit",
        "brand:application:recommend", "brand:application:review", "brand:application:decide", "review:assign", "system:account:view"};

    private final ApplicationService drafting;
    private final ApplicationQueries queries;
    private final ApplicationWorkflow workflow;
    private final ApplicationReviewService review;
    private final BrandService brands;
    private final ReviewService reviews;
    private final AccountService accounts;
    private final PdfDocuments pdf;
    private final DemoRecords demo;
    private final JdbcTemplate jdbc;

    DemoApplications(ApplicationService drafting, ApplicationQueries queries, ApplicationWorkflow workflow, ApplicationReviewService review,
                     BrandService brands, ReviewService reviews, AccountService accounts, PdfDocuments pdf, DemoRecords demo,
                     JdbcTemplate jdbc) {
        this.drafting = drafting;
        this.queries = queries;
        this.workflow = workflow;
        this.review = review;
        this.brands = brands;
        this.reviews = reviews;
        this.accounts = accounts;
        this.pdf = pdf;
        this.demo = demo;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(() -> {
            if (queries.search(ApplicationFilter.none(), DataScope.province(), PageRequest.of(0, 1)).getTotalElements() > 0) {
                return;
            }
            List<Long> experts = new ArrayList<>();
            experts.add(expert("expert.li", "李明哲", "吉林大学商学与管理学院", "教授", "劳动经济、就业政策、技能型品牌", "220000"));
            experts.add(expert("expert.wang", "王秀兰", "长春工业大学", "教授", "汽车制造、职业技能评价", "220100"));
            experts.add(expert("expert.zhao", "赵宏伟", "北华大学", "副教授", "农业技术推广、区域品牌", "220200"));
            experts.add(expert("expert.chen", "陈玉洁", "延边大学", "研究员", "文化旅游、民族手工艺、服务型品牌", "222400"));

            long recommended = open("吉林汽车精工", BrandLevel.PROVINCIAL, "吉林汽车精工依托一汽等整车和零部件企业，技能人才规模大、等级高。");
            submit(recommended);
            step(recommended, ApplicationAction.RECOMMEND, "同意推荐。");

            long reviewing = open("吉林医药技工", BrandLevel.PROVINCIAL, "通化医药城聚集制药企业百余家，医药技工就业稳定、收入较高。");
            submit(reviewing);
            step(reviewing, ApplicationAction.RECOMMEND, "同意推荐。");
            workflow.take(reviewing, ApplicationAction.ASSIGN_EXPERTS, new ApplicationStep(version(reviewing), null,
                    List.of(experts.get(0), experts.get(2), experts.get(3)), null, null), DataScope.province());
            score(reviewing, "expert.li", Map.of("WORKFORCE_SCALE", 86, "SKILL_CONTENT", 90, "MARKET_RECOGNITION", 78,
                    "EMPLOYMENT_EFFECT", 84, "BRAND_MANAGEMENT", 75, "CREDIT", 92), "产业基础好，建议加强品牌标识和标准建设。");
            score(reviewing, "expert.zhao", Map.of("WORKFORCE_SCALE", 80, "SKILL_CONTENT", 85, "MARKET_RECOGNITION", 72,
                    "EMPLOYMENT_EFFECT", 88, "BRAND_MANAGEMENT", 70, "CREDIT", 90), "带动就业效果明显，龙头企业作用有待发挥。");

            long returned = open("梅河口家政服务员", BrandLevel.PROVINCIAL, "梅河口家政服务员输出至长春、北京等地，口碑良好。");
            submit(returned);
            step(returned, ApplicationAction.CITY_RETURN, "请补充近三年输出人数和收入的统计依据，并附培训取证名册。");

            long notice = open("吉林护工", BrandLevel.MUNICIPAL, "吉林护工在长春市各医院提供医疗护理服务，已形成规范的培训和派遣体系。");
            submit(notice);
            step(notice, ApplicationAction.CITY_APPROVE, "同意认定为市级劳务品牌。");

            long submitted = open("东丰梅花鹿养殖工", BrandLevel.PROVINCIAL, "东丰梅花鹿养殖历史悠久，养殖和鹿产品加工技术成熟，带动农户增收。");
            submit(submitted);

            // a national application: reviewed, approved and on notice in the province, then recommended to the ministry
            long national = open("延边泡菜工", BrandLevel.NATIONAL, "延边泡菜工技艺传承百年，产品远销韩国、日本，带动朝鲜族妇女就业。");
            submit(national);
            step(national, ApplicationAction.RECOMMEND, "同意推荐。");
            workflow.take(national, ApplicationAction.ASSIGN_EXPERTS, new ApplicationStep(version(national), null,
                    List.of(experts.get(0), experts.get(1), experts.get(2)), null, null), DataScope.province());
            score(national, "expert.li", Map.of("WORKFORCE_SCALE", 88, "SKILL_CONTENT", 92, "MARKET_RECOGNITION", 90,
                    "EMPLOYMENT_EFFECT", 86, "BRAND_MANAGEMENT", 82, "CREDIT", 76), "技艺特色鲜明、外向度高，信用评价须按期整改。");
            score(national, "expert.wang", Map.of("WORKFORCE_SCALE", 84, "SKILL_CONTENT", 90, "MARKET_RECOGNITION", 88,
                    "EMPLOYMENT_EFFECT", 90, "BRAND_MANAGEMENT", 80, "CREDIT", 75), "带动妇女就业成效突出，建议推荐申报国家级。");
            score(national, "expert.zhao", Map.of("WORKFORCE_SCALE", 86, "SKILL_CONTENT", 88, "MARKET_RECOGNITION", 92,
                    "EMPLOYMENT_EFFECT", 88, "BRAND_MANAGEMENT", 84, "CREDIT", 78), "品牌知名度高，标准化建设较好。");
            step(national, ApplicationAction.APPROVE, "专家评审通过，同意公示。");
            workflow.take(national, ApplicationAction.START_NOTICE, new ApplicationStep(version(national), null, List.of(),
                    ApplicationNoticeService.DEFAULT_WORKING_DAYS, null), DataScope.province());
            // a notice cannot end on the day it starts: the demo's ran (five working days) three weeks ago, without objections
            jdbc.update("update brand_application set notice_start = notice_start - 21, notice_end = notice_end - 21 where id = ? "
                    + "and state = 'PUBLIC_NOTICE'", national);
            step(national, ApplicationAction.RECOMMEND_TO_MINISTRY, "公示期满无异议，推荐申报国家级劳务品牌。");

            open("长白山生态园艺工", BrandLevel.MUNICIPAL, "长白山生态园艺工服务景区绿化和生态修复，正在组织培训。");
        }, AUTHORITIES);
    }

    private long expert(String username, String name, String organisation, String title, String fields, String region) {
        long accountId = accounts.findByUsername(username).orElseThrow().id();
        return reviews.expertOfAccount(accountId).map(e -> e.getId())
                .orElseGet(() -> reviews.addExpert(accountId, name, organisation, title, fields, region, "13904310000"));
    }

    private long open(String brandName, BrandLevel target, String reasons) {
        LaborBrand brand = brands.search(new BrandFilter(null, null, null, null, brandName), DataScope.province(), PageRequest.of(0, 1))
                .getContent().get(0);
        long id = drafting.open(brand.getId(), new ApplicationDraft(target, reasons,
                "从业人员稳步增长，培训取证人数逐年增加。（演示数据）", "三年内完善品牌标准、培育龙头企业、扩大输出规模。（演示数据）",
                "刘洋", "13812345678"), DataScope.province());
        demo.mark("brand_application", id);
        byte[] form = pdf.write("申报表", c -> c.title(brandName + " 劳务品牌认定申报表").subtitle("演示数据").paragraph(reasons));
        drafting.attach(id, ApplicationService.Purpose.FORM, brandName + "申报表.pdf", form, DataScope.province());
        return id;
    }

    private void submit(long id) {
        step(id, ApplicationAction.SUBMIT, null);
    }

    private void step(long id, ApplicationAction action, String comment) {
        workflow.take(id, action, ApplicationStep.of(version(id), comment), DataScope.province());
    }

    private long version(long id) {
        return queries.get(id, DataScope.province()).getVersion();
    }

    /** The expert signs in, declares no conflict and scores, as on the page. */
    private void score(long applicationId, String username, Map<String, Integer> scores, String comment) {
        asUser(username, () -> {
            ReviewAssignment assignment = reviews.myAssignmentOn("brand_application", applicationId).orElseThrow();
            reviews.declare(assignment.getId(), false, null);
            ReviewAssignment declared = reviews.myAssignment(assignment.getId());
            review.score(applicationId, declared.getId(), declared.getVersion(), scores, comment,
                    DataScope.expert(declared.getExpertAccountId()));
            return null;
        });
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
}
