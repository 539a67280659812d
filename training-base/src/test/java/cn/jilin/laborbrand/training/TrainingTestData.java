package cn.jilin.laborbrand.training;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.code.ResidentId;
import cn.jilin.laborbrand.platform.organisation.NewOrganisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.training.base.BaseAction;
import cn.jilin.laborbrand.training.base.BaseDetails;
import cn.jilin.laborbrand.training.base.BaseLevel;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.certificate.CertificateDetails;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseDetails;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionDetails;
import cn.jilin.laborbrand.training.institution.InstitutionKind;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.trainee.TraineeDetails;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Records for the module's tests, made through its services as their owners make them (as the platform, with the
 * permissions each step needs). Every name and number is fresh, so tests never depend on one another's records.
 */
@Component
public class TrainingTestData {

    /** Everything the training services ask for, and what they build on. */
    public static final String[] PERMISSIONS = {"organisation:view", "organisation:register", "brand:view", "brand:edit", "base:view",
            "base:edit", "base:city:decide", "base:province:decide", "training:view", "training:edit", "trainee:pii:reveal",
            "employment:view", "employment:edit", "startup:view", "startup:manage", "cooperation:view", "cooperation:manage"};

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));
    // distinct for the first 336,000 people of a JVM (month, day and sequence follow the counter)
    private static final AtomicInteger PEOPLE = new AtomicInteger((int) (System.nanoTime() % 1000) * 100);

    private final OrganisationService organisations;
    private final RegionService regions;
    private final BrandService brands;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final CourseService courses;
    private final TraineeService trainees;
    private final CertificateService certificates;

    TrainingTestData(OrganisationService organisations, RegionService regions, BrandService brands, InstitutionService institutions,
                     BaseService bases, CourseService courses, TraineeService trainees, CertificateService certificates) {
        this.organisations = organisations;
        this.regions = regions;
        this.brands = brands;
        this.institutions = institutions;
        this.bases = bases;
        this.courses = courses;
        this.trainees = trainees;
        this.certificates = certificates;
    }

    /** Runs {@code work} as the platform holding every training permission. */
    public static <T> T as(Supplier<T> work) {
        return SystemActor.call(work, PERMISSIONS);
    }

    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** The scope of a city (or county) bureau: its region and the regions below it. */
    public DataScope city(String regionCode) {
        return DataScope.region(regionCode, regions.coveredCodes(regionCode));
    }

    /** A fresh organisation of the directory in a region. */
    public long organisation(String regionCode, OrganisationKind kind) {
        int n = next();
        String body = (kind == OrganisationKind.ENTERPRISE ? "91" : "52") + regionCode + "T" + String.format("%08d", n % 100_000_000);
        return as(() -> organisations.register(new NewOrganisation("测试单位" + n, kind, regionCode, body + CreditCode.checkCharacter(body),
                null), DataScope.province()));
    }

    /** A fresh institution (and its organisation) in a region. */
    public Institution institution(String regionCode) {
        long organisation = organisation(regionCode, OrganisationKind.INSTITUTION);
        long id = as(() -> institutions.register(new InstitutionDetails(organisation, InstitutionKind.TRAINING_INSTITUTION, "测试路1号", "联系人",
                "13912345678"), DataScope.province()));
        return as(() -> institutions.get(id, DataScope.province()));
    }

    /** A fresh brand of no level in a region. */
    public long brand(String regionCode) {
        String name = "测试品牌" + next();
        return as(() -> brands.register(new BrandDetails(name, regionCode, BrandScope.REGIONAL, BrandType.SKILL, IndustrySection.C, "焊工",
                BrandMaturity.EMERGING, 1000, new BigDecimal("50000000"), 200, 100, null, null, null, BrandStatus.ACTIVE), DataScope.province()));
    }

    /** A fresh base of an institution, registered and taken through the designation steps to {@code level}. */
    public long base(Institution institution, BaseLevel level) {
        String name = "测试基地" + next();
        long brand = brand(institution.getRegionCode());
        long id = as(() -> bases.register(new BaseDetails(name, institution.getId(), List.of(brand), institution.getRegionCode(), "测试路2号", 100,
                null, "联系人", "13812345678"), DataScope.province()));
        List<BaseAction> steps = switch (level) {
            case NONE -> List.<BaseAction>of();
            case MUNICIPAL -> List.of(BaseAction.DESIGNATE_MUNICIPAL);
            case PROVINCIAL -> List.of(BaseAction.DESIGNATE_MUNICIPAL, BaseAction.RECOMMEND, BaseAction.DESIGNATE_PROVINCIAL);
        };
        for (BaseAction step : steps) {
            take(id, step, "测试");
        }
        return id;
    }

    /** Takes a step on a base as the platform with both deciding permissions, at the version it has now. */
    public void take(long baseId, BaseAction step, String comment) {
        as(() -> {
            bases.take(baseId, bases.get(baseId, DataScope.province()).getVersion(), step, comment, DataScope.province());
            return null;
        });
    }

    /** A fresh running course of an institution. */
    public TrainingCourse course(Institution institution) {
        String name = "测试培训班" + next();
        long id = as(() -> courses.create(new CourseDetails(name, "6-22-01-01", null, null, institution.getId(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30), 120, true, CourseStatus.RUNNING), DataScope.province()));
        return as(() -> courses.get(id, DataScope.province()));
    }

    /** Marks a course finished (结业), as its institution would at its end. */
    public TrainingCourse finish(TrainingCourse course) {
        cn.jilin.laborbrand.training.course.CourseDetails d = course.details();
        as(() -> {
            courses.update(course.getId(), course.getVersion(), new CourseDetails(d.name(), d.occupationCode(), d.brandId(), d.baseId(),
                    d.institutionId(), d.startDate(), d.endDate(), d.hours(), d.subsidised(), CourseStatus.FINISHED), DataScope.province());
            return null;
        });
        return as(() -> courses.get(course.getId(), DataScope.province()));
    }

    /** Adds a person to a course; returns the trainee's id. */
    public long trainee(TrainingCourse course, String name, String residentId) {
        return as(() -> trainees.add(course.getId(), new TraineeDetails(name, residentId, "13912345678", null, Set.of(), null, null),
                DataScope.province()));
    }

    /** Records a certificate of a trainee, issued by an organisation of the directory. */
    public long certificate(TrainingCourse course, long traineeId, long issuerId, String number) {
        return as(() -> certificates.record(course.getId(), new CertificateDetails(traineeId, CertificateKind.SKILL_LEVEL, number, "6-22-01-01",
                4, LocalDate.of(2026, 5, 1), issuerId), DataScope.province()));
    }

    /** A fresh valid resident ID registered in {@code region}, born in the 1980s. */
    public static String residentId(String region) {
        int n = PEOPLE.incrementAndGet();
        String body = region + String.format("19%02d", 80 + n % 10) + String.format("%02d%02d", 1 + n % 12, 1 + (n / 12) % 28)
                + String.format("%03d", (n / 336) % 1000);
        return body + ResidentId.checkCharacter(body);
    }
}
