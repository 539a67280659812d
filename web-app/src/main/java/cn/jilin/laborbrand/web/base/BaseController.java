package cn.jilin.laborbrand.web.base;

import cn.jilin.laborbrand.governance.target.TargetService;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.CityBand;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.base.BaseAction;
import cn.jilin.laborbrand.training.base.BaseFilter;
import cn.jilin.laborbrand.training.base.BaseLevel;
import cn.jilin.laborbrand.training.base.BaseService;
import cn.jilin.laborbrand.training.base.BaseState;
import cn.jilin.laborbrand.training.base.CityCoverage;
import cn.jilin.laborbrand.training.base.CultivationBase;
import cn.jilin.laborbrand.training.institution.InstitutionService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /bases: cultivation bases of the caller's region (all for HRSS), their designation workflow (POST /{id}/{action})
 * and the per-city view against the plan's 1–2 bases per city, the band read from the plan's target row.
 */
@Controller
@RequestMapping("/bases")
class BaseController {

    /** The plan's target row that states the bases per city (二(一)2); its band is what the per-city view holds them to. */
    static final String PER_CITY_TARGET = "BASES_PER_CITY";
    /** The plan's target row that states the provincial bases in all (一: 15 or more). */
    static final String PROVINCIAL_TARGET = "BASES_PROVINCIAL";

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("levelRank"), Sort.Order.asc("regionCode"), Sort.Order.asc("name"));

    private final BaseService bases;
    private final InstitutionService institutions;
    private final BrandService brands;
    private final RegionService regions;
    private final TargetService targets;
    private final Messages messages;

    BaseController(BaseService bases, InstitutionService institutions, BrandService brands, RegionService regions, TargetService targets,
                   Messages messages) {
        this.bases = bases;
        this.institutions = institutions;
        this.brands = brands;
        this.regions = regions;
        this.targets = targets;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) BaseLevel level,
                @RequestParam(required = false) BaseState state, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("name", "regionCode", "levelRank", "state", "capacity"));
        Page<CultivationBase> found = bases.search(filter(q, region, level, state), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("institutionNames", institutions.names(found.map(CultivationBase::getInstitutionId).getContent()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("level", level);
        model.addAttribute("state", state);
        model.addAttribute("regions", regions(user.scope()));
        model.addAttribute("levels", BaseLevel.values());
        model.addAttribute("states", BaseState.values());
        return "base/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('base:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) BaseLevel level,
                @RequestParam(required = false) BaseState state, Locale locale, HttpServletResponse response) throws IOException {
        List<CultivationBase> rows = bases.export(filter(q, region, level, state), user.scope(), DEFAULT_SORT);
        var names = institutions.names(rows.stream().map(CultivationBase::getInstitutionId).toList());
        var brandNames = bases.brandNames(rows.stream().flatMap(b -> b.getBrandIds().stream()).toList());
        List<String> headers = Arrays.stream(new String[]{"name", "region", "institution", "brands", "level", "state", "capacity", "address",
                "contactName", "contactPhone", "evaluation"}).map(h -> messages.text(locale, "base.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "base.export.name"), headers, rows.stream().map(b -> Arrays.<Object>asList(
                b.getName(), regions.name(b.getRegionCode()), names.get(b.getInstitutionId()),
                String.join("、", b.getBrandIds().stream().map(id -> brandNames.get(id) == null ? "" : brandNames.get(id).name()).toList()),
                messages.text(locale, "base.level." + b.getLevel()), messages.text(locale, "base.state." + b.getState()), b.getCapacity(), b.getAddress(),
                b.getContactName(), bases.maskedPhone(b),
                b.getEvaluationYear() == null ? "" : b.getEvaluationYear() + " " + messages.text(locale, "base.action." + b.getEvaluationOutcome())))
                .toList());
    }

    /**
     * Each prefecture-level unit against the band of the plan's target row (training-base cannot read governance's
     * targets, so the band is read here and handed in): the 市（州） below, within or above it, and 长白山管委会 and
     * 梅河口市 beside them, not counted.
     */
    @GetMapping("/cities")
    @PreAuthorize("hasAuthority('base:view')")
    String cities(@AuthenticationPrincipal SignedInAccount user, Model model) {
        CityBand band = targets.band(PER_CITY_TARGET)
                .orElseThrow(() -> new IllegalStateException("plan_target " + PER_CITY_TARGET + " is missing or not PER_REGION"));
        List<CityCoverage> coverage = bases.coverage(user.scope(), band);
        model.addAttribute("coverage", coverage);
        model.addAttribute("band", band);
        model.addAttribute("cities", coverage.stream().filter(c -> !c.isBeside()).count());
        model.addAttribute("below", coverage.stream().filter(CityCoverage::isBelow).count());
        model.addAttribute("within", coverage.stream().filter(CityCoverage::isWithin).count());
        model.addAttribute("above", coverage.stream().filter(CityCoverage::isAbove).count());
        model.addAttribute("beside", String.join("、", coverage.stream().filter(CityCoverage::isBeside).map(CityCoverage::regionName).toList()));
        model.addAttribute("provincial", coverage.stream().mapToLong(CityCoverage::provincial).sum());
        model.addAttribute("provincialTarget", targets.aim(PROVINCIAL_TARGET)
                .orElseThrow(() -> new IllegalStateException("plan_target " + PROVINCIAL_TARGET + " is missing or not COUNT")));
        return "base/cities";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('base:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CultivationBase base = bases.get(id, user.scope());
        model.addAttribute("base", base);
        model.addAttribute("institutionName", institutions.names(List.of(base.getInstitutionId())).get(base.getInstitutionId()));
        model.addAttribute("brandNames", bases.brandNames(base.getBrandIds()).values());
        model.addAttribute("phone", bases.maskedPhone(base));
        model.addAttribute("steps", bases.history(id, user.scope()));
        model.addAttribute("actions", bases.availableActions(base));
        return "base/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('base:edit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        BaseForm form = BaseForm.empty(user.scope().regionCode());
        model.addAttribute("form", form);
        return formPage(user.scope(), form, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('base:edit')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") BaseForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = bases.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "base.registered");
            return "redirect:/bases/" + id;
        }, () -> formPage(user.scope(), form, null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('base:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CultivationBase base = bases.get(id, user.scope());
        BaseForm form = BaseForm.of(base);
        model.addAttribute("form", form);
        return formPage(user.scope(), form, base, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('base:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") BaseForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        CultivationBase base = bases.get(id, user.scope());
        return Forms.submit(errors, () -> {
            bases.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "base.updated");
            return "redirect:/bases/" + id;
        }, () -> formPage(user.scope(), form, base, model));
    }

    /** The type-ahead of base fields: up to 20 bases within the caller's scope whose name contains {@code q}. */
    @GetMapping(value = "/options", produces = "application/json")
    @PreAuthorize("hasAuthority('base:view')")
    @ResponseBody
    List<Option> options(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return bases.options(q, user.scope(), 20).stream().map(b -> new Option(b.getId(), b.getName(), regions.name(b.getRegionCode()))).toList();
    }

    /**
     * One step of the designation workflow, e.g. POST /bases/7/designate-municipal with version and comment; a segment
     * that names no step is a 404.
     */
    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAuthority('base:city:decide') or hasAuthority('base:province:decide')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action, @RequestParam long version,
               @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        BaseAction step = bases.action(action);
        try {
            bases.take(id, version, step, comment, user.scope());
            redirect.addFlashAttribute("flashSuccess", "base.done." + step.name());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/bases/" + id;
    }

    /**
     * The form, with the name of the institution it has chosen (typed and looked up, not listed); brands are every
     * active brand's public name (a base may grow brands of other regions).
     */
    private String formPage(DataScope scope, BaseForm form, CultivationBase base, Model model) {
        model.addAttribute("base", base);
        model.addAttribute("regions", regions(scope));
        model.addAttribute("institutionName", form.institutionId() == null ? null
                : institutions.names(List.of(form.institutionId())).get(form.institutionId()));
        model.addAttribute("brands", brands.choices());
        return "base/form";
    }

    private List<cn.jilin.laborbrand.platform.region.Region> regions(DataScope scope) {
        return regions.within(scope);
    }

    private BaseFilter filter(String q, String region, BaseLevel level, BaseState state) {
        return new BaseFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), level, state, q);
    }

}
