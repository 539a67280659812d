package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.crypto.LookupLimitExceededException;
import cn.jilin.laborbrand.platform.excel.ImportError;
import cn.jilin.laborbrand.platform.excel.ImportResult;
import cn.jilin.laborbrand.platform.excel.SpreadsheetRefusedException;
import cn.jilin.laborbrand.platform.excel.XlsxTemplate;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.training.certificate.CertificateColumns;
import cn.jilin.laborbrand.training.certificate.CertificateFilter;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.course.CourseFilter;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.Institution;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import cn.jilin.laborbrand.training.trainee.RosterColumns;
import cn.jilin.laborbrand.training.trainee.MaskedTrainee;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeLookupService;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /training/courses: courses, their rosters (one by one or imported from Excel, all or nothing), masked personal data
 * with an audited reveal, and the certificates of their trainees. The roster's GET filter takes names only; a full
 * resident ID is looked up by POST (reveal-class: permission, limit, audit), so that it never sits in a URL.
 */
@Controller
@RequestMapping("/training/courses")
class CourseController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name"));
    static final String ROSTER = "roster";
    static final String CERTIFICATES = "certificates";
    /** Six digits or more in a name filter: an ID or phone number (or part of one), which must not stay in the URL. */
    static final Pattern NUMBER = Pattern.compile("\\d{6,}");

    private final CourseService courses;
    private final TraineeService trainees;
    private final TraineeLookupService lookup;
    private final CertificateService certificates;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final BrandService brands;
    private final OccupationService occupations;
    private final RegionService regions;
    private final ImportReports reports;
    private final Messages messages;

    CourseController(CourseService courses, TraineeService trainees, TraineeLookupService lookup, CertificateService certificates,
                     InstitutionService institutions, BaseService bases, BrandService brands, OccupationService occupations,
                     RegionService regions, ImportReports reports, Messages messages) {
        this.courses = courses;
        this.trainees = trainees;
        this.lookup = lookup;
        this.certificates = certificates;
        this.institutions = institutions;
        this.bases = bases;
        this.brands = brands;
        this.occupations = occupations;
        this.regions = regions;
        this.reports = reports;
        this.messages = messages;
    }

    // ---- courses ------------------------------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize("hasAuthority('training:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) CourseStatus status, @RequestParam(required = false) Boolean subsidised,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("name", "regionCode", "startDate", "hours", "status", "occupationCode"));
        Page<TrainingCourse> found = courses.search(filter(q, region, occupation, status, subsidised), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("institutionNames", institutions.names(found.map(TrainingCourse::getInstitutionId).getContent()));
        model.addAttribute("brandNames", courses.brandNames(found.getContent().stream().map(TrainingCourse::getBrandId)
                .filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("occupations", occupations.byCode());
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("occupation", occupation);
        model.addAttribute("status", status);
        model.addAttribute("subsidised", subsidised);
        model.addAttribute("regions", regions(user.scope()));
        model.addAttribute("statuses", CourseStatus.values());
        return "training/course/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('training:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) CourseStatus status, @RequestParam(required = false) Boolean subsidised,
                Locale locale, HttpServletResponse response) throws IOException {
        List<TrainingCourse> rows = courses.export(filter(q, region, occupation, status, subsidised), user.scope(), DEFAULT_SORT);
        Map<Long, String> names = institutions.names(rows.stream().map(TrainingCourse::getInstitutionId).toList());
        Map<Long, BrandName> brandNames = courses.brandNames(rows.stream().map(TrainingCourse::getBrandId).filter(java.util.Objects::nonNull).toList());
        List<String> headers = Arrays.stream(new String[]{"name", "occupation", "brand", "institution", "region", "startDate", "endDate",
                "hours", "subsidised", "status"}).map(h -> messages.text(locale, "course.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "course.export.name"), headers, rows.stream().map(c -> Arrays.<Object>asList(
                c.getName(), occupations.label(c.getOccupationCode()), c.getBrandId() == null ? "" : brandNames.get(c.getBrandId()).name(),
                names.get(c.getInstitutionId()), regions.name(c.getRegionCode()), c.getStartDate(), c.getEndDate(), c.getHours(),
                messages.text(locale, c.isSubsidised() ? "course.subsidised.yes" : "course.subsidised.no"), messages.text(locale, "course.status." + c.getStatus())))
                .toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('training:edit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        List<Institution> choices = institutions.choices(user.scope());
        model.addAttribute("form", CourseForm.empty(choices.size() == 1 ? choices.get(0).getId() : null));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('training:edit')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") CourseForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = courses.create(form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "course.created");
                return "redirect:/training/courses/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user.scope(), null, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('training:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        TrainingCourse course = courses.get(id, user.scope());
        model.addAttribute("form", CourseForm.of(course));
        return formPage(user.scope(), course, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('training:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") CourseForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingCourse course = courses.get(id, user.scope());
        if (!errors.hasErrors()) {
            try {
                courses.update(id, form.version(), form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "course.updated");
                return "redirect:/training/courses/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user.scope(), course, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('training:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect) {
        TrainingCourse course = courses.get(id, user.scope());
        if (q != null && NUMBER.matcher(q.replaceAll("[\\s-]", "")).find()) {
            // a number typed into the GET filter: answered with the roster without it, so that no link repeats it
            redirect.addFlashAttribute("flashError", "roster.search.namesOnly");
            return "redirect:/training/courses/" + id;
        }
        return detailPage(user, course, q, page, model);
    }

    private String detailPage(SignedInAccount user, TrainingCourse course, String q, int page, Model model) {
        long id = course.getId();
        Page<Trainee> roster = trainees.roster(id, q, user.scope(), PageRequest.of(Math.max(0, page), 20, Sort.by("id")));
        model.addAttribute("course", course);
        model.addAttribute("page", roster);
        model.addAttribute("rows", trainees.masked(roster.getContent()));
        model.addAttribute("q", q);
        model.addAttribute("institutionName", institutions.names(List.of(course.getInstitutionId())).get(course.getInstitutionId()));
        model.addAttribute("baseName", course.getBaseId() == null ? null : bases.get(course.getBaseId(), user.scope()).getName());
        model.addAttribute("brand", course.getBrandId() == null ? null : courses.brandNames(List.of(course.getBrandId())).get(course.getBrandId()));
        model.addAttribute("occupation", occupations.label(course.getOccupationCode()));
        model.addAttribute("occupationChoices", occupations.all());
        var certs = certificates.search(new CertificateFilter(null, null, null, id, null), user.scope(),
                PageRequest.of(0, 200, Sort.by(Sort.Order.desc("issueDate"), Sort.Order.asc("number"))));
        model.addAttribute("certificates", certs);
        model.addAttribute("certificateKinds", CertificateKind.values());
        model.addAttribute("issuerNames", certificates.issuerNames(certs.getContent()));
        List<OrganisationChoice> issuers = user.can("training:edit") ? certificates.issuerChoices(user.scope()) : List.of();
        model.addAttribute("issuerChoices", issuers);
        if (!model.containsAttribute("certificateForm")) {
            model.addAttribute("certificateForm", CertificateForm.empty(course.getOccupationCode(), issuers.size() == 1 ? issuers.get(0).id() : null));
        }
        model.addAttribute("rosterChoices", user.can("training:edit")
                ? trainees.roster(id, null, user.scope(), PageRequest.of(0, 500, Sort.by("name"))).getContent() : List.of());
        return "training/course/detail";
    }

    /**
     * Finds the trainee of this course with a full resident ID, typed into a POST form: reveal-class, so the service
     * checks {@code trainee:pii:reveal}, counts the lookup against the account's limit and audits it. The answer page
     * names the ID nowhere and is never cached.
     */
    @PostMapping("/{id}/roster/lookup")
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
    @GetMapping("/{id}/roster/lookup")
    @PreAuthorize("hasAuthority('training:view')")
    String lookupByLink(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        courses.get(id, user.scope());
        return "redirect:/training/courses/" + id;
    }

    // ---- trainees -----------------------------------------------------------------------------------------------------

    @GetMapping("/{id}/trainees/new")
    @PreAuthorize("hasAuthority('training:edit')")
    String newTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("form", TraineeForm.empty());
        return traineePage(courses.get(id, user.scope()), null, model);
    }

    @PostMapping("/{id}/trainees")
    @PreAuthorize("hasAuthority('training:edit')")
    String addTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") TraineeForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingCourse course = courses.get(id, user.scope());
        if (form.residentId() == null || form.residentId().isBlank()) {
            errors.rejectValue("residentId", "NotBlank");
        }
        if (!errors.hasErrors()) {
            try {
                trainees.add(id, form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "trainee.added");
                return "redirect:/training/courses/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return traineePage(course, null, model);
    }

    @GetMapping("/{id}/trainees/{traineeId}/edit")
    @PreAuthorize("hasAuthority('training:edit')")
    String editTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long traineeId, Model model) {
        Trainee trainee = traineeOf(id, traineeId, user.scope());
        model.addAttribute("form", TraineeForm.of(trainee));
        return traineePage(courses.get(id, user.scope()), trainee, model);
    }

    @PostMapping("/{id}/trainees/{traineeId}")
    @PreAuthorize("hasAuthority('training:edit')")
    String updateTrainee(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long traineeId,
                         @Valid @ModelAttribute("form") TraineeForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        Trainee trainee = traineeOf(id, traineeId, user.scope());
        if (!errors.hasErrors()) {
            try {
                trainees.update(traineeId, form.version(), form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "trainee.updated");
                return "redirect:/training/courses/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return traineePage(courses.get(id, user.scope()), trainee, model);
    }

    /** Shows one resident ID in full (audited); the page is never cached. */
    @PostMapping("/{id}/trainees/{traineeId}/reveal")
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

    @GetMapping("/{id}/roster/template")
    @PreAuthorize("hasAuthority('training:view')")
    void rosterTemplate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        courses.get(id, user.scope());
        attachment(response, messages.text(locale, "roster.template.name"));
        XlsxTemplate.write(messages.text(locale, "roster.template.sheet"), RosterColumns.HEADERS, List.of(
                messages.text(locale, "roster.template.note1"), messages.text(locale, "roster.template.note2"), messages.text(locale, "roster.template.note3"),
                messages.text(locale, "roster.template.note4")), response.getOutputStream());
    }

    @PostMapping("/{id}/roster")
    @PreAuthorize("hasAuthority('training:edit')")
    String importRoster(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                        HttpSession session, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        return runImport(ROSTER, id, file, session, model, redirect, locale, path -> trainees.importRoster(id, path, user.scope()), user);
    }

    @GetMapping("/{id}/roster/export")
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
    @GetMapping("/{id}/{kind:roster|certificates}/errors")
    @PreAuthorize("hasAuthority('training:edit')")
    void errors(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String kind, HttpSession session,
                Locale locale, HttpServletResponse response) throws IOException {
        courses.get(id, user.scope());
        ImportResult result = reports.get(session, kind, id);
        if (result == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        reports.send(response, result, locale);
    }

    // ---- certificates ---------------------------------------------------------------------------------------------------

    @PostMapping("/{id}/certificates")
    @PreAuthorize("hasAuthority('training:edit')")
    String recordCertificate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                             @Valid @ModelAttribute("certificateForm") CertificateForm form, BindingResult errors, Model model,
                             RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                certificates.record(id, form.details(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "certificate.recorded");
                return "redirect:/training/courses/" + id + "#certificates";
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        model.addAttribute("certificateFormOpen", true);
        return detailPage(user, courses.get(id, user.scope()), null, 0, model);
    }

    @GetMapping("/{id}/certificates/template")
    @PreAuthorize("hasAuthority('training:view')")
    void certificateTemplate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        courses.get(id, user.scope());
        attachment(response, messages.text(locale, "certificate.template.name"));
        XlsxTemplate.write(messages.text(locale, "certificate.template.sheet"), CertificateColumns.HEADERS, List.of(
                messages.text(locale, "certificate.template.note1"), messages.text(locale, "certificate.template.note2"),
                messages.text(locale, "certificate.template.note3")), response.getOutputStream());
    }

    @PostMapping("/{id}/certificates/import")
    @PreAuthorize("hasAuthority('training:edit')")
    String importCertificates(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                              HttpSession session, Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        return runImport(CERTIFICATES, id, file, session, model, redirect, locale,
                path -> certificates.importCertificates(id, path, user.scope()), user);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    /** Streams the upload to a temporary file, imports it, and shows the report when the file is refused. */
    private String runImport(String kind, long id, MultipartFile file, HttpSession session, Model model, RedirectAttributes redirect,
                             Locale locale, Function<Path, ImportResult> importer, SignedInAccount user) throws IOException {
        TrainingCourse course = courses.get(id, user.scope());
        reports.forget(session, kind, id);
        ImportResult result;
        Path temp = Files.createTempFile("import-", ".xlsx");
        try {
            file.transferTo(temp);
            result = importer.apply(temp);
        } catch (SpreadsheetRefusedException e) {
            // the services answer a refused file themselves; this is a file that changed between their two passes
            result = e.result(null);
        } catch (RuleViolation violation) {
            result = ImportResult.rejected(ImportError.of(0, null, violation.messageKeys().get(0)));
        } finally {
            Files.deleteIfExists(temp);
        }
        if (result.accepted()) {
            redirect.addFlashAttribute("importedMessage", kind.equals(ROSTER) ? "roster.imported" : "certificate.imported");
            redirect.addFlashAttribute("importedCount", result.imported());
            return "redirect:/training/courses/" + id;
        }
        reports.keep(session, kind, id, result);
        model.addAttribute("course", course);
        model.addAttribute("kind", kind);
        model.addAttribute("result", result);
        model.addAttribute("filename", file.getOriginalFilename());
        model.addAttribute("shown", result.errors().stream().limit(200).map(e -> new ShownError(e.row(), reports.column(e, locale),
                reports.reason(e, locale))).toList());
        return "training/course/import-result";
    }

    /** One line of the report as the page shows it. */
    record ShownError(int row, String column, String reason) {
    }

    private Trainee traineeOf(long courseId, long traineeId, DataScope scope) {
        Trainee trainee = trainees.get(traineeId, scope);
        if (trainee.getCourseId() != courseId) {
            throw new cn.jilin.laborbrand.platform.NotFoundException("trainee", traineeId);
        }
        return trainee;
    }

    private String formPage(DataScope scope, TrainingCourse course, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("institutions", institutions.choices(scope));
        model.addAttribute("bases", bases.choices(scope));
        model.addAttribute("brands", brands.choices());
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("statuses", CourseStatus.values());
        return "training/course/form";
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

    private List<Region> regions(DataScope scope) {
        return regions.within(scope);
    }

    private CourseFilter filter(String q, String region, String occupation, CourseStatus status, Boolean subsidised) {
        return new CourseFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), occupation, null, status, subsidised, q);
    }

    private static void attachment(HttpServletResponse response, String name) {
        response.setContentType(XlsxDownload.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
    }

}
