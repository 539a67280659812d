package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.training.certificate.CertificateColumns;
import cn.jilin.laborbrand.training.certificate.CertificateImportService;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Messages;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The certificates of a course's trainees: recorded on the course page, or imported from Excel (all or nothing). */
@Controller
@RequestMapping("/training/courses/{id}/certificates")
class CourseCertificateController {

    private final CourseService courses;
    private final CertificateService certificates;
    private final CertificateImportService imports;
    private final CourseImports courseImports;
    private final CoursePage coursePage;
    private final Messages messages;

    CourseCertificateController(CourseService courses, CertificateService certificates, CertificateImportService imports,
                                CourseImports courseImports, CoursePage coursePage, Messages messages) {
        this.courses = courses;
        this.certificates = certificates;
        this.imports = imports;
        this.courseImports = courseImports;
        this.coursePage = coursePage;
        this.messages = messages;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('training:edit')")
    String record(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                  @Valid @ModelAttribute("certificateForm") CertificateForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            certificates.record(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "certificate.recorded");
            return "redirect:/training/courses/" + id + "#certificates";
        }, () -> {
            model.addAttribute("certificateFormOpen", true);
            return coursePage.show(user, courses.get(id, user.scope()), null, 0, model);
        });
    }

    @GetMapping("/template")
    @PreAuthorize("hasAuthority('training:view')")
    void template(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        courses.get(id, user.scope());
        CourseImports.template(response, messages.text(locale, "certificate.template.name"), messages.text(locale, "certificate.template.sheet"),
                CertificateColumns.HEADERS, List.of(messages.text(locale, "certificate.template.note1"),
                        messages.text(locale, "certificate.template.note2"), messages.text(locale, "certificate.template.note3")));
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('training:edit')")
    String importCertificates(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                              HttpSession session, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        TrainingCourse course = courses.get(id, user.scope());
        return courseImports.run(CourseImports.CERTIFICATES, course, file, session, model, redirect, locale,
                path -> imports.importCertificates(id, path, user.scope()));
    }
}
