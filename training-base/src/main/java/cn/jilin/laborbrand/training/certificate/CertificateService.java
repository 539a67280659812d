package cn.jilin.laborbrand.training.certificate;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.trainee.PersonsByRegion;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates (二(二)1: 职业资格证书、职业技能等级证书、专项职业能力证书) of the trainees of a course: recorded one by one
 * (an Excel file is {@link CertificateImportService}'s) under an issuer of the directory; verified publicly by number
 * and holder's name.
 */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CourseService courses;
    private final TraineeService trainees;
    private final CertificateIssuers issuers;
    private final CertificateChecks checks;
    private final AuditService audit;

    CertificateService(CertificateRepository certificates, CourseService courses, TraineeService trainees, CertificateIssuers issuers,
                       CertificateChecks checks, AuditService audit) {
        this.certificates = certificates;
        this.courses = courses;
        this.trainees = trainees;
        this.issuers = issuers;
        this.checks = checks;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Page<Certificate> search(CertificateFilter filter, DataScope scope, Pageable pageable) {
        return certificates.findAll(filter.toSpecification(), scope, pageable);
    }

    @PreAuthorize("hasAuthority('training:view')")
    @Transactional
    public List<Certificate> export(CertificateFilter filter, DataScope scope, Sort sort) {
        List<Certificate> rows = certificates.findAll(filter.toSpecification(), scope, sort);
        audit.record("certificate.export", Certificate.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** The certificates of a course the caller sees, a page at a time (newest first), or 404 for the course. */
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    public Page<Certificate> ofCourse(long courseId, DataScope scope, Pageable pageable) {
        TrainingCourse course = courses.get(courseId, scope);
        return certificates.findAll(new CertificateFilter(null, null, null, course.getId(), null).toSpecification(), scope, pageable);
    }

    /**
     * Up to {@code limit} issuers the caller may name whose name contains {@code text}: an institution only itself;
     * others the directory's issuing bodies. A type-ahead's answer.
     */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> issuerOptions(String text, DataScope scope, int limit) {
        return issuers.options(text, scope, Math.min(limit, 50));
    }

    /** The issuer a certificate form starts with: an institution's own organisation; none for others, who choose. */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional(readOnly = true)
    public Optional<OrganisationChoice> defaultIssuer(DataScope scope) {
        return issuers.own(scope);
    }

    /** The directory name of an issuer a form has chosen, to show it again. */
    @PreAuthorize("hasAuthority('training:edit')")
    @Unscoped("the name of an organisation of the directory, which is public")
    @Transactional(readOnly = true)
    public Optional<String> issuerName(long issuerId) {
        return issuers.name(issuerId);
    }

    /** The directory names of these certificates' issuers (legacy rows have none), by organisation id. */
    @PreAuthorize("hasAuthority('training:view')")
    @Unscoped("directory names (public) of the issuers of certificates the caller has already been shown")
    @Transactional(readOnly = true)
    public Map<Long, String> issuerNames(Collection<Certificate> shown) {
        Map<Long, String> names = new HashMap<>();
        issuers.all(shown.stream().map(Certificate::getIssuerId).filter(Objects::nonNull).collect(Collectors.toSet()))
                .forEach((id, issuer) -> names.put(id, issuer.name()));
        return names;
    }

    /** Records a certificate of a trainee of the course, under an issuer the caller may name. */
    @PreAuthorize("hasAuthority('training:edit')")
    @Transactional
    public long record(long courseId, CertificateDetails details, DataScope scope) {
        TrainingCourse course = courses.get(courseId, scope);
        if (details.traineeId() == null) {
            throw new RuleViolation("traineeId", "NotNull");
        }
        Trainee trainee = trainees.get(details.traineeId(), scope);
        if (trainee.getCourseId() != course.getId()) {
            throw new RuleViolation("traineeId", "certificate.trainee.otherCourse");
        }
        String field = checks.firstFault(details, scope);
        if (field != null) {
            throw new RuleViolation(field, checks.reason(details, field, scope));
        }
        if (certificates.existsByIssuerIdAndNumber(details.issuerId(), details.number().strip())) {
            throw new RuleViolation("number", "certificate.number.taken");
        }
        Certificate certificate = certificates.saveAndFlush(new Certificate(details, trainee.getId(), course.getId(),
                course.getOrganisationId(), course.getRegionCode(), trainee.getName()));
        audit.record("certificate.create", Certificate.SUBJECT_TYPE, certificate.getId(), certificate.getIssuerId() + " " + certificate.getNumber());
        return certificate.getId();
    }

    /**
     * Public verification: a certificate of this number held by this name exists → its issuer's directory name (or a
     * legacy row's label, flagged as such) and date; else empty. Says nothing else about the person.
     */
    @PreAuthorize("permitAll()")
    @Unscoped("the public verification: only the issuer and date leave, to someone who knows both number and holder")
    @Transactional(readOnly = true)
    public Optional<Verification> verify(String number, String holderName) {
        if (number == null || number.isBlank() || holderName == null || holderName.isBlank()) {
            return Optional.empty();
        }
        return certificates.verify(number.strip(), holderName.strip()).stream().findFirst();
    }

    /**
     * The certificate of this number held by this name, for a signed-in staff member linking a competition result:
     * issuer, date, occupation and level; empty when none is on record.
     */
    @PreAuthorize("isAuthenticated()")
    @Unscoped("linking a competition result: only issuer, date, occupation and level leave, to someone who knows number and holder")
    @Transactional(readOnly = true)
    public Optional<CertificateLink> link(String number, String holderName) {
        if (number == null || number.isBlank() || holderName == null || holderName.isBlank()) {
            return Optional.empty();
        }
        return certificates.link(number.strip(), holderName.strip()).stream().findFirst();
    }

    /** Distinct persons certified per region (for the plan's figures; counts only). */
    @Transactional(readOnly = true)
    public List<PersonsByRegion> personsByRegion() {
        return certificates.countPersonsByRegion();
    }
}
