package cn.jilin.laborbrand.web.promotion.figure;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.figure.FigureFilter;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.FigureService;
import cn.jilin.laborbrand.promotion.figure.TypicalFigure;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * /promotion/figures: typical figures (典型人物, 三(三)) of the caller's region — list, export, record, edit, photo, the
 * signed consent, publication by HRSS and its withdrawal.
 */
@Controller
@RequestMapping("/promotion/figures")
class FigureController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));
    private static final Set<String> SORTABLE = Set.of("name", "role", "regionCode", "updatedAt", "publishedAt");

    private final FigureService figures;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;

    FigureController(FigureService figures, BrandService brands, RegionService regions, Messages messages) {
        this.figures = figures;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('promotion:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                @RequestParam(required = false) FigureRole role, @RequestParam(required = false) Boolean published, Pageable pageable,
                Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, SORTABLE);
        Page<TypicalFigure> found = figures.search(filter(q, region, brandId, role, published), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("brandNames", brands.names(found.map(TypicalFigure::getBrandId).toSet()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("brandId", brandId);
        model.addAttribute("brandName", brandId == null ? null : brandName(brandId));
        model.addAttribute("role", role);
        model.addAttribute("published", published);
        model.addAttribute("roles", FigureRole.values());
        model.addAttribute("regions", regions.within(user.scope()));
        return "promotion/figure/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('promotion:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) Long brandId,
                @RequestParam(required = false) FigureRole role, @RequestParam(required = false) Boolean published, Locale locale,
                HttpServletResponse response) throws IOException {
        List<TypicalFigure> rows = figures.export(filter(q, region, brandId, role, published), user.scope(), DEFAULT_SORT);
        Map<Long, BrandName> names = brands.names(rows.stream().map(TypicalFigure::getBrandId).collect(Collectors.toSet()));
        List<String> headers = Arrays.stream(new String[]{"name", "sex", "birthYear", "role", "brand", "region", "headline", "consent",
                "published", "publishedAt"}).map(h -> messages.text(locale, "promotion.figure.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "promotion.figure.export.name"), headers, rows.stream().map(f -> Arrays.<Object>asList(
                f.getName(), messages.text(locale, "promotion.figure.sex." + f.getSex()), f.getBirthYear(),
                messages.text(locale, "promotion.figure.role." + f.getRole()),
                names.containsKey(f.getBrandId()) ? names.get(f.getBrandId()).name() : "", regions.name(f.getRegionCode()), f.getHeadline(),
                messages.text(locale, f.getConsent().inForce() ? "promotion.consent.inForce" : "promotion.consent.none"),
                messages.text(locale, f.isPublished() ? "promotion.figure.published.yes" : "promotion.figure.published.no"),
                f.isPublished() ? f.getPublishedAt() : null)).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long brandId, Model model) {
        model.addAttribute("form", FigureForm.empty(brandId));
        return formPage(user.scope(), null, brandId, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('promotion:manage')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") FigureForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = figures.create(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.figure.created");
            return "redirect:/promotion/figures/" + id;
        }, () -> formPage(user.scope(), null, form.brandId(), model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        TypicalFigure figure = figures.get(id, user.scope());
        model.addAttribute("figure", figure);
        model.addAttribute("brandName", brandName(figure.getBrandId()));
        model.addAttribute("history", figures.history(id, user.scope()));
        return "promotion/figure/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        TypicalFigure figure = figures.get(id, user.scope());
        model.addAttribute("form", FigureForm.of(figure));
        return formPage(user.scope(), id, figure.getBrandId(), model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") FigureForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        figures.get(id, user.scope());
        return Forms.submit(errors, () -> {
            figures.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "promotion.figure.updated");
            return "redirect:/promotion/figures/" + id;
        }, () -> formPage(user.scope(), id, form.brandId(), model));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String delete(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        return act(redirect, "/promotion/figures", "promotion.figure.deleted", "redirect:/promotion/figures/" + id,
                () -> figures.delete(id, user.scope()));
    }

    @PostMapping("/{id}/photo")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String uploadPhoto(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("photo") MultipartFile photo,
                       RedirectAttributes redirect) throws IOException {
        byte[] bytes = photo.getBytes();
        return act(redirect, "/promotion/figures/" + id, "promotion.figure.photo.saved", null,
                () -> figures.replacePhoto(id, photo.getOriginalFilename(), bytes, user.scope()));
    }

    @GetMapping("/{id}/photo")
    @PreAuthorize("hasAuthority('promotion:view')")
    ResponseEntity<byte[]> photo(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        return figures.photo(id, user.scope()).map(FigureController::file).orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The signed consent form (发布同意书): the scan, the day it was signed and what it covers. */
    @PostMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String recordConsent(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam("file") MultipartFile file,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                         @RequestParam(defaultValue = "false") boolean coversName, @RequestParam(defaultValue = "false") boolean coversPhoto,
                         @RequestParam(defaultValue = "false") boolean coversStory, RedirectAttributes redirect) throws IOException {
        byte[] bytes = file.getBytes();
        return act(redirect, "/promotion/figures/" + id, "promotion.consent.saved", null, () -> figures.recordConsent(id,
                file.getOriginalFilename(), bytes, signedOn, coversName, coversPhoto, coversStory, user.scope()));
    }

    @GetMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('promotion:view')")
    ResponseEntity<byte[]> consentForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        return figures.consentForm(id, user.scope()).map(FigureController::file).orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/{id}/withdraw-consent")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String withdrawConsent(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                           @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        return act(redirect, "/promotion/figures/" + id, "promotion.consent.withdrawn", null,
                () -> figures.withdrawConsent(id, bounded(comment), user.scope()));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('promotion:publish')")
    String publish(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                   RedirectAttributes redirect) {
        return act(redirect, "/promotion/figures/" + id, "promotion.figure.publishedNow", null,
                () -> figures.publish(id, version, user.scope()));
    }

    @PostMapping("/{id}/unpublish")
    @PreAuthorize("hasAuthority('promotion:manage')")
    String unpublish(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(required = false) String comment,
                     RedirectAttributes redirect) {
        return act(redirect, "/promotion/figures/" + id, "promotion.figure.unpublishedNow", null,
                () -> figures.unpublish(id, bounded(comment), user.scope()));
    }

    /** A detail page's action: done → back with the success message; refused by a rule → back with the reason. */
    private static String act(RedirectAttributes redirect, String done, String success, String refused, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashSuccess", success);
            return "redirect:" + done;
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return refused != null ? refused : "redirect:" + done;
        }
    }

    private String formPage(DataScope scope, Long id, Long brandId, Model model) {
        model.addAttribute("figureId", id);
        model.addAttribute("brandName", brandId != null && brands.visible(List.of(brandId), scope).contains(brandId) ? brandName(brandId) : "");
        model.addAttribute("roles", FigureRole.values());
        model.addAttribute("regions", regions.within(scope));
        return "promotion/figure/form";
    }

    private String brandName(long brandId) {
        BrandName name = brands.names(List.of(brandId)).get(brandId);
        return name == null ? "" : name.name();
    }

    private FigureFilter filter(String q, String region, Long brandId, FigureRole role, Boolean published) {
        return new FigureFilter(q, region == null || region.isBlank() ? null : regions.coveredCodes(region), brandId, role, published);
    }

    private static String bounded(String comment) {
        return comment == null ? null : comment.length() > 500 ? comment.substring(0, 500) : comment;
    }

    static ResponseEntity<byte[]> file(FileContent file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache().cachePrivate()).header("X-Content-Type-Options", "nosniff")
                .body(file.bytes());
    }
}
