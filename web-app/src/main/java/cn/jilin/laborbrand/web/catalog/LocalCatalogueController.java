package cn.jilin.laborbrand.web.catalog;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.catalog.BrandDevelopmentPlan;
import cn.jilin.laborbrand.registry.catalog.CatalogOwner;
import cn.jilin.laborbrand.registry.catalog.CatalogProject;
import cn.jilin.laborbrand.registry.catalog.CatalogStatus;
import cn.jilin.laborbrand.registry.catalog.DevelopmentPlanDetails;
import cn.jilin.laborbrand.registry.catalog.GuidanceCatalogService;
import cn.jilin.laborbrand.registry.catalog.LocalCatalogueService;
import cn.jilin.laborbrand.registry.catalog.ProjectDetails;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.support.FileDownloads;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * The local catalogues (二(一)1, 二(一)3): /catalog/cities, the roll-up of every city's resource library that the
 * province reads, and each city's page (its catalogue's brands and key projects, its development plans for its brands);
 * /catalog/projects, the key projects of every catalogue; /catalog/plans, the cities' development plans and their
 * documents. A catalogue's own office keeps it; everyone who sees brands reads what lies in their scope.
 */
@Controller
@RequestMapping("/catalog")
class LocalCatalogueController {

    record ProjectForm(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 6) String regionCode,
                       @NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 100) String leadOrganisation,
                       Long brandId, @NotNull Integer year, long version) {

        ProjectDetails details() {
            return new ProjectDetails(name, regionCode, description, leadOrganisation, brandId, year);
        }
    }

    record PlanForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 100) String issuer,
                    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, @NotNull Integer firstYear,
                    @NotNull Integer lastYear, @Size(max = 2000) String summary, List<Long> brandIds, long version) {

        DevelopmentPlanDetails details() {
            return new DevelopmentPlanDetails(title, issuer, issuedOn, firstYear, lastYear, summary, brandIds);
        }
    }

    private static final Sort PROJECT_SORT = Sort.by(Sort.Order.asc("status"), Sort.Order.desc("catalogYear"),
            Sort.Order.asc("regionCode"), Sort.Order.asc("name"));
    private static final Set<String> PROJECT_SORTABLE = Set.of("name", "regionCode", "catalogYear", "status");

    private final LocalCatalogueService local;
    private final GuidanceCatalogService catalog;
    private final BrandService brands;
    private final RegionService regions;
    private final Catalogues catalogues;
    private final Messages messages;

    LocalCatalogueController(LocalCatalogueService local, GuidanceCatalogService catalog, BrandService brands, RegionService regions,
                             Catalogues catalogues, Messages messages) {
        this.local = local;
        this.catalog = catalog;
        this.brands = brands;
        this.regions = regions;
        this.catalogues = catalogues;
        this.messages = messages;
    }

    // ---- the roll-up and a city's page ----------------------------------------------------------------------------

    @GetMapping("/cities")
    @PreAuthorize("hasAuthority('brand:view')")
    String cities(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("cities", local.rollUp(user.scope()));
        model.addAttribute("kept", catalog.keptBy(user.scope()).orElse(null));
        return "catalog/cities";
    }

    @GetMapping("/cities/{regionCode}")
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String city(@AuthenticationPrincipal SignedInAccount user, @PathVariable String regionCode, Model model) {
        LocalCatalogueService.CityCatalogue city = local.city(regionCode, user.scope());
        CatalogOwner owner = CatalogOwner.city(city.region().getCode());
        model.addAttribute("city", city);
        model.addAttribute("owner", owner);
        model.addAttribute("keeps", user.can("catalog:manage") && owner.keptBy(user.scope()));
        Page<CatalogProject> projects = local.projects(owner, CatalogStatus.LISTED, user.scope(), PageRequest.of(0, 50, PROJECT_SORT));
        model.addAttribute("projects", projects);
        model.addAttribute("brandNames", projectBrandNames(projects.getContent()));
        return "catalog/city";
    }

    // ---- key projects ---------------------------------------------------------------------------------------------

    @GetMapping("/projects")
    @PreAuthorize("hasAuthority('brand:view')")
    String projects(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String catalogue,
                    @RequestParam(required = false) CatalogStatus status, Pageable pageable, Locale locale, Model model) {
        Pageable page = Listing.sanitise(pageable, PROJECT_SORT, PROJECT_SORTABLE);
        String shown = catalogues.choice(catalogue == null ? Catalogues.ALL : catalogue, user.scope());
        Page<CatalogProject> projects = local.projects(catalogues.owner(shown), status, user.scope(), page);
        model.addAttribute("page", projects);
        model.addAttribute("brandNames", projectBrandNames(projects.getContent()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("catalogue", shown);
        model.addAttribute("catalogues", catalogues.options(user.scope(), locale));
        model.addAttribute("status", status);
        model.addAttribute("statuses", CatalogStatus.values());
        model.addAttribute("kept", catalog.keptBy(user.scope()).orElse(null));
        return "catalog/projects";
    }

    @GetMapping("/projects/export")
    @PreAuthorize("hasAuthority('brand:view')")
    void exportProjects(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String catalogue,
                        @RequestParam(required = false) CatalogStatus status, Locale locale, HttpServletResponse response) throws IOException {
        String shown = catalogues.choice(catalogue == null ? Catalogues.ALL : catalogue, user.scope());
        List<CatalogProject> rows = local.exportProjects(catalogues.owner(shown), status, user.scope(), PROJECT_SORT);
        Map<Long, String> names = projectBrandNames(rows);
        List<String> headers = Arrays.stream(new String[]{"catalogue", "name", "region", "lead", "brand", "year", "status", "description",
                "removalReason"}).map(h -> messages.text(locale, "catalog.project.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "catalog.project.export.name"), headers, rows.stream().map(p -> Arrays.<Object>asList(
                catalogues.name(p.getOwner(), locale), p.getName(), regions.name(p.getRegionCode()), p.getLeadOrganisation(),
                p.getBrandId() == null ? "" : names.getOrDefault(p.getBrandId(), ""), p.getCatalogYear(),
                messages.text(locale, "catalog.status." + p.getStatus()), p.getDescription(), p.getRemovalReason())).toList());
    }

    @GetMapping("/projects/new")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String newProject(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new ProjectForm("", "", "", "", null, catalog.currentYear(), 0));
        return projectForm(user.scope(), null, model);
    }

    @PostMapping("/projects")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String addProject(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") ProjectForm form, BindingResult errors,
                      Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = local.addProject(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.project.added");
            return "redirect:/catalog/projects/" + id;
        }, () -> projectForm(user.scope(), null, model));
    }

    @GetMapping("/projects/{id}")
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String project(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CatalogProject project = local.project(id, user.scope());
        model.addAttribute("project", project);
        model.addAttribute("history", local.projectHistory(id, user.scope()));
        model.addAttribute("brandNames", projectBrandNames(List.of(project)));
        model.addAttribute("keeps", user.can("catalog:manage") && local.keeps(project, user.scope()));
        return "catalog/project";
    }

    @GetMapping("/projects/{id}/edit")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String editProject(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        CatalogProject project = local.project(id, user.scope());
        ProjectDetails d = project.details();
        model.addAttribute("form", new ProjectForm(d.name(), d.regionCode(), d.description(), d.leadOrganisation(), d.brandId(), d.year(),
                project.getVersion()));
        return projectForm(user.scope(), id, model);
    }

    @PostMapping("/projects/{id}/edit")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String updateProject(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form,
                         BindingResult errors, Model model, RedirectAttributes redirect) {
        local.project(id, user.scope());
        return Forms.submit(errors, () -> {
            local.updateProject(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.project.saved");
            return "redirect:/catalog/projects/" + id;
        }, () -> projectForm(user.scope(), id, model));
    }

    @PostMapping("/projects/{id}/remove")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String removeProject(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String reason,
                         @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
        local.project(id, user.scope());
        try {
            if (reason != null && reason.length() > 2000) {
                throw new RuleViolation("reason", "catalog.reason.tooLong");
            }
            local.removeProject(id, version, reason, user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.project.removed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/catalog/projects/" + id;
    }

    // ---- the cities' development plans ----------------------------------------------------------------------------

    @GetMapping("/plans/new")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String newPlan(@AuthenticationPrincipal SignedInAccount user, Model model) {
        int year = catalog.currentYear();
        model.addAttribute("form", new PlanForm("", "", null, year, year + 2, "", List.of(), 0));
        return planForm(user.scope(), null, model);
    }

    @PostMapping("/plans")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String addPlan(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
                   Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = local.addPlan(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.plan.added");
            return "redirect:/catalog/plans/" + id;
        }, () -> planForm(user.scope(), null, model));
    }

    @GetMapping("/plans/{id}")
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    String plan(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandDevelopmentPlan plan = local.plan(id, user.scope());
        model.addAttribute("plan", plan);
        model.addAttribute("planBrands", local.planBrands(id, user.scope()));
        model.addAttribute("documents", local.planDocuments(id, user.scope()));
        model.addAttribute("keeps", user.can("catalog:manage") && local.keeps(plan, user.scope()));
        return "catalog/plan";
    }

    @GetMapping("/plans/{id}/edit")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String editPlan(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        BrandDevelopmentPlan plan = local.plan(id, user.scope());
        DevelopmentPlanDetails d = plan.details();
        model.addAttribute("form", new PlanForm(d.title(), d.issuer(), d.issuedOn(), d.firstYear(), d.lastYear(), d.summary(), d.brandIds(),
                plan.getVersion()));
        return planForm(user.scope(), id, model);
    }

    @PostMapping("/plans/{id}/edit")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String updatePlan(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") PlanForm form,
                      BindingResult errors, Model model, RedirectAttributes redirect) {
        local.plan(id, user.scope());
        return Forms.submit(errors, () -> {
            local.updatePlan(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.plan.saved");
            return "redirect:/catalog/plans/" + id;
        }, () -> planForm(user.scope(), id, model));
    }

    @PostMapping("/plans/{id}/documents")
    @PreAuthorize("hasAuthority('catalog:manage')")
    String attachDocument(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                          RedirectAttributes redirect) throws IOException {
        local.plan(id, user.scope());
        try {
            local.attachPlanDocument(id, file.getOriginalFilename(), file.getBytes(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "catalog.plan.document.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/catalog/plans/" + id + "#documents";
    }

    @GetMapping("/plans/{id}/documents/{attachmentId}")
    @PreAuthorize("hasAuthority('brand:view')")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long attachmentId) {
        FileContent file = local.planDocument(id, attachmentId, user.scope());
        return FileDownloads.attachment(file);
    }

    // ---- pages ----------------------------------------------------------------------------------------------------

    private String projectForm(DataScope scope, Long id, Model model) {
        ProjectForm form = (ProjectForm) model.getAttribute("form");
        model.addAttribute("projectId", id);
        model.addAttribute("kept", catalog.keptBy(scope).orElse(null));
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("years", years());
        model.addAttribute("brandName", form == null || form.brandId() == null ? "" : brandNames(form.brandId(), scope).stream()
                .map(BrandName::name).findFirst().orElse(""));
        return "catalog/project-form";
    }

    private String planForm(DataScope scope, Long id, Model model) {
        PlanForm form = (PlanForm) model.getAttribute("form");
        model.addAttribute("planId", id);
        model.addAttribute("kept", catalog.keptBy(scope).filter(o -> !o.isProvince()).orElse(null));
        model.addAttribute("chosenBrands", form == null || form.brandIds() == null ? List.of()
                : brandNames(form.brandIds().stream().limit(LocalCatalogueService.MAX_PLAN_BRANDS).toList(), scope).stream()
                .map(b -> new Option(b.id(), b.name(), regions.name(b.regionCode()))).toList());
        return "catalog/plan-form";
    }

    /** The names of the brands among {@code ids} that the scope sees. */
    private List<BrandName> brandNames(Long id, DataScope scope) {
        return brandNames(List.of(id), scope);
    }

    private List<BrandName> brandNames(List<Long> ids, DataScope scope) {
        List<Long> known = ids.stream().filter(Objects::nonNull).distinct().toList();
        Set<Long> visible = brands.visible(known, scope);
        return brands.names(visible).values().stream().sorted(Comparator.comparing(BrandName::name)).toList();
    }

    /** The names of the projects' brands, by id (the projects were read within the scope, so are their brands' names). */
    private Map<Long, String> projectBrandNames(List<CatalogProject> projects) {
        List<Long> ids = projects.stream().map(CatalogProject::getBrandId).filter(Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : brands.names(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    private List<Integer> years() {
        return IntStream.rangeClosed(GuidanceCatalogService.FIRST_YEAR, catalog.currentYear() + 1).boxed()
                .sorted(Comparator.reverseOrder()).toList();
    }
}
