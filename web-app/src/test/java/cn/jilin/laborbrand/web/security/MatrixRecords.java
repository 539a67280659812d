package cn.jilin.laborbrand.web.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.jilin.laborbrand.governance.city.CityMeetingRecord;
import cn.jilin.laborbrand.governance.city.CityPlanService;
import cn.jilin.laborbrand.governance.meeting.MeetingRecord;
import cn.jilin.laborbrand.governance.meeting.MeetingService;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.review.ExpertDetails;
import cn.jilin.laborbrand.platform.review.ExpertPoolService;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.alliance.AllianceBasis;
import cn.jilin.laborbrand.registry.alliance.AllianceDetails;
import cn.jilin.laborbrand.registry.alliance.AllianceMemberView;
import cn.jilin.laborbrand.registry.alliance.BrandAllianceService;
import cn.jilin.laborbrand.registry.application.ApplicationDraft;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.catalog.GuidanceCatalogService;
import cn.jilin.laborbrand.registry.catalog.SupportKind;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseService;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.registry.mark.MarkDetails;
import cn.jilin.laborbrand.registry.mark.MarkKind;
import cn.jilin.laborbrand.registry.mark.MarkStatus;
import cn.jilin.laborbrand.registry.survey.NewSurvey;
import cn.jilin.laborbrand.registry.survey.SurveyService;
import cn.jilin.laborbrand.training.base.BaseDetails;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.cooperation.FollowUpDetails;
import cn.jilin.laborbrand.training.cooperation.InboundBaseDetails;
import cn.jilin.laborbrand.training.cooperation.InboundBaseService;
import cn.jilin.laborbrand.training.cooperation.OfficeDetails;
import cn.jilin.laborbrand.training.cooperation.OfficeService;
import cn.jilin.laborbrand.training.cooperation.PlacementService;
import cn.jilin.laborbrand.training.cooperation.VacancyDetails;
import cn.jilin.laborbrand.training.cooperation.VacancyService;
import cn.jilin.laborbrand.training.dispatch.DispatchDetails;
import cn.jilin.laborbrand.training.dispatch.DispatchService;
import cn.jilin.laborbrand.training.dispatch.OrganiserKind;
import cn.jilin.laborbrand.training.institution.InstitutionDetails;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.referral.ReferralDetails;
import cn.jilin.laborbrand.training.referral.ReferralService;
import cn.jilin.laborbrand.training.studio.StudioDetails;
import cn.jilin.laborbrand.training.studio.StudioKind;
import cn.jilin.laborbrand.training.studio.StudioService;
import cn.jilin.laborbrand.training.trainee.TraineeDetails;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.task.GovernanceFixtures;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.stereotype.Component;

/**
 * The records of the authorisation matrix, each belonging to another region (延边 222400) or another organisation
 * than the matrix's accounts (长春, 吉林省财政厅, a 长春 institution), made through the services as their owners would.
 * Each method returns the path variables that name the record (and the records it hangs from).
 */
@Component
class MatrixRecords {

    static final String YANBIAN = "222400";
    static final String YANJI = "222401";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String[] ALL = {"brand:view", "brand:edit", "brand:application:view", "brand:application:submit", "review:assign",
            "catalog:manage", "enterprise:manage", "alliance:manage", "organisation:view", "organisation:register", "base:view", "base:edit",
            "training:view", "training:edit", "trainee:pii:reveal", "employment:view", "employment:edit", "survey:view", "survey:manage", "survey:return:file",
            "task:view", "task:manage", "task:report", "meeting:manage", "plan:view", "expert:view", "expert:manage", "credit:manage",
            "cooperation:view", "cooperation:manage"};

    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final BrandService brands;
    private final BrandMarkService marks;
    private final GuidanceCatalogService catalog;
    private final LeadingEnterpriseService enterprises;
    private final BrandAllianceService alliances;
    private final ApplicationService applications;
    private final ReviewService reviews;
    private final ExpertPoolService experts;
    private final SurveyService surveys;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final CourseService courses;
    private final TraineeService trainees;
    private final DispatchService dispatches;
    private final ReferralService referrals;
    private final StudioService studios;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final CityPlanService cities;
    private final InboundBaseService inboundBases;
    private final OfficeService offices;
    private final VacancyService vacancies;
    private final PlacementService placements;
    // not every test context has MockMvc (this component is scanned into all of them); the matrix's has
    private final ObjectProvider<MockMvc> mvc;

    MatrixRecords(Fixtures fixtures, JdbcTemplate jdbc, RegionService regions, OrganisationService organisations, BrandService brands,
                  BrandMarkService marks, GuidanceCatalogService catalog, LeadingEnterpriseService enterprises, BrandAllianceService alliances,
                  ApplicationService applications, ReviewService reviews, ExpertPoolService experts, SurveyService surveys,
                  InstitutionService institutions, BaseService bases, CourseService courses, TraineeService trainees,
                  DispatchService dispatches, ReferralService referrals, StudioService studios, MeetingService meetings,
                  TaskService tasks, CityPlanService cities, InboundBaseService inboundBases, OfficeService offices,
                  VacancyService vacancies, PlacementService placements, ObjectProvider<MockMvc> mvc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.regions = regions;
        this.organisations = organisations;
        this.brands = brands;
        this.marks = marks;
        this.catalog = catalog;
        this.enterprises = enterprises;
        this.alliances = alliances;
        this.applications = applications;
        this.reviews = reviews;
        this.experts = experts;
        this.surveys = surveys;
        this.institutions = institutions;
        this.bases = bases;
        this.courses = courses;
        this.trainees = trainees;
        this.dispatches = dispatches;
        this.referrals = referrals;
        this.studios = studios;
        this.meetings = meetings;
        this.tasks = tasks;
        this.cities = cities;
        this.inboundBases = inboundBases;
        this.offices = offices;
        this.vacancies = vacancies;
        this.placements = placements;
        this.mvc = mvc;
    }

    private static <T> T as(Supplier<T> action) {
        return SystemActor.call(action, ALL);
    }

    private DataScope yanbian() {
        return DataScope.region(YANBIAN, regions.coveredCodes(YANBIAN));
    }

    private static int next() {
        return SEQUENCE.incrementAndGet();
    }

    // ---- registry ---------------------------------------------------------------------------------------------------

    Map<String, String> brand() {
        long id = fixtures.brand("矩阵品牌", YANJI);
        as(() -> {
            brands.replaceLogo(id, "logo.png", png(), DataScope.province());
            return null;
        });
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> mark() {
        String brand = brand().get("id");
        long mark = as(() -> marks.add(Long.parseLong(brand), new MarkDetails(MarkKind.TRADEMARK, "M" + next() + System.nanoTime() % 100000,
                "矩阵商标", 35, null, "延边某公司", LocalDate.of(2024, 1, 5), LocalDate.of(2024, 6, 1), LocalDate.of(2034, 5, 31),
                MarkStatus.REGISTERED), DataScope.province()));
        return Map.of("id", brand, "markId", String.valueOf(mark));
    }

    Map<String, String> catalogEntry() {
        long brand = Long.parseLong(brand().get("id"));
        long entry = as(() -> catalog.add(brand, LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), "矩阵测试列入理由", DataScope.province()));
        return Map.of("id", String.valueOf(entry));
    }

    Map<String, String> catalogSupport() {
        String entry = catalogEntry().get("id");
        long organisation = enterprise(YANJI);
        as(() -> {
            catalog.attachSupport(Long.parseLong(entry), organisation, SupportKind.values()[0], "矩阵测试", DataScope.province());
            return null;
        });
        long support = jdbc.queryForObject("select max(id) from catalog_support where entry_id = ?", Long.class, Long.parseLong(entry));
        return Map.of("id", entry, "supportId", String.valueOf(support));
    }

    Map<String, String> leadingEnterprise() {
        long brand = Long.parseLong(brand().get("id"));
        long link = as(() -> enterprises.link(brand, enterprise(YANJI), "矩阵测试", DataScope.province()));
        return Map.of("id", String.valueOf(link));
    }

    /** A regional alliance of 延边 whose only (and lead) member is a 延边 brand. */
    Map<String, String> allianceMember() {
        long brand = Long.parseLong(brand().get("id"));
        long id = as(() -> alliances.create(new AllianceDetails("矩阵联盟" + next() + "-" + System.nanoTime() % 100000, AllianceBasis.REGION, null,
                YANBIAN, LocalDate.of(2024, 1, 1), "矩阵测试")));
        long member = as(() -> {
            alliances.addBrand(id, brand, LocalDate.of(2024, 2, 1), DataScope.province());
            List<AllianceMemberView> members = alliances.members(id, DataScope.province());
            alliances.makeLead(id, members.get(0).id(), DataScope.province());
            return members.get(0).id();
        });
        return Map.of("id", String.valueOf(id), "memberId", String.valueOf(member));
    }

    /** A 延边 application for the provincial level (HRSS runs its notice), drafted by 延边's bureau, with its form attached. */
    Map<String, String> applicationFile() {
        long brand = Long.parseLong(brand().get("id"));
        long id = as(() -> applications.open(brand, new ApplicationDraft(BrandLevel.PROVINCIAL, "矩阵测试理由", "成效", "规划", "联系人",
                "13812345678"), yanbian()));
        long file = as(() -> applications.attach(id, ApplicationService.Purpose.FORM, "申报表.pdf", PDF, yanbian()).id());
        return Map.of("id", String.valueOf(id), "fileId", String.valueOf(file));
    }

    Map<String, String> objection() {
        String id = applicationFile().get("id");
        long objection = jdbc.queryForObject("insert into application_objection (application_id, received_on, objector, content) "
                + "values (?, date '2026-01-05', '某公民', '矩阵测试异议') returning id", Long.class, Long.parseLong(id));
        return Map.of("id", id, "objectionId", String.valueOf(objection));
    }

    /** A review assignment of another expert than the matrix's (on a 延边 application). */
    Map<String, String> assignment() {
        long application = Long.parseLong(applicationFile().get("id"));
        List<Long> pool = jdbc.queryForList("select id from expert where active and account_id is not null order by id limit 3", Long.class);
        as(() -> {
            reviews.assign("brand_application", application, YANJI, "brand_application", pool);
            return null;
        });
        long assignment = jdbc.queryForObject("select min(id) from review_assignment where subject_id = ? and subject_type = 'brand_application'",
                Long.class, application);
        return Map.of("assignmentId", String.valueOf(assignment));
    }

    Map<String, String> surveyRound() {
        int year = jdbc.queryForObject("select coalesce(max(year), 2059) + 1 from brand_survey where year >= 2060", Integer.class);
        long round = as(() -> surveys.open(new NewSurvey(year + "年度矩阵测试调查", year, null)));
        return Map.of("id", String.valueOf(round));
    }

    Map<String, String> surveyReturn() {
        long round = Long.parseLong(surveyRound().get("id"));
        long id = as(() -> surveys.start(round, yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    // ---- organisations, experts, governance -------------------------------------------------------------------------

    /** An enterprise registered in the directory in a region; its organisation id. */
    long enterprise(String region) {
        String body = "91" + region + "MX" + String.format("%07d", next() * 97 + System.nanoTime() % 89);
        String code = body.substring(0, 17) + CreditCode.checkCharacter(body.substring(0, 17));
        return as(() -> organisations.register(new NewOrganisation("矩阵企业" + next() + "-" + System.nanoTime() % 100000, OrganisationKind.ENTERPRISE,
                region, code, "延吉市"), DataScope.province()));
    }

    Map<String, String> organisation() {
        return Map.of("id", String.valueOf(enterprise(YANJI)));
    }

    Map<String, String> expert() {
        long id = as(() -> experts.create(new ExpertDetails(null, "矩阵专家" + next(), "延边大学", "教授", "食品", Set.of("SKILL"), Set.of("C"),
                null, YANBIAN, "1390000" + String.format("%04d", next() % 10000)), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> account() {
        return Map.of("id", String.valueOf(fixtures.account(Fixtures.uniqueUsername("matrix.other"), "吉林省教育厅", false, RoleCode.DEPARTMENT_OFFICER)));
    }

    /** A request of one administrator about another's account, waiting for a third (as the system administrator files it). */
    Map<String, String> adminRequest() {
        long requester = fixtures.account(Fixtures.uniqueUsername("matrix.sys"), "吉林省人力资源和社会保障厅", false, RoleCode.SYSTEM_ADMIN);
        long target = fixtures.account(Fixtures.uniqueUsername("matrix.aud"), "吉林省人力资源和社会保障厅", false, RoleCode.AUDIT_ADMIN);
        long id = jdbc.queryForObject("""
                insert into admin_request (action, target_account_id, requested_by, requested_at, target_version)
                values ('UNLOCK', ?, ?, now(), 0) returning id""", Long.class, target, requester);
        return Map.of("id", String.valueOf(id));
    }

    /** A task of 吉林省教育厅 (another department than the matrix's 财政厅), open for reports until next year. */
    Map<String, String> task() {
        long id = jdbc.queryForObject("select min(id) from responsibility_task where organisation_id = ?", Long.class,
                fixtures.organisationId("吉林省教育厅"));
        return Map.of("id", String.valueOf(id), "taskId", String.valueOf(id));
    }

    /** A report of 吉林省教育厅 on a fresh task of its own, with a file, filed by the department on its pages. */
    Map<String, String> reportFile() {
        GovernanceFixtures governance = new GovernanceFixtures(mvc.getObject(), fixtures, jdbc, tasks);
        try {
            long task = governance.freshTask(GovernanceFixtures.EDUCATION);
            long report = governance.open("dept.education", task, governance.lastQuarter());
            mvc.getObject().perform(multipart("/tasks/reports/" + report + "/files").file(new MockMultipartFile("file", "进展.pdf", "application/pdf", PDF))
                    .with(csrf()).with(fixtures.as("dept.education")));
            long file = jdbc.queryForObject("select max(id) from attachment where owner_type = 'progress_report' and owner_id = ?", Long.class, report);
            return Map.of("id", String.valueOf(report), "fileId", String.valueOf(file));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A meeting only 吉林省商务厅 attended, with no decision about 财政厅's tasks. */
    Map<String, String> meeting() {
        long commerce = fixtures.organisationId("吉林省商务厅");
        long id = as(() -> SystemActor.call(() -> meetings.record(new MeetingRecord(LocalDate.of(2026, 1, 8), "矩阵测试会议" + next(), null, "主持人",
                "纪要", Set.of(commerce))), "meeting:manage"));
        return Map.of("id", String.valueOf(id));
    }

    /** 延边's implementation record (another prefecture than the matrix's city officer's 长春). */
    Map<String, String> cityPlan() {
        return Map.of("regionCode", YANBIAN);
    }

    /** A work meeting of 延边. */
    Map<String, String> cityMeeting() {
        long id = as(() -> SystemActor.call(() -> cities.recordMeeting(YANBIAN, new CityMeetingRecord(LocalDate.of(2026, 1, 8),
                "矩阵测试工作会议" + next(), "主持人", "纪要"), DataScope.province()), "city-plan:view", "city-plan:manage"));
        return Map.of("regionCode", YANBIAN, "meetingId", String.valueOf(id));
    }

    /** The document of 延边's adopted 推进落实方案, uploaded by the province. */
    Map<String, String> cityPlanDocument() {
        long id = as(() -> SystemActor.call(() -> cities.attachPlanDocument(YANBIAN, "延边州推进落实方案.pdf", PDF, DataScope.province()),
                "city-plan:view", "city-plan:manage"));
        return Map.of("regionCode", YANBIAN, "attachmentId", String.valueOf(id));
    }

    /** A measure of the plan: its text and coordination are the same for everyone who follows the plan. */
    Map<String, String> measure() {
        return Map.of("id", String.valueOf(jdbc.queryForObject("select id from plan_measure where code = '二(三)2'", Long.class)));
    }

    // ---- training ---------------------------------------------------------------------------------------------------

    /** An institution of 延边 (a fresh one, so another organisation than any matrix account's). */
    Map<String, String> institution() {
        long organisation = enterprise(YANJI);
        long id = as(() -> institutions.register(new InstitutionDetails(organisation, InstitutionKind.ENTERPRISE, "延吉市某路", "联系人",
                "13812345678"), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> base() {
        long institution = Long.parseLong(institution().get("id"));
        long brand = Long.parseLong(brand().get("id"));
        long id = as(() -> bases.register(new BaseDetails("矩阵基地" + next() + "-" + System.nanoTime() % 100000, institution, List.of(brand), YANJI,
                "延吉市某路", 100, null, "联系人", "13812345678"), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> trainee() {
        return trainee(TrainingFixtures.residentId(YANJI));
    }

    private Map<String, String> trainee(String residentId) {
        long institution = Long.parseLong(institution().get("id"));
        long course = as(() -> courses.create(new CourseDetails("矩阵培训班" + next(), "6-22-01-01", null, null, institution, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 1), 100, true, CourseStatus.RUNNING), DataScope.province()));
        long trainee = as(() -> trainees.add(course, new TraineeDetails("矩阵学员", residentId, "13912345678", YANJI, Set.of(), null, null),
                DataScope.province()));
        return Map.of("id", String.valueOf(course), "traineeId", String.valueOf(trainee));
    }

    Map<String, String> dispatch() {
        String person = TrainingFixtures.residentId(YANJI);
        trainee(person);
        long id = as(() -> dispatches.record(new DispatchDetails(OrganiserKind.HR_AGENCY, "延边某人力资源公司", YANBIAN, null, "浙江省宁波市", "某厂",
                LocalDate.of(2026, 5, 1), null, null, List.of(person)), yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> referral() {
        String person = TrainingFixtures.residentId(YANJI);
        trainee(person);
        long id = as(() -> referrals.record(new ReferralDetails(YANBIAN, "厨师", "延吉某饭店", "延吉市", LocalDate.of(2026, 5, 2), null,
                List.of(person)), yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> studio() {
        long id = as(() -> studios.register(new StudioDetails(StudioKind.SKILL_MASTER_STUDIO, "矩阵工作室" + next() + "-" + System.nanoTime() % 100000,
                YANBIAN, "延边某企业", "某大师", null, null, 2022, null), DataScope.province()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> inputBase() {
        long id = as(() -> inboundBases.register(new InboundBaseDetails("矩阵输入基地" + next() + "-" + System.nanoTime() % 100000, YANBIAN,
                "天津某食品产业园", null, "天津市滨海新区", LocalDate.of(2025, 3, 1), null, null, null, null), yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    Map<String, String> office() {
        long id = as(() -> offices.register(new OfficeDetails("矩阵驻外站" + next() + "-" + System.nanoTime() % 100000, YANBIAN, "天津市",
                "022-6537 2210", LocalDate.of(2025, 4, 1), null), yanbian()));
        return Map.of("id", String.valueOf(id));
    }

    /** A 延边 vacancy with a trained 延吉 worker placed on it and followed up. */
    Map<String, String> placement() {
        Map<String, String> person = trainee();
        long traineeId = Long.parseLong(person.get("traineeId"));
        long courseId = Long.parseLong(person.get("id"));
        // the trainee's course is finished (结业), which makes them a candidate
        as(() -> {
            var course = courses.get(courseId, DataScope.province());
            var d = course.details();
            courses.update(course.getId(), course.getVersion(), new CourseDetails(d.name(), d.occupationCode(), d.brandId(), d.baseId(),
                    d.institutionId(), d.startDate(), d.endDate(), d.hours(), d.subsidised(), CourseStatus.FINISHED), DataScope.province());
            return courseId;
        });
        long vacancy = as(() -> vacancies.register(new VacancyDetails(YANBIAN, "天津某厂", "6-22-01-01", 10, new java.math.BigDecimal("5000"),
                new java.math.BigDecimal("6000"), "天津市", null, LocalDate.of(2026, 5, 1), null, 0, null), yanbian()));
        long placement = as(() -> placements.place(vacancy, traineeId, LocalDate.of(2026, 6, 1), yanbian()));
        long followUp = as(() -> placements.followUp(vacancy, placement,
                new FollowUpDetails(LocalDate.of(2026, 7, 1), "矩阵站长", null, "回访"), yanbian()));
        return Map.of("id", String.valueOf(vacancy), "placementId", String.valueOf(placement), "followUpId", String.valueOf(followUp));
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
