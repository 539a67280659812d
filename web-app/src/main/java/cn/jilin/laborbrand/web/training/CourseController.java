package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.course.CourseFilter;
import cn.jilin.laborbrand.training.course.CourseService;
import cn.jilin.laborbrand.training.course.CourseStatus;
import cn.jilin.laborbrand.training.course.TrainingCourse;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /training/courses: the course list, its export, the course form and the course page. The roster of a course is
 * {@link RosterController}'s, its certificates {@link CourseCertificateController}'s. The roster's GET filter takes
 * names only; a full resident ID is looked up by POST (reveal-class: permission, limit, audit), so that it never sits
 * in a URL.
 */
@Controller
@RequestMapping("/training/courses")
class CourseController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startDate"), Sort.Order.asc("name"));
    /** Six digits or more in a name filter: an ID or phone number (or part of one), which must not stay in the URL. */
    static final Pattern NUMBER = Pattern.compile("\\d{6,}");

    private final CourseService courses;
    private final InstitutionService institutions;
    private final BaseService bases;
    private final BrandService brands;
    private final OccupationService occupations;
    private final RegionService regions;
    private final CoursePage coursePage;
    private final Messages messages;

    CourseController(CourseService courses, InstitutionService institutions, BaseService bases, BrandService brands,
                     OccupationService occupations, RegionService regions, CoursePage coursePage, Messages messages) {
        this.courses = courses;
        this.institutions = institutions;
        this.bases = bases;
        this.brands = brands;
        this.occupations = occupations;
        this.regions = regions;
        this.coursePage = coursePage;
        this.messages = messages;
    }

    // ---- courses ------------------------------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) String occupation,
                @RequestParam(required = false) CourseStatus status, @RequestParam(required = false) Boolean subsidised,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("name", "regionCode", "startDate", "hours", "status", "occupationCode"));
        Page<TrainingCourse> found = courses.search(filter(q, region, occupation, status, subsidised), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("institutionNames", institutions.names(found.map(TrainingCourse::getInstitutionId).getContent()));
        model.addAttribute("brandNames", courses.brandNames(found.getContent().stream().map(TrainingCourse::getBrandId)
                .filter(Objects::nonNull).toList()));
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
        Map<Long, BrandName> brandNames = courses.brandNames(rows.stream().map(TrainingCourse::getBrandId).filter(Objects::nonNull).toList());
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
        // an institution's own account runs its own courses: its institution is filled in
        CourseForm form = CourseForm.empty(institutions.only(user.scope()).map(i -> i.getId()).orElse(null));
        model.addAttribute("form", form);
        return formPage(user.scope(), form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('training:edit')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") CourseForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = courses.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "course.created");
            return "redirect:/training/courses/" + id;
        }, () -> formPage(user.scope(), form, null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('training:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        TrainingCourse course = courses.get(id, user.scope());
        CourseForm form = CourseForm.of(course);
        model.addAttribute("form", form);
        return formPage(user.scope(), form, course, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('training:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") CourseForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        TrainingCourse course = courses.get(id, user.scope());
        return Forms.submit(errors, () -> {
            courses.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "course.updated");
            return "redirect:/training/courses/" + id;
        }, () -> formPage(user.scope(), form, course, model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String q,
                  @RequestParam(defaultValue = "0") int page, Model model, RedirectAttributes redirect) {
        TrainingCourse course = courses.get(id, user.scope());
        if (q != null && NUMBER.matcher(q.replaceAll("[\\s-]", "")).find()) {
            // a number typed into the GET filter: answered with the roster without it, so that no link repeats it
            redirect.addFlashAttribute("flashError", "roster.search.namesOnly");
            return "redirect:/training/courses/" + id;
        }
        return coursePage.show(user, course, q, page, model);
    }

    /**
     * The form, with the names of the institution and base it has chosen (typed and looked up, not listed); brands are
     * every active brand's public name (a course may serve a brand of another region).
     */
    private String formPage(DataScope scope, CourseForm form, TrainingCourse course, Model model) {
        model.addAttribute("course", course);
        model.addAttribute("institutionName", form.institutionId() == null ? null
                : institutions.names(List.of(form.institutionId())).get(form.institutionId()));
        model.addAttribute("baseName", form.baseId() == null ? null : bases.names(List.of(form.baseId()), scope).get(form.baseId()));
        model.addAttribute("brands", brands.choices());
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("statuses", CourseStatus.values());
        return "training/course/form";
    }

    private List<Region> regions(DataScope scope) {
        return regions.within(scope);
    }

    private CourseFilter filter(String q, String region, String occupation, CourseStatus status, Boolean subsidised) {
        return new CourseFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), occupation, null, status, subsidised, q);
    }

}
