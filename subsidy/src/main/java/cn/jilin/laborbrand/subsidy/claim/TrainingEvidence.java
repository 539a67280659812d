package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyKind;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.training.certificate.Certificate;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertifiedPeople;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.training.course.CourseFilter;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.dispatch.DispatchService;
import cn.jilin.laborbrand.training.dispatch.LaborDispatch;
import cn.jilin.laborbrand.training.startup.StartupFounder;
import cn.jilin.laborbrand.training.startup.StartupService;
import cn.jilin.laborbrand.training.trainee.TraineeIdentities;
import cn.jilin.laborbrand.training.trainee.TraineeIdentities.Identity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Evidence recorded by the training module: a course's certificates (training and high-skill subsidies), a completed
 * course's trainees (start-up training, living allowance), a dispatch's people (transport grants, employment-service
 * subsidies), a start-up's founder (一次性创业补贴, 创业担保贷款贴息: 二(三)1).
 */
@Component
class TrainingEvidence implements EvidenceSource {

    private static final int OPTIONS = 20;

    private final CourseService courses;
    private final CertifiedPeople certificates;
    private final TraineeIdentities identities;
    private final DispatchService dispatches;
    private final StartupService startups;
    private final OrganisationService organisations;

    TrainingEvidence(CourseService courses, CertifiedPeople certificates, TraineeIdentities identities, DispatchService dispatches,
                     StartupService startups, OrganisationService organisations) {
        this.courses = courses;
        this.certificates = certificates;
        this.identities = identities;
        this.dispatches = dispatches;
        this.startups = startups;
        this.organisations = organisations;
    }

    @Override
    public Evidence find(SubsidyPolicy policy, long evidenceId, DataScope scope) {
        return switch (policy.getEvidence()) {
            case CERTIFICATE -> certificates(policy, courses.get(evidenceId, scope), scope);
            case COURSE -> course(courses.get(evidenceId, scope), scope);
            case DISPATCH -> dispatch(dispatches.get(evidenceId, scope), scope);
            case STARTUP -> startup(policy, startups.founder(evidenceId, scope));
        };
    }

    @Override
    public List<EvidenceOption> options(SubsidyPolicy policy, String text, DataScope scope) {
        String q = text == null ? "" : text.strip();
        return switch (policy.getEvidence()) {
            case CERTIFICATE, COURSE -> courses.search(new CourseFilter(null, null, null,
                            policy.getEvidence() == EvidenceKind.COURSE ? CourseStatus.FINISHED : null, null, q.isEmpty() ? null : q), scope,
                    PageRequest.of(0, OPTIONS, Sort.by(Sort.Order.desc("endDate"), Sort.Order.asc("id"))))
                    .map(c -> new EvidenceOption(c.getId(), c.getName(), c.getStartDate() + " ~ " + c.getEndDate())).getContent();
            // dispatches have no name to search: the latest of the caller's
            case DISPATCH -> dispatches.search(null, scope, PageRequest.of(0, OPTIONS, Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("id"))))
                    .map(d -> new EvidenceOption(d.getId(), d.getOrganiserName(), String.valueOf(d.getStartDate()))).getContent();
            case STARTUP -> startups.founders(q, scope, OPTIONS).stream()
                    .map(s -> new EvidenceOption(s.startupId(), s.name(), s.regionCode() + " · " + s.foundedOn())).toList();
        };
    }

    private Evidence certificates(SubsidyPolicy policy, TrainingCourse course, DataScope scope) {
        List<Certificate> certified = certificates.ofCourse(course.getId(), CertificateKind.valueOf(policy.getCertificateKind()), scope);
        Map<Long, Identity> people = identities.of(certified.stream().map(Certificate::getTraineeId).toList(), scope);
        List<EvidencePerson> named = new ArrayList<>();
        for (Certificate c : certified) {
            Identity who = people.get(c.getTraineeId());
            if (who != null) {
                named.add(new EvidencePerson(c.getId(), who.name(), who.residentIdCipher(), who.residentIdIndex(), c.getOccupationCode(),
                        c.getLevel() == null ? null : c.getLevel().intValue(), c.getIssueDate()));
            }
        }
        return new Evidence(policy.getEvidence(), course.getId(), course.getRegionCode(), course.getOrganisationId(),
                organisationName(course.getOrganisationId()), course.getStatus() != CourseStatus.CANCELLED, course.getHours(),
                course.getBrandId(), named);
    }

    private Evidence course(TrainingCourse course, DataScope scope) {
        List<EvidencePerson> named = identities.ofCourse(course.getId(), scope).stream()
                .map(who -> new EvidencePerson(who.traineeId(), who.name(), who.residentIdCipher(), who.residentIdIndex(),
                        course.getOccupationCode(), null, course.getEndDate()))
                .toList();
        return new Evidence(cn.jilin.laborbrand.subsidy.policy.EvidenceKind.COURSE, course.getId(), course.getRegionCode(),
                course.getOrganisationId(), organisationName(course.getOrganisationId()), course.getStatus() == CourseStatus.FINISHED,
                course.getHours(), course.getBrandId(), named);
    }

    private Evidence dispatch(LaborDispatch dispatch, DataScope scope) {
        Map<Long, Identity> people = identities.of(dispatch.getTraineeIds(), scope);
        List<EvidencePerson> named = people.values().stream()
                .map(who -> new EvidencePerson(who.traineeId(), who.name(), who.residentIdCipher(), who.residentIdIndex(), null, null,
                        dispatch.getStartDate()))
                .toList();
        return new Evidence(cn.jilin.laborbrand.subsidy.policy.EvidenceKind.DISPATCH, dispatch.getId(), dispatch.getRegionCode(), null,
                dispatch.getOrganiserName(), true, null, null, named);
    }

    /**
     * A start-up's founder, the one person it names: paid in person, or the start-up when the policy pays an enterprise.
     * The interest subsidy rests on a guaranteed loan, and counts from the day it was granted; the rest from the founding.
     * A start-up has no closing in the register, so it stands while it is there.
     */
    private static Evidence startup(SubsidyPolicy policy, StartupFounder s) {
        boolean interest = policy.getKind() == SubsidyKind.LOAN_INTEREST;
        if (interest && !s.hasLoan()) {
            throw new RuleViolation("subsidy.evidence.noLoan");
        }
        EvidencePerson founder = new EvidencePerson(s.startupId(), s.founderName(), s.residentIdCipher(), s.residentIdIndex(), null, null,
                interest ? s.loanGrantedOn() : s.foundedOn());
        return new Evidence(EvidenceKind.STARTUP, s.startupId(), s.regionCode(), null,
                policy.getPayeeKind() == PayeeKind.PERSON ? s.founderName() : s.name(), true, null, s.brandId(), List.of(founder));
    }

    private String organisationName(long organisationId) {
        return organisations.choice(organisationId).map(OrganisationChoice::name).orElse("—");
    }
}
