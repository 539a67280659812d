package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.crypto.LookupLimitExceededException;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.trainee.MaskedTrainee;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import cn.jilin.laborbrand.training.trainee.RosterColumns;
import cn.jilin.laborbrand.training.trainee.RosterImportService;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeLookupService;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster of a course: trainees added and changed one by one, masked on every page with an audited reveal, found by
 * a full resident ID only by POST (reveal-class), imported from Excel (all or nothing) and exported masked.
 */
@Controller
@RequestMapping("/training/courses/{id}")
class RosterController {

    private final CourseService courses;
    private final TraineeService trainees;
    private final TraineeLookupService lookup;
    private final RosterImportService imports;
    private final CourseImports courseImports;
    private final RegionService regions;
    private final Messages messages;

    RosterController(CourseService courses, TraineeService trainees, TraineeLookupService lookup, RosterImportService imports,
                     CourseImports courseImports, RegionService regions, Messages messages) {
        this.courses = courses;
        this.trainees = trainees;
        this.lookup = lookup;
        this.imports = imports;
        this.courseImports = courseImports;
        this.regions = regions;
        this.messages = messages;
    }

    // ---- finding people -----------------------------------------------------------------------------------------------

    /**
     * Finds the trainee of this course with a full resident ID, typed into a POST form: reveal-class, so the service
     * checks {@code trainee:pii:reveal}, counts the lookup against the account's limit and audits it. The answer page
     * names the ID nowhere and is never cached.
     */
    @PostMapping("/roster/lookup")
    @PreAuthorize("hasAuthority('training:view') and hasAuthority('trainee:pii:reveal')")
    String lookup(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String residentId,
                  Model model, HttpServletResponse response) {
        TrainingCourse course = courses.get(id, user.scope());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("course", course);
        try {
            model.addAttribute("rows", trainees.masked(lookup.findInCourse(id, residentId, user.scope())));
        } catch (RuleViolation violation) {
            model.addAttribute("lookupError", violation.messageKeys().get(0));
        } catch (LookupLimitExceededException limited) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("limited", limited);
        }
        return "training/course/lookup";
    }

    /** The lookup answers POSTs only; a link to it (or the language switch) leads back to the roster. */
    @GetMapping("/roster/lookup")
    @PreAuthorize("hasAuthority('training:view')")
    String lookupByLink(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        courses.get(id, user.scope());
        return "redirect:/training/courses/" + id;
    }

    /**
     * The type-ahead of the certificate form's holder: up to 20 trainees of this course within the caller's scope whose
     * name contains {@code q}, each with the masked ID the roster shows. Never by resident ID (a reveal-class lookup).
     */
    @GetMapping(value = "/trainees/options", produces = "application/json")
    @PreAuthorize("hasAuthority('training:view')")
    @ResponseBody
    List<Option> traineeOptions(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String q) {
        return trainees.masked(trainees.options(id, q, user.scope(), 20)).stream()
                .map(t -> new Option(t.id(), t.name(), t.person().residentId())).toList();
    }

    // ---- trainees -----------------------------------------------------------------------------------------------------

    @GetMapping("/trainees/new")
    @PreAuthorize("hasAuthority('training:edit')")
    String newTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("form", TraineeForm.empty());
        return traineePage(courses.get(id, user.scope()), null, model);
    }

    @PostMapping("/trainees")
    @PreAuthorize("hasAuthority('training:edit')")
    String addTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") TraineeForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingCourse course = courses.get(id, user.scope());
        if (form.residentId() == null || form.residentId().isBlank()) {
            errors.rejectValue("residentId", "NotBlank");
        }
        return Forms.submit(errors, () -> {
            trainees.add(id, form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "trainee.added");
            return "redirect:/training/courses/" + id;
        }, () -> traineePage(course, null, model));
    }

    @GetMapping("/trainees/{traineeId}/edit")
    @PreAuthorize("hasAuthority('training:edit')")
    String editTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long traineeId, Model model) {
        Trainee trainee = traineeOf(id, traineeId, user.scope());
        model.addAttribute("form", TraineeForm.of(trainee));
        return traineePage(courses.get(id, user.scope()), trainee, model);
    }

    @PostMapping("/trainees/{traineeId}")
    @PreAuthorize("hasAuthority('training:edit')")
    String updateTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long traineeId,
                         @Valid @ModelAttribute("form") TraineeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Trainee trainee = traineeOf(id, traineeId, user.scope());
        return Forms.submit(errors, () -> {
            trainees.update(traineeId, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "trainee.updated");
            return "redirect:/training/courses/" + id;
        }, () -> traineePage(courses.get(id, user.scope()), trainee, model));
    }

    /** Shows one resident ID in full (audited); the page is never cached. */
    @PostMapping("/trainees/{traineeId}/reveal")
    @PreAuthorize("hasAuthority('trainee:pii:reveal')")
    String reveal(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long traineeId, Model model,
                  HttpServletResponse response) {
        Trainee trainee = traineeOf(id, traineeId, user.scope());
        model.addAttribute("course", courses.get(id, user.scope()));
        model.addAttribute("trainee", trainee);
        model.addAttribute("residentId", trainees.revealResidentId(traineeId, user.scope()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return "training/course/reveal";
    }

    // ---- roster import and export --------------------------------------------------------------------------------------

    @GetMapping("/roster/template")
    @PreAuthorize("hasAuthority('training:view')")
    void rosterTemplate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        courses.get(id, user.scope());
        CourseImports.template(response, messages.text(locale, "roster.template.name"), messages.text(locale, "roster.template.sheet"),
                RosterColumns.HEADERS, List.of(messages.text(locale, "roster.template.note1"), messages.text(locale, "roster.template.note2"),
                        messages.text(locale, "roster.template.note3"), messages.text(locale, "roster.template.note4")));
    }

    @PostMapping("/roster")
    @PreAuthorize("hasAuthority('training:edit')")
    String importRoster(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                        HttpSession session, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        TrainingCourse course = courses.get(id, user.scope());
        return courseImports.run(CourseImports.ROSTER, course, file, session, model, redirect, locale,
                path -> imports.importRoster(id, path, user.scope()));
    }

    @GetMapping("/roster/export")
    @PreAuthorize("hasAuthority('training:view')")
    void exportRoster(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        TrainingCourse course = courses.get(id, user.scope());
        List<Trainee> rows = trainees.exportRoster(id, user.scope());
        List<String> headers = Arrays.stream(new String[]{"name", "residentId", "sex", "age", "phone", "homeRegion", "priorityGroups",
                "employer", "employedSince"}).map(h -> messages.text(locale, "trainee.field." + h)).toList();
        XlsxDownload.send(response, course.getName() + "-" + messages.text(locale, "roster.export.name"), headers, trainees.masked(rows).stream()
                .map(t -> Arrays.<Object>asList(t.name(), t.person().residentId(), messages.text(locale, "trainee.sex." + t.person().sex()),
                        t.person().age(), t.phone(), t.person().homeProvinceCode() == null ? "" : regions.name(t.person().homeProvinceCode()),
                        t.priorityGroups().stream().map(PriorityGroup::chinese).collect(Collectors.joining("、")), t.employer(),
                        t.employedSince())).toList());
    }

    /** The full error report of the last rejected import (roster or certificates) of this course, as .xlsx. */
    @GetMapping("/{kind:roster|certificates}/errors")
    @PreAuthorize("hasAuthority('training:edit')")
    void errors(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String kind, HttpSession session,
                Locale locale, HttpServletResponse response) throws IOException {
        courses.get(id, user.scope());
        courseImports.sendErrors(kind, id, session, locale, response);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    private Trainee traineeOf(long courseId, long traineeId, DataScope scope) {
        Trainee trainee = trainees.get(traineeId, scope);
        if (trainee.getCourseId() != courseId) {
            throw new NotFoundException("trainee", traineeId);
        }
        return trainee;
    }

    private String traineePage(TrainingCourse course, Trainee trainee, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("trainee", trainee);
        MaskedTrainee shown = trainee == null ? null : trainees.masked(trainee);
        model.addAttribute("shown", shown);
        model.addAttribute("homeProvince", shown == null || shown.person().homeProvinceCode() == null ? null
                : regions.name(shown.person().homeProvinceCode()));
        model.addAttribute("groups", PriorityGroup.values());
        model.addAttribute("regions", regions.all());
        return "training/course/trainee-form";
    }
}
