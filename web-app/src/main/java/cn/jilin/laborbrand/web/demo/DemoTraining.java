package cn.jilin.laborbrand.web.demo;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.demo.DemoRecords;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.base.BaseAction;
import cn.jilin.laborbrand.training.base.BaseDetails;
import cn.jilin.laborbrand.training.base.BaseFilter;
import cn.jilin.laborbrand.training.base.BaseLevel;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.base.CultivationBase;
import cn.jilin.laborbrand.training.certificate.CertificateDetails;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseFilter;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.dispatch.DispatchDetails;
import cn.jilin.laborbrand.training.dispatch.DispatchService;
import cn.jilin.laborbrand.training.dispatch.OrganiserKind;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionDetails;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.referral.ReferralDetails;
import cn.jilin.laborbrand.training.referral.ReferralService;
import cn.jilin.laborbrand.training.studio.StudioDetails;
import cn.jilin.laborbrand.training.studio.StudioKind;
import cn.jilin.laborbrand.training.studio.StudioService;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import cn.jilin.laborbrand.training.trainee.RosterColumns;
import cn.jilin.laborbrand.training.trainee.RosterImportService;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The demo's training data (二(一)2, 二(二)1–2): institutions and cultivation bases in ten of the eleven prefecture-level
 * units (白城 has none, so the per-city view shows a gap), some provincial, some municipal, one still pending;
 * {@code inst.changchun}'s courses in 长春 with generated trainees and certificates; courses for 辽源织袜工; a few
 * studios, a dispatch and a referral. Everything is made through the modules' ordinary services, as the platform
 * acting for the city and the province (bases walk the real designation steps, rosters come in as generated
 * workbooks through the real import), then marked as demo data; names, IDs and phones are generated. Idempotent:
 * what exists is left alone.
 */
@Component
@Profile("demo")
@Order(50)
class DemoTraining implements ApplicationRunner {

    /** An organisation that trains and the base it runs. */
    record DemoBase(String organisation, OrganisationKind orgKind, InstitutionKind kind, String region, String baseName,
                    List<String> brands, BaseLevel level, int capacity) {
    }

    static final List<DemoBase> BASES = List.of(
            new DemoBase(DemoData.INSTITUTION, OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "220102",
                    "吉林汽车精工培育基地", List.of("吉林汽车精工"), BaseLevel.PROVINCIAL, 1200),
            new DemoBase("长春市家庭服务职业培训中心", OrganisationKind.INSTITUTION, InstitutionKind.EMPLOYMENT_TRAINING_CENTRE, "220104",
                    "吉林护工培育基地", List.of("吉林护工"), BaseLevel.MUNICIPAL, 600),
            new DemoBase("吉林市农业技术推广培训学校", OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "220202",
                    "吉林大米农技工培育基地", List.of("吉林大米农技工"), BaseLevel.PROVINCIAL, 2000),
            new DemoBase("四平市黑土地农业职业技能培训学校", OrganisationKind.INSTITUTION, InstitutionKind.VOCATIONAL_COLLEGE, "220322",
                    "梨树黑土地农技工培育基地", List.of("梨树黑土地农技工"), BaseLevel.MUNICIPAL, 800),
            new DemoBase("辽源市袜业职业技能培训中心", OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "220402",
                    "辽源织袜工培育基地", List.of("辽源织袜工"), BaseLevel.PROVINCIAL, 1500),
            new DemoBase("辽源东丰梅花鹿产业有限公司", OrganisationKind.ENTERPRISE, InstitutionKind.ENTERPRISE, "220421",
                    "东丰梅花鹿养殖工培育基地", List.of("东丰梅花鹿养殖工"), BaseLevel.MUNICIPAL, 300),
            new DemoBase("通化医药职业技能培训学校", OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "220502",
                    "吉林医药技工培育基地", List.of("吉林医药技工"), BaseLevel.MUNICIPAL, 500),
            new DemoBase("白山市人参产业实训基地", OrganisationKind.INSTITUTION, InstitutionKind.PRACTICAL_TRAINING_BASE, "220602",
                    "长白山人参工培育基地", List.of("长白山人参工"), BaseLevel.PROVINCIAL, 700),
            new DemoBase("松原市查干湖旅游服务培训学校", OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "220702",
                    "查干湖渔猎工培育基地", List.of("查干湖渔猎工"), BaseLevel.MUNICIPAL, 400),
            new DemoBase("延边朝鲜族自治州食品产业职业培训学校", OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "222401",
                    "延边泡菜工培育基地", List.of("延边泡菜工"), BaseLevel.PROVINCIAL, 600),
            new DemoBase("汪清县快递物流人力资源服务有限公司", OrganisationKind.ENTERPRISE, InstitutionKind.HR_SERVICE_AGENCY, "222424",
                    "汪清快递物流员培育基地", List.of("汪清快递物流员"), BaseLevel.NONE, 200),
            new DemoBase("长白山冰雪旅游实训中心", OrganisationKind.INSTITUTION, InstitutionKind.PRACTICAL_TRAINING_BASE, "22X001",
                    "长白山冰雪旅游服务员培育基地", List.of("长白山冰雪旅游服务员", "长白山生态园艺工"), BaseLevel.MUNICIPAL, 300),
            new DemoBase("梅河口市家政服务职业技能培训学校", OrganisationKind.INSTITUTION, InstitutionKind.TRAINING_INSTITUTION, "220581",
                    "梅河口家政服务员培育基地", List.of("梅河口家政服务员"), BaseLevel.MUNICIPAL, 500));

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "金"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞",
            "平", "刚", "桂英", "玉兰", "志强", "海燕", "建华", "春梅", "晓东", "红梅"};

    private static final DataScope PROVINCE = DataScope.province();
    private static final String NOTE = "演示数据";

    private final OrganisationService organisations;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final BrandService brands;
    private final CourseService courses;
    private final TraineeService trainees;
    private final RosterImportService rosters;
    private final CertificateService certificates;
    private final StudioService studios;
    private final DispatchService dispatches;
    private final ReferralService referrals;
    private final DemoRecords demo;

    DemoTraining(OrganisationService organisations, InstitutionService institutions, BaseService bases, BrandService brands,
                 CourseService courses, TraineeService trainees, RosterImportService rosters, CertificateService certificates,
                 StudioService studios, DispatchService dispatches, ReferralService referrals, DemoRecords demo) {
        this.organisations = organisations;
        this.institutions = institutions;
        this.bases = bases;
        this.brands = brands;
        this.courses = courses;
        this.trainees = trainees;
        this.rosters = rosters;
        this.certificates = certificates;
        this.studios = studios;
        this.dispatches = dispatches;
        this.referrals = referrals;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::provision, "demo:provision", "organisation:view", "organisation:register", "base:view", "base:edit",
                "base:city:decide", "base:province:decide", "training:view", "training:edit", "trainee:pii:reveal", "employment:view",
                "employment:edit");
    }

    private void provision() {
        Map<String, Long> brandIds = brands.choices().stream().collect(Collectors.toMap(BrandName::name, BrandName::id, (a, b) -> a));
        Map<String, Long> institutionIds = new HashMap<>();
        Map<String, Long> baseIds = new HashMap<>();
        int n = 0;
        for (DemoBase b : BASES) {
            long organisationId = organisation(b.organisation(), b.orgKind(), b.region(), ++n);
            long institutionId = institution(organisationId, b.kind(), b.region(), n);
            institutionIds.put(b.organisation(), institutionId);
            List<Long> grown = b.brands().stream().map(brandIds::get).filter(Objects::nonNull).toList();
            if (!grown.isEmpty()) {
                baseIds.put(b.baseName(), base(b, institutionId, grown, n));
            }
        }

        long school = institutionIds.get(DemoData.INSTITUTION);
        long liaoyuan = institutionIds.get("辽源市袜业职业技能培训中心");
        long c1 = course("汽车装调工培训班（2025年第1期）", "6-22-01-01", brandIds.get("吉林汽车精工"), baseIds.get("吉林汽车精工培育基地"), school,
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 4, 25), 320, CourseStatus.FINISHED);
        long c2 = course("汽车维修工培训班（2025年第2期）", "4-12-01-01", brandIds.get("吉林汽车精工"), baseIds.get("吉林汽车精工培育基地"), school,
                LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 28), 400, CourseStatus.FINISHED);
        long c3 = course("焊工培训班（2026年第1期）", "6-18-02-04", brandIds.get("吉林汽车精工"), null, school,
                LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 18), 280, CourseStatus.RUNNING);
        long l1 = course("辽源织袜工技能提升班（2025年）", "6-04-02-05", brandIds.get("辽源织袜工"), baseIds.get("辽源织袜工培育基地"), liaoyuan,
                LocalDate.of(2025, 5, 6), LocalDate.of(2025, 6, 13), 160, CourseStatus.FINISHED);
        long l2 = course("辽源织袜工新员工培训班（2026年）", "6-04-02-05", brandIds.get("辽源织袜工"), baseIds.get("辽源织袜工培育基地"), liaoyuan,
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 16), 120, CourseStatus.FINISHED);

        List<List<String>> c1People = people("220102", 40, 1);
        roster(c1, c1People);
        roster(c2, people("220104", 32, 2));
        roster(c3, people("220183", 24, 3));
        List<List<String>> l1People = people("220422", 36, 4);
        roster(l1, l1People);
        roster(l2, people("220421", 28, 5));

        // issuing bodies of the directory: the province's appraisal centre, a city's appraisal office, the school itself
        long provincialCentre = organisation("吉林省职业技能鉴定中心", OrganisationKind.INSTITUTION, "220000", 90);
        long liaoyuanOffice = organisation("辽源市职业技能鉴定所", OrganisationKind.INSTITUTION, "220400", 91);
        long schoolOrganisation = organisation(DemoData.INSTITUTION, OrganisationKind.INSTITUTION, "220102", 1);
        certify(c1, provincialCentre, CertificateKind.SKILL_LEVEL, 4, "6-22-01-01", LocalDate.of(2025, 5, 20), "JL2025QC", 30);
        certify(c2, schoolOrganisation, CertificateKind.SKILL_LEVEL, 3, "4-12-01-01", LocalDate.of(2025, 12, 19), "CC2025WX", 20);
        certify(l1, liaoyuanOffice, CertificateKind.SPECIAL_ABILITY, null, "6-04-02-05", LocalDate.of(2025, 6, 30), "LY2025ZW", 28);

        studio(new StudioDetails(StudioKind.SKILL_MASTER_STUDIO, "张志强汽车装调技能大师工作室", "220100", "一汽解放汽车有限公司（演示数据）",
                "张志强", "6-22-01-01", brandIds.get("吉林汽车精工"), 2021, "汽车装调技艺传承与攻关（演示数据）"));
        studio(new StudioDetails(StudioKind.EXPERT_STUDIO, "辽源袜业织造专家工作室", "220400", "辽源市袜业协会（演示数据）",
                "李淑芬", "6-04-02-05", brandIds.get("辽源织袜工"), 2022, null));
        studio(new StudioDetails(StudioKind.HIGH_SKILL_BASE, "吉林汽车产业高技能人才培养基地", "220100", "长春汽车工业高等专科学校（演示数据）",
                null, "4-12-01-01", brandIds.get("吉林汽车精工"), 2023, null));

        dispatch(new DispatchDetails(OrganiserKind.HR_AGENCY, "辽源市劳务派遣服务有限公司（演示数据）", "220400", null, "浙江省义乌市",
                "义乌市袜业有限公司（演示数据）", LocalDate.of(2025, 7, 1), null, "脱贫劳动力有组织输出（演示数据）", residentIds(l1People, 12)));
        referral(new ReferralDetails("220100", "汽车总装调试工", "长春汽车零部件有限公司（演示数据）", "长春市绿园区",
                LocalDate.of(2025, 5, 8), "结业推荐（演示数据）", residentIds(c1People, 8)));
    }

    // ---- institutions and bases ---------------------------------------------------------------------------------------

    private long organisation(String name, OrganisationKind kind, String region, int n) {
        Long existing = organisations.choices().stream().filter(o -> o.name().equals(name)).map(OrganisationChoice::id).findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        // 52: a private non-enterprise unit, 91: an enterprise; the organisation codes are made up
        // a credit code carries a six-digit region; 长白山管委会's own code (22X001) is not one, so 白山's stands in
        String codeRegion = region.matches("\\d{6}") ? region : "220600";
        String body = (kind == OrganisationKind.ENTERPRISE ? "91" : "52") + codeRegion + "MJY" + String.format("%05d", 10 + n) + "X";
        body = body.substring(0, 17);
        return organisations.register(new NewOrganisation(name, kind, region, body + CreditCode.checkCharacter(body),
                regionAddress(region) + "（演示数据）"), PROVINCE);
    }

    private long institution(long organisationId, InstitutionKind kind, String region, int n) {
        return institutions.ofOrganisation(organisationId, PROVINCE).map(Institution::getId).orElseGet(() -> {
            long id = institutions.register(new InstitutionDetails(organisationId, kind, regionAddress(region) + "（演示数据）", "联络员" + n,
                    "1390431" + String.format("%04d", 1000 + n)), PROVINCE);
            demo.mark("institution", id);
            return id;
        });
    }

    /** A base registered by its city and taken through the designation steps to its level, as the city and HRSS would. */
    private long base(DemoBase b, long institutionId, List<Long> brandIds, int n) {
        CultivationBase existing = bases.search(new BaseFilter(null, null, null, b.baseName()), PROVINCE, PageRequest.of(0, 20)).stream()
                .filter(x -> x.getName().equals(b.baseName()) && x.getRegionCode().equals(b.region())).findFirst().orElse(null);
        if (existing != null) {
            return existing.getId();
        }
        long id = bases.register(new BaseDetails(b.baseName(), institutionId, brandIds, b.region(), regionAddress(b.region()) + "（演示数据）",
                b.capacity(), "实训车间、理论教室、住宿（演示数据）", "基地负责人" + n, "1384431" + String.format("%04d", 2000 + n)), PROVINCE);
        demo.mark("cultivation_base", id);
        List<BaseAction> steps = switch (b.level()) {
            case MUNICIPAL -> List.of(BaseAction.DESIGNATE_MUNICIPAL);
            case PROVINCIAL -> List.of(BaseAction.DESIGNATE_MUNICIPAL, BaseAction.RECOMMEND, BaseAction.DESIGNATE_PROVINCIAL);
            case NONE -> List.of();
        };
        for (BaseAction step : steps) {
            bases.take(id, bases.get(id, PROVINCE).getVersion(), step, NOTE, PROVINCE);
        }
        return id;
    }

    // ---- courses, rosters, certificates -------------------------------------------------------------------------------

    private long course(String name, String occupation, Long brandId, Long baseId, long institutionId, LocalDate start, LocalDate end, int hours,
                        CourseStatus status) {
        return courses.search(new CourseFilter(null, null, null, null, null, name), PROVINCE, PageRequest.of(0, 20)).stream()
                .filter(c -> c.getName().equals(name) && c.getInstitutionId() == institutionId).map(c -> c.getId()).findFirst()
                .orElseGet(() -> {
                    long id = courses.create(new CourseDetails(name, occupation, brandId, baseId, institutionId, start, end, hours, true, status),
                            PROVINCE);
                    demo.mark("training_course", id);
                    return id;
                });
    }

    /** The roster of an empty course, imported from a generated workbook through the real import; its trainees marked. */
    private void roster(long courseId, List<List<String>> people) {
        if (trainees.count(courseId, PROVINCE) > 0) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("demo-roster-", ".xlsx");
            try (OutputStream out = Files.newOutputStream(file)) {
                SpreadsheetExport.write("名册", RosterColumns.HEADERS, people, out);
            }
            ImportResult result = rosters.importRoster(courseId, file, PROVINCE);
            if (!result.accepted()) {
                throw new IllegalStateException("demo roster of course " + courseId + " refused: " + result.errors());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
        trainees.roster(courseId, null, PROVINCE, PageRequest.of(0, people.size(), Sort.by("id"))).forEach(t -> demo.mark("trainee", t.getId()));
    }

    /** Generated people registered in a region: valid check characters, born 1970–2003, a few in priority groups; as roster rows. */
    static List<List<String>> people(String region, int count, long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> people = new LinkedHashMap<>();
        while (people.size() < count) {
            LocalDate birth = LocalDate.of(1970 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String body = region + birth.toString().replace("-", "") + String.format("%03d", 100 + random.nextInt(880));
            String id = body + ResidentId.checkCharacter(body);
            boolean female = (body.charAt(16) - '0') % 2 == 0;
            String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
            int r = random.nextInt(10);
            PriorityGroup group = r == 0 ? PriorityGroup.POVERTY_ALLEVIATED : r == 1 ? PriorityGroup.RURAL_LOW_INCOME
                    : r == 2 && female ? PriorityGroup.LEFT_BEHIND_WOMEN : r == 3 ? PriorityGroup.RELOCATED : null;
            String phone = "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
            // a person once per roster: a generated ID drawn twice is drawn again
            people.putIfAbsent(id, Arrays.asList(name, id, phone, region, group == null ? null : group.chinese(), null, null));
        }
        return new ArrayList<>(people.values());
    }

    private static List<String> residentIds(List<List<String>> people, int count) {
        return people.stream().limit(count).map(p -> p.get(1)).toList();
    }

    /** Certificates for the first trainees of a course that has none yet, recorded as the city would record them. */
    private void certify(long courseId, long issuerId, CertificateKind kind, Integer level, String occupation, LocalDate issued, String prefix,
                         int count) {
        if (certificates.ofCourse(courseId, PROVINCE, PageRequest.of(0, 1)).getTotalElements() > 0) {
            return;
        }
        int i = 0;
        for (Trainee t : trainees.roster(courseId, null, PROVINCE, PageRequest.of(0, count, Sort.by("id")))) {
            long id = certificates.record(courseId, new CertificateDetails(t.getId(), kind, prefix + String.format("%05d", ++i), occupation, level,
                    issued, issuerId), PROVINCE);
            demo.mark("certificate", id);
        }
    }

    // ---- studios, dispatch, referral ----------------------------------------------------------------------------------

    private void studio(StudioDetails details) {
        boolean exists = studios.search(details.kind(), List.of(details.regionCode()), PROVINCE, PageRequest.of(0, 200)).stream()
                .anyMatch(s -> s.getName().equals(details.name()));
        if (!exists) {
            demo.mark("skill_studio", studios.register(details, PROVINCE));
        }
    }

    private void dispatch(DispatchDetails details) {
        boolean exists = dispatches.search(details.organiserKind(), PROVINCE, PageRequest.of(0, 200)).stream()
                .anyMatch(d -> d.getEmployer().equals(details.employer()) && d.getStartDate().equals(details.startDate()));
        if (!exists) {
            demo.mark("labor_dispatch", dispatches.record(details, PROVINCE));
        }
    }

    private void referral(ReferralDetails details) {
        boolean exists = referrals.search(details.vacancy(), PROVINCE, PageRequest.of(0, 200)).stream()
                .anyMatch(r -> r.getEmployer().equals(details.employer()) && r.getVacancy().equals(details.vacancy()));
        if (!exists) {
            demo.mark("job_referral", referrals.record(details, PROVINCE));
        }
    }

    private static String regionAddress(String region) {
        return switch (region.substring(0, 4)) {
            case "2201" -> "长春市人民大街";
            case "2202" -> "吉林市解放大路";
            case "2203" -> "四平市中央路";
            case "2204" -> "辽源市人民大街";
            case "2205" -> region.equals("220581") ? "梅河口市和平大街" : "通化市新华大街";
            case "2206" -> "白山市浑江大街";
            case "2207" -> "松原市沿江路";
            case "2224" -> "延吉市光明街";
            default -> "长白山池北区";
        };
    }
}
