package cn.jilin.laborbrand.training.certificate;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static cn.jilin.laborbrand.training.TrainingTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.trainee.PersonsByRegion;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Certificates in the database: lists and a course's certificates within the caller's scope, the issuers each caller
 * may name (found by name), the public verification that tells only issuer and date, and the plan's count.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class CertificateServiceTest {

    @Autowired
    CertificateService certificates;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private static final CertificateFilter ALL = new CertificateFilter(null, null, null, null, null);

    @Test
    void listsAndACoursesCertificatesStayWithinTheCallersScope() {
        Institution liaoyuan = data.institution("220402");
        TrainingCourse course = data.course(liaoyuan);
        long trainee = data.trainee(course, "持证人", residentId("220402"));
        String number = "SCOPE-" + TrainingTestData.next();
        long certificate = data.certificate(course, trainee, liaoyuan.getOrganisationId(), number);
        DataScope own = DataScope.organisation(liaoyuan.getOrganisationId());
        DataScope otherCity = data.city("220500");

        assertThat(ids(own)).contains(certificate);
        assertThat(ids(data.city("220400"))).contains(certificate);
        assertThat(ids(otherCity)).doesNotContain(certificate);
        assertThat(ids(DataScope.none())).isEmpty();
        assertThat(as(() -> certificates.export(ALL, otherCity, Sort.by("id")))).extracting(Certificate::getId).doesNotContain(certificate);
        assertThat(as(() -> certificates.ofCourse(course.getId(), own, PageRequest.of(0, 10))).map(Certificate::getNumber)).containsExactly(number);
        assertThatThrownBy(() -> as(() -> certificates.ofCourse(course.getId(), otherCity, PageRequest.of(0, 10))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anInstitutionNamesOnlyItselfAsIssuerAndOthersTheDirectorysIssuingBodies() {
        Institution institution = data.institution("220402");
        String own = jdbc.queryForObject("select name from organisation where id = ?", String.class, institution.getOrganisationId());
        DataScope asInstitution = DataScope.organisation(institution.getOrganisationId());
        assertThat(as(() -> certificates.defaultIssuer(asInstitution))).map(OrganisationChoice::id).contains(institution.getOrganisationId());
        assertThat(as(() -> certificates.issuerOptions(own, asInstitution, 20))).extracting(OrganisationChoice::id)
                .containsExactly(institution.getOrganisationId());
        assertThat(as(() -> certificates.issuerOptions("人力资源和社会保障", asInstitution, 20))).isEmpty();

        DataScope city = data.city("220400");
        assertThat(as(() -> certificates.defaultIssuer(city))).isEmpty();
        List<OrganisationChoice> bureaus = as(() -> certificates.issuerOptions("辽源市人力资源和社会保障局", city, 20));
        assertThat(bureaus).extracting(OrganisationChoice::kind).containsOnly(OrganisationKind.HRSS_BUREAU).isNotEmpty();
        assertThat(as(() -> certificates.issuerOptions("财政厅", city, 20))).as("a provincial department issues no certificates").isEmpty();
        assertThat(as(() -> certificates.issuerOptions(own, city, 20))).extracting(OrganisationChoice::id).contains(institution.getOrganisationId());
        assertThat(as(() -> certificates.issuerOptions("人力", DataScope.none(), 20))).isEmpty();
        assertThat(as(() -> certificates.issuerOptions("人力", city, 5))).hasSizeLessThanOrEqualTo(5);
    }

    @Test
    void anInstitutionCannotRecordUnderAnotherIssuerAndANumberIsUniquePerIssuer() {
        Institution institution = data.institution("220402");
        TrainingCourse course = data.course(institution);
        long trainee = data.trainee(course, "证书号测试", residentId("220402"));
        long other = data.organisation("220402", OrganisationKind.INSTITUTION);
        DataScope asInstitution = DataScope.organisation(institution.getOrganisationId());
        CertificateDetails underOther = new CertificateDetails(trainee, CertificateKind.QUALIFICATION, "UNIQ-1", "6-22-01-01", null,
                LocalDate.of(2026, 5, 1), other);
        assertThatThrownBy(() -> as(() -> certificates.record(course.getId(), underOther, asInstitution)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("certificate.error.issuerNotOwn"));
        String number = "UNIQ-" + TrainingTestData.next();
        data.certificate(course, trainee, institution.getOrganisationId(), number);
        assertThatThrownBy(() -> data.certificate(course, trainee, institution.getOrganisationId(), number))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("certificate.number.taken"));
    }

    @Test
    void thePublicVerificationTellsIssuerAndDateToWhoeverKnowsNumberAndHolder() {
        Institution institution = data.institution("220402");
        TrainingCourse course = data.course(institution);
        String holder = "查验" + TrainingTestData.next();
        long trainee = data.trainee(course, holder, residentId("220402"));
        String number = "VERIFY-" + TrainingTestData.next();
        data.certificate(course, trainee, institution.getOrganisationId(), number);
        String issuer = jdbc.queryForObject("select name from organisation where id = ?", String.class, institution.getOrganisationId());

        assertThat(certificates.verify(" " + number + " ", holder)).contains(new Verification(issuer, false, LocalDate.of(2026, 5, 1)));
        assertThat(certificates.verify(number, "别人")).isEmpty();
        assertThat(certificates.verify("", holder)).isEmpty();
    }

    @Test
    void thePlanCountsPeopleCertifiedPerRegion() {
        Institution institution = data.institution("220702");
        long before = persons("220702");
        TrainingCourse course = data.course(institution);
        long trainee = data.trainee(course, "计数", residentId("220702"));
        data.certificate(course, trainee, institution.getOrganisationId(), "COUNT-A-" + TrainingTestData.next());
        data.certificate(course, trainee, institution.getOrganisationId(), "COUNT-B-" + TrainingTestData.next());
        assertThat(persons("220702")).isEqualTo(before + 1);
    }

    private List<Long> ids(DataScope scope) {
        return as(() -> certificates.search(ALL, scope, PageRequest.of(0, 1000)).map(Certificate::getId).getContent());
    }

    private long persons(String region) {
        return certificates.personsByRegion().stream().filter(p -> p.regionCode().equals(region)).mapToLong(PersonsByRegion::persons).sum();
    }
}
