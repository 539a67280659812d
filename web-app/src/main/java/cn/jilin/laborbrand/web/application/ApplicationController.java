package cn.jilin.laborbrand.web.application;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.application.ApplicationFilter;
import cn.jilin.laborbrand.registry.application.ApplicationQueries;
import cn.jilin.laborbrand.registry.application.ApplicationService;
import cn.jilin.laborbrand.registry.application.ApplicationState;
import cn.jilin.laborbrand.registry.application.BrandApplication;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /brand-applications: the list of applications for a brand level, the form that writes one and its page, which
 * offers the steps the user may take now (taken by {@link ApplicationStepController}).
 */
@Controller
@RequestMapping("/brand-applications")
class ApplicationController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    static final List<BrandLevel> LEVELS = List.of(BrandLevel.MUNICIPAL, BrandLevel.PROVINCIAL, BrandLevel.NATIONAL);

    private final ApplicationQueries queries;
    private final ApplicationService drafting;
    private final ApplicationPages pages;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;

    ApplicationController(ApplicationQueries queries, ApplicationService drafting, ApplicationPages pages, BrandService brands,
                          RegionService regions, Messages messages) {
        this.queries = queries;
        this.drafting = drafting;
        this.pages = pages;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:application:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) ApplicationState state,
                @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("updatedAt", "submittedAt", "state", "targetLevel"));
        Page<BrandApplication> result = queries.search(filter(state, level, q), user.scope(), page);
        model.addAttribute("page", result);
        model.addAttribute("brands", queries.brandNames(result.getContent().stream().map(BrandApplication::getBrandId).toList()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("state", state);
        model.addAttribute("level", level);
        model.addAttribute("q", q);
        model.addAttribute("states", ApplicationState.values());
        model.addAttribute("levels", LEVELS);
        return "application/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('brand:application:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) ApplicationState state,
                @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) String q,
                Locale locale, HttpServletResponse response) throws IOException {
        List<BrandApplication> rows = queries.export(filter(state, level, q), user.scope(), DEFAULT_SORT);
        Map<Long, BrandName> names = queries.brandNames(rows.stream().map(BrandApplication::getBrandId).toList());
        List<String> headers = Arrays.stream(new String[]{"number", "brand", "region", "targetLevel", "state", "submittedAt",
                "noticeStart", "noticeEnd", "ministryDocumentNumber", "ministryDocumentDate"})
                .map(h -> messages.text(locale, "application.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "application.export.name"), headers, rows.stream().map(a -> Arrays.<Object>asList(
                a.getId(), names.get(a.getBrandId()).name(), regions.name(a.getRegionCode()), messages.text(locale, "brand.level." + a.getTargetLevel()),
                messages.text(locale, "application.state." + a.getState()), a.getSubmittedAt(), a.getNoticeStart(), a.getNoticeEnd(),
                a.getMinistryDocumentNumber(), a.getMinistryDocumentDate())).toList());
    }

    /** The type-ahead of the form's brand field: brands of the caller's scope that may apply (any but a national one). */
    @GetMapping(value = "/brand-options", produces = "application/json")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    @ResponseBody
    List<Option> brandOptions(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return queries.brandsThatMayApply(q, user.scope(), 20).stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()) + " · " + messages.text("brand.level." + b.level())))
                .toList();
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        model.addAttribute("form", new ApplicationForm(brandId, null, "", "", "", user.displayName(), "", 0));
        return formPage(user.scope(), null, brandId, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String open(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") ApplicationForm form, BindingResult errors,
                Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = drafting.open(form.brandId(), form.draft(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "application.opened");
            return "redirect:/brand-applications/" + id;
        }, () -> formPage(user.scope(), null, form.brandId(), model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:application:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        return pages.detail(user, id, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandApplication application = queries.get(id, user.scope());
        model.addAttribute("form", new ApplicationForm(application.getBrandId(), application.getTargetLevel(), application.getReasons(),
                application.getAchievements(), application.getBuildingPlan(), application.getContactName(), "", application.getVersion()));
        return formPage(user.scope(), application, application.getBrandId(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:application:submit')")
    String revise(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ApplicationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        BrandApplication application = queries.get(id, user.scope());
        return Forms.submit(errors, () -> {
            drafting.revise(id, form.version(), form.draft(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "application.saved");
            return "redirect:/brand-applications/" + id;
        }, () -> formPage(user.scope(), application, application.getBrandId(), model));
    }

    /** The form; the brand chosen (on an edit, or from a brand's page) is named when it lies within the caller's scope. */
    private String formPage(DataScope scope, BrandApplication application, Long brandId, Model model) {
        model.addAttribute("app", application);
        String brandName = "";
        if (brandId != null && brands.visible(List.of(brandId), scope).contains(brandId)) {
            BrandName name = queries.brandNames(List.of(brandId)).get(brandId);
            brandName = name.name() + "（" + messages.text("brand.level." + name.level()) + "）";
        }
        model.addAttribute("brandName", brandName);
        model.addAttribute("levels", LEVELS);
        return "application/form";
    }

    private static ApplicationFilter filter(ApplicationState state, BrandLevel level, String q) {
        return new ApplicationFilter(state == null ? null : List.of(state), level, q);
    }
}
