package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.review.ExpertChoice;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.review.ReviewSummary;
import cn.jilin.laborbrand.registry.application.ApplicationAction;
import cn.jilin.laborbrand.registry.application.ApplicationFilter;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import cn.jilin.laborbrand.registry.application.ApplicationState;
import cn.jilin.laborbrand.registry.application.BrandApplication;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * /brand-applications: applications for a brand level and every step of their workflow (POST /{id}/{action}). Each
 * step is refused unless the application's state allows it and the user's role may take it; the page offers only
 * those.
 */
@Controller
@RequestMapping("/brand-applications")
class ApplicationController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    private final ApplicationService applications;
    private final BrandService brands;
    private final ReviewService reviews;
    private final RegionService regions;
    private final Messages messages;
    private final java.time.Clock clock;

    ApplicationController(ApplicationService applications, BrandService brands, ReviewService reviews, RegionService regions,
                          Messages messages, java.time.Clock clock) {
        this.clock = clock;
        this.applications = applications;
        this.brands = brands;
        this.reviews = reviews;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:application:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) ApplicationState state,
                @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("updatedAt", "submittedAt", "state", "targetLevel"));
        Page<BrandApplication> result = applications.search(filter(state, level, q), user.scope(), page);
        model.addAttribute("page", result);
        model.addAttribute("brands", applications.brandNames(result.getContent().stream().map(BrandApplication::getBrandId).toList()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("state", state);
        model.addAttribute("level", level);
        model.addAttribute("q", q);
        model.addAttribute("states", ApplicationState.values());
        model.addAttribute("levels", List.of(BrandLevel.MUNICIPAL, BrandLevel.PROVINCIAL, BrandLevel.NATIONAL));
        return "application/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('brand:application:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) ApplicationState state,
                @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) String q,
                Locale locale, HttpServletResponse response) throws IOException {
        List<BrandApplication> rows = applications.export(filter(state, level, q), user.scope(), DEFAULT_SORT);
        Map<Long, BrandName> names = applications.brandNames(rows.stream().map(BrandApplication::getBrandId).toList());
        List<String> headers = Arrays.stream(new String[]{"number", "brand", "region", "targetLevel", "state", "submittedAt",
                "noticeStart", "noticeEnd"}).map(h -> messages.text(locale, "application.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "application.export.name"), headers, rows.stream().map(a -> Arrays.<Object>asList(
                a.getId(), names.get(a.getBrandId()).name(), regions.name(a.getRegionCode()), messages.text(locale, "brand.level." + a.getTargetLevel()),
                messages.text(locale, "application.state." + a.getState()), a.getSubmittedAt(), a.getNoticeStart(), a.getNoticeEnd())).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        model.addAttribute("form", new ApplicationForm(brandId, null, "", "", "", user.displayName(), "", 0));
        return formPage(user, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String open(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = applications.open(form.brandId(), form.draft(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "application.opened");
                return "redirect:/brand-applications/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user, null, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:application:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandApplication application = applications.get(id, user.scope());
        model.addAttribute("app", application);
        model.addAttribute("brand", applications.brandNames(List.of(application.getBrandId())).get(application.getBrandId()));
        model.addAttribute("phone", applications.maskedPhone(application));
        model.addAttribute("files", applications.files(id, user.scope()));
        model.addAttribute("steps", applications.history(id, user.scope()));
        model.addAttribute("objections", applications.objections(id, user.scope()));
        model.addAttribute("actions", applications.availableActions(application));
        model.addAttribute("today", LocalDate.now(clock));
        if (user.can("brand:application:review")) {
            ReviewSummary summary = applications.reviewSummary(id, user.scope());
            model.addAttribute("summary", summary);
            if (application.getState() == ApplicationState.RECOMMENDED || application.getState() == ApplicationState.EXPERT_REVIEW) {
                Set<Long> assigned = summary.reviews().stream().map(ReviewSummary.ExpertReview::expertId).collect(Collectors.toSet());
                List<ExpertChoice> candidates = reviews.candidates(application.getRegionCode(), user.scope()).stream()
                        .filter(e -> !assigned.contains(e.id())).toList();
                model.addAttribute("candidates", candidates);
            }
        }
        reviews.myAssignmentOn(BrandApplication.SUBJECT_TYPE, id).ifPresent(a -> {
            model.addAttribute("myAssignment", a);
            model.addAttribute("rubric", reviews.rubric("brand_application"));
        });
        return "application/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandApplication application = applications.get(id, user.scope());
        model.addAttribute("form", new ApplicationForm(application.getBrandId(), application.getTargetLevel(), application.getReasons(),
                application.getAchievements(), application.getBuildingPlan(), application.getContactName(), "", application.getVersion()));
        return formPage(user, application, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String revise(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ApplicationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        BrandApplication application = applications.get(id, user.scope());
        if (!errors.hasErrors()) {
            try {
                applications.revise(id, form.version(), form.draft(), user.scope());
                redirect.addFlashAttribute("flashSuccess", "application.saved");
                return "redirect:/brand-applications/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return formPage(user, application, model);
    }

    @PostMapping("/{id}/files")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String attach(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam ApplicationService.Purpose purpose,
                  @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        return step(id, redirect, "application.file.saved",
                () -> applications.attach(id, purpose, file.getOriginalFilename(), file.getBytes(), user.scope()));
    }

    @GetMapping("/{id}/files/{fileId}")
    @PreAuthorize("hasAuthority('brand:application:view')")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long fileId) {
        FileContent file = applications.file(id, fileId, user.scope());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    @PostMapping("/{id}/files/{fileId}/delete")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String detach(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
        return step(id, redirect, "application.file.deleted", () -> applications.detach(id, fileId, user.scope()));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String submit(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "application.submitted", () -> applications.submit(id, version, user.scope()));
    }

    @PostMapping("/{id}/withdraw")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String withdraw(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "application.withdrawn", () -> applications.act(id, version, ApplicationAction.WITHDRAW, null, user.scope()));
    }

    @PostMapping("/{id}/recommend")
    @PreAuthorize("hasAuthority('brand:application:recommend')")
    String recommend(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                     @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, "application.recommended", () -> applications.act(id, version, ApplicationAction.RECOMMEND, comment, user.scope()));
    }

    @PostMapping("/{id}/city-approve")
    @PreAuthorize("hasAuthority('brand:application:recommend')")
    String cityApprove(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                       @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, "application.noticeStarted", () -> applications.act(id, version, ApplicationAction.CITY_APPROVE, comment, user.scope()));
    }

    @PostMapping("/{id}/return")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:review')")
    String returnForRevision(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                             @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(id, redirect, "application.returned", () -> applications.returnForRevision(id, version, reason, user.scope()));
    }

    @PostMapping("/{id}/reject")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:decide')")
    String reject(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(id, redirect, "application.rejected", () -> applications.reject(id, version, reason, user.scope()));
    }

    @PostMapping("/{id}/assign-experts")
    @PreAuthorize("hasAuthority('brand:application:review')")
    String assignExperts(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                         @RequestParam(name = "expertIds", required = false) List<Long> expertIds, RedirectAttributes redirect) {
        return step(id, redirect, "application.expertsAssigned",
                () -> applications.assignExperts(id, version, expertIds == null ? List.of() : expertIds, user.scope()));
    }

    @PostMapping("/{id}/add-experts")
    @PreAuthorize("hasAuthority('brand:application:review')")
    String addExperts(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                      @RequestParam(name = "expertIds", required = false) List<Long> expertIds, RedirectAttributes redirect) {
        return step(id, redirect, "application.expertsAssigned",
                () -> applications.addExperts(id, expertIds == null ? List.of() : expertIds, user.scope()));
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('brand:application:decide')")
    String approve(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return step(id, redirect, "application.approved", () -> applications.approve(id, version, comment, user.scope()));
    }

    @PostMapping("/{id}/start-notice")
    @PreAuthorize("hasAuthority('brand:application:decide')")
    String startNotice(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                       @RequestParam(defaultValue = "5") int workingDays, RedirectAttributes redirect) {
        return step(id, redirect, "application.noticeStarted", () -> applications.startNotice(id, version, workingDays, user.scope()));
    }

    @PostMapping("/{id}/objections")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:decide')")
    String recordObjection(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                           @RequestParam(required = false) String objector, @RequestParam(required = false) String content,
                           RedirectAttributes redirect) {
        return step(id, redirect, "application.objection.recorded",
                () -> applications.recordObjection(id, receivedOn, objector, content, user.scope()));
    }

    @PostMapping("/{id}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:decide')")
    String resolveObjection(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long objectionId,
                            @RequestParam boolean upheld, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return step(id, redirect, "application.objection.resolvedOk",
                () -> applications.resolveObjection(id, objectionId, upheld, note, user.scope()));
    }

    @PostMapping("/{id}/designate")
    @PreAuthorize("hasAuthority('brand:application:recommend') or hasAuthority('brand:application:decide')")
    String designate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(id, redirect, "application.designated", () -> applications.designate(id, version, user.scope()));
    }

    @PostMapping("/{id}/score")
    @PreAuthorize("hasAuthority('review:score')")
    String score(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @ModelAttribute ScoreForm form, RedirectAttributes redirect) {
        return step(id, redirect, "review.scored",
                () -> applications.score(id, form.assignmentId(), form.version(), form.scores(), form.comment(), user.scope()));
    }

    /** An expert's scores: one 0–100 value per criterion code. */
    record ScoreForm(long assignmentId, long version, Map<String, Integer> scores, String comment) {
    }

    private String formPage(SignedInAccount user, BrandApplication application, Model model) {
        model.addAttribute("app", application);
        Page<LaborBrand> own = brands.search(BrandFilter.none(), user.scope(), PageRequest.of(0, 500, Sort.by("name")));
        model.addAttribute("brandChoices", own.getContent().stream().filter(b -> b.getLevel() != BrandLevel.NATIONAL).toList());
        model.addAttribute("levels", List.of(BrandLevel.MUNICIPAL, BrandLevel.PROVINCIAL, BrandLevel.NATIONAL));
        return "application/form";
    }

    /** Runs one step; a refusal comes back as the page's error message, the application unchanged. */
    private String step(long id, RedirectAttributes redirect, String success, Step step) {
        try {
            step.run();
            redirect.addFlashAttribute("flashSuccess", success);
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        } catch (IOException e) {
            redirect.addFlashAttribute("flashError", "attachment.empty");
        }
        return "redirect:/brand-applications/" + id;
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }

    private static ApplicationFilter filter(ApplicationState state, BrandLevel level, String q) {
        return new ApplicationFilter(state == null ? null : List.of(state), level, q);
    }

}
