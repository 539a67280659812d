package cn.jilin.laborbrand.web.brand;

import org.springframework.web.bind.annotation.ResponseBody;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.application.ApplicationQueries;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import cn.jilin.laborbrand.registry.catalog.GuidanceCatalogService;
import cn.jilin.laborbrand.registry.credit.CreditService;
import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseService;
import cn.jilin.laborbrand.registry.finance.BrandInsuranceService;
import cn.jilin.laborbrand.registry.finance.PledgeLoanService;
import cn.jilin.laborbrand.registry.mark.BrandMarkService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
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
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /brands: the labor brands of the caller's region (the whole province for HRSS), their figures, logo and level. */
@Controller
@RequestMapping("/brands")
class BrandController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("levelRank"), Sort.Order.asc("regionCode"), Sort.Order.asc("name"));

    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;
    private final ApplicationQueries applications;
    private final CreditService credit;
    private final GuidanceCatalogService catalog;
    private final LeadingEnterpriseService enterprises;
    private final BrandMarkService marks;
    private final PledgeLoanService pledges;
    private final BrandInsuranceService insurance;

    BrandController(BrandService brands, RegionService regions, Messages messages, CreditService credit,
                    GuidanceCatalogService catalog, LeadingEnterpriseService enterprises, BrandMarkService marks, ApplicationQueries applications,
                    PledgeLoanService pledges, BrandInsuranceService insurance) {
        this.applications = applications;
        this.pledges = pledges;
        this.insurance = insurance;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
        this.credit = credit;
        this.catalog = catalog;
        this.enterprises = enterprises;
        this.marks = marks;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) BrandLevel level,
                @RequestParam(required = false) BrandType type, @RequestParam(required = false) BrandMaturity maturity,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT,
                Set.of("name", "regionCode", "levelRank", "type", "maturity", "workforceSize", "annualLaborIncome"));
        Page<LaborBrand> found = brands.search(filter(q, region, level, type, maturity), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("creditRatings", credit.currentRatings(found.map(LaborBrand::getId).getContent(), user.scope()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("level", level);
        model.addAttribute("type", type);
        model.addAttribute("maturity", maturity);
        addChoices(model, user.scope());
        return "brand/list";
    }

    /** The type-ahead of brand fields: up to 20 brands within the caller's scope whose name contains {@code q}. */
    @GetMapping(value = "/options", produces = "application/json")
    @PreAuthorize("hasAuthority('brand:view')")
    @ResponseBody
    List<Option> options(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return brands.options(q, user.scope(), 20).stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList();
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('brand:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) BrandLevel level,
                @RequestParam(required = false) BrandType type, @RequestParam(required = false) BrandMaturity maturity,
                Locale locale, HttpServletResponse response) throws IOException {
        List<LaborBrand> rows = brands.export(filter(q, region, level, type, maturity), user.scope(), DEFAULT_SORT);
        List<String> headers = Arrays.stream(new String[]{"name", "region", "scope", "type", "industry", "maturity", "level",
                "workforceSize", "annualLaborIncome", "trainedCount", "certifiedCount", "brandLeader", "trademarkNumber",
                "occupations", "status", "demo"}).map(h -> messages.text(locale, "brand.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "brand.export.name"), headers, rows.stream().map(b -> Arrays.<Object>asList(
                b.getName(), regions.find(b.getRegionCode()).map(Region::getFullName).orElse(b.getRegionCode()),
                messages.text(locale, "brand.scope." + b.getScope()), messages.text(locale, "brand.type." + b.getType()),
                b.getIndustry() + " " + messages.text(locale, "industry." + b.getIndustry()), messages.text(locale, "brand.maturity." + b.getMaturity()),
                messages.text(locale, "brand.level." + b.getLevel()), b.getWorkforceSize(), b.getAnnualLaborIncome(), b.getTrainedCount(),
                b.getCertifiedCount(), b.getBrandLeader(), b.getTrademarkNumber(), b.getOccupations(),
                messages.text(locale, "brand.status." + b.getStatus()), b.isDemo() ? messages.text(locale, "brand.demo") : "")).toList());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        LaborBrand brand = brands.get(id, user.scope());
        model.addAttribute("brand", brand);
        model.addAttribute("region", regions.find(brand.getRegionCode()).orElseThrow());
        model.addAttribute("history", brands.levelHistory(id, user.scope()));
        model.addAttribute("lowerLevels", Arrays.stream(BrandLevel.values()).filter(l -> brand.getLevel().isAbove(l)).toList());
        // sections of the catalogue, credit, leading-enterprise and mark features (their fragments live in their templates)
        model.addAttribute("creditRating", credit.currentRating(id, user.scope()).orElse(null));
        model.addAttribute("catalogEntries", catalog.entriesOfBrand(id, user.scope()));
        model.addAttribute("catalogListable", user.can("catalog:manage") && catalog.listable(id, user.scope()));
        model.addAttribute("catalogYear", catalog.currentYear());
        model.addAttribute("leadingEnterprises", enterprises.ofBrand(id, user.scope()));
        model.addAttribute("marks", marks.ofBrand(id, user.scope()));
        if (user.can("brand:application:view")) {
            model.addAttribute("brandApplications", applications.ofBrand(id, user.scope()));
        }
        if (user.can("finance:view")) {
            model.addAttribute("brandPledges", pledges.ofBrand(id, user.scope()));
            model.addAttribute("brandInsurance", insurance.ofBrand(id, user.scope()));
        }
        return "brand/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('brand:edit')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", BrandForm.empty(user.scope().regionCode()));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('brand:edit')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") BrandForm form,
                    BindingResult errors, Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = brands.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "brand.registered");
            return "redirect:/brands/" + id;
        }, () -> formPage(user.scope(), null, model));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('brand:edit')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        LaborBrand brand = brands.get(id, user.scope());
        model.addAttribute("form", BrandForm.of(brand.details(), brand.getVersion()));
        return formPage(user.scope(), brand, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('brand:edit')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") BrandForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        LaborBrand brand = brands.get(id, user.scope());
        return Forms.submit(errors, () -> {
            brands.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "brand.updated");
            return "redirect:/brands/" + id;
        }, () -> formPage(user.scope(), brand, model));
    }

    @PostMapping("/{id}/logo")
    @PreAuthorize("hasAuthority('brand:edit')")
    String uploadLogo(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("logo") MultipartFile logo,
                      RedirectAttributes redirect) throws IOException {
        try {
            brands.replaceLogo(id, logo.getOriginalFilename(), logo.getBytes(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "brand.logo.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/brands/" + id;
    }

    @GetMapping("/{id}/logo")
    @PreAuthorize("hasAuthority('brand:view')")
    ResponseEntity<byte[]> logo(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        return brands.logo(id, user.scope())
                .map(this::image)
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/level")
    @PreAuthorize("hasAuthority('brand:level:lower')")
    String lowerLevel(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) String reason,
                      RedirectAttributes redirect) {
        try {
            brands.lowerLevel(id, version, level, reason, user.scope());
            redirect.addFlashAttribute("flashSuccess", "brand.level.lowered");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/brands/" + id;
    }

    private ResponseEntity<byte[]> image(FileContent file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }

    private String formPage(DataScope scope, LaborBrand brand, Model model) {
        model.addAttribute("brand", brand);
        addChoices(model, scope);
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("scopes", BrandScope.values());
        model.addAttribute("statuses", BrandStatus.values());
        return "brand/form";
    }

    private void addChoices(Model model, DataScope scope) {
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("levels", BrandLevel.values());
        model.addAttribute("types", BrandType.values());
        model.addAttribute("maturities", BrandMaturity.values());
    }

    private BrandFilter filter(String q, String region, BrandLevel level, BrandType type, BrandMaturity maturity) {
        return new BrandFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), level, type, maturity, q);
    }

}
