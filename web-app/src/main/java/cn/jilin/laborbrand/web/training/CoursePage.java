package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.certificate.Certificate;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The course page: its facts, one page of its roster (filtered by name), its newest certificates with a link to all of
 * them, and the certificate form, whose holder and issuer are typed and looked up rather than listed.
 */
@Component
class CoursePage {

    /** Roster rows per page. */
    static final int ROSTER_PAGE = 20;
    /** Certificates shown on the page; the certificate list shows the rest. */
    static final int CERTIFICATES_SHOWN = 50;

    private final CourseService courses;
    private final TraineeService trainees;
    private final CertificateService certificates;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final OccupationService occupations;

    CoursePage(CourseService courses, TraineeService trainees, CertificateService certificates, InstitutionService institutions,
               BaseService bases, OccupationService occupations) {
        this.courses = courses;
        this.trainees = trainees;
        this.certificates = certificates;
        this.institutions = institutions;
        this.bases = bases;
        this.occupations = occupations;
    }

    String show(SignedInAccount user, TrainingCourse course, String q, int page, Model model) {
        long id = course.getId();
        Page<Trainee> roster = trainees.roster(id, q, user.scope(), PageRequest.of(Math.max(0, page), ROSTER_PAGE, Sort.by("id")));
        model.addAttribute("course", course);
        model.addAttribute("page", roster);
        model.addAttribute("rows", trainees.masked(roster.getContent()));
        model.addAttribute("rosterSize", q == null || q.isBlank() ? roster.getTotalElements() : trainees.count(id, user.scope()));
        model.addAttribute("q", q);
        model.addAttribute("institutionName", institutions.names(List.of(course.getInstitutionId())).get(course.getInstitutionId()));
        model.addAttribute("baseName", course.getBaseId() == null ? null : bases.get(course.getBaseId(), user.scope()).getName());
        model.addAttribute("brand", course.getBrandId() == null ? null : courses.brandNames(List.of(course.getBrandId())).get(course.getBrandId()));
        model.addAttribute("occupation", occupations.label(course.getOccupationCode()));
        model.addAttribute("occupationChoices", occupations.all());
        Page<Certificate> certs = certificates.ofCourse(id, user.scope(),
                PageRequest.of(0, CERTIFICATES_SHOWN, Sort.by(Sort.Order.desc("issueDate"), Sort.Order.asc("number"))));
        model.addAttribute("certificates", certs);
        model.addAttribute("certificateKinds", CertificateKind.values());
        model.addAttribute("issuerNames", certificates.issuerNames(certs.getContent()));
        if (user.can("training:edit")) {
            Optional<OrganisationChoice> own = certificates.defaultIssuer(user.scope());
            if (!model.containsAttribute("certificateForm")) {
                model.addAttribute("certificateForm", CertificateForm.empty(course.getOccupationCode(), own.map(OrganisationChoice::id).orElse(null)));
            }
            CertificateForm form = (CertificateForm) model.getAttribute("certificateForm");
            model.addAttribute("holderName", form.traineeId() == null ? null
                    : trainees.names(List.of(form.traineeId()), user.scope()).get(form.traineeId()));
            model.addAttribute("issuerName", form.issuerId() == null ? null
                    : certificates.issuerName(form.issuerId()).orElse(null));
        }
        return "training/course/detail";
    }
}
