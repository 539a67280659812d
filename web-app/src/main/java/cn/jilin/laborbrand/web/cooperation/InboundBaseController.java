package cn.jilin.laborbrand.web.cooperation;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.api.PublicQuery;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.training.cooperation.InboundBase;
import cn.jilin.laborbrand.training.cooperation.InboundBaseDetails;
import cn.jilin.laborbrand.training.cooperation.InboundBaseService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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

/** /cooperation/input-bases: 劳务输入基地 (二(二)2), the places outside Jilin that take its workers. */
@Controller
@RequestMapping("/cooperation/input-bases")
class InboundBaseController {

    /** The input base form as posted. */
    record InboundBaseForm(@NotBlank @Size(max = 100) String name, @NotBlank String regionCode, @Size(max = 100) String partnerName,
                           Long partnerOrganisationId, @NotBlank @Size(max = 100) String place,
                           @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil, @Size(max = 12) String occupationCode,
                           Long brandId, @Size(max = 2000) String note, long version) {
        InboundBaseDetails details() {
            return new InboundBaseDetails(name, regionCode, partnerName, partnerOrganisationId, place, signedOn, validUntil, occupationCode, brandId, note);
        }
    }

    private final InboundBaseService bases;
    private final RegionService regions;
    private final OrganisationService organisations;
    private final OccupationService occupations;
    private final BrandService brands;
    private final Messages messages;

    InboundBaseController(InboundBaseService bases, RegionService regions, OrganisationService organisations, OccupationService occupations,
                          BrandService brands, Messages messages) {
        this.bases = bases;
        this.regions = regions;
        this.organisations = organisations;
        this.occupations = occupations;
        this.brands = brands;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('cooperation:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("regionCode", "name"), Set.of("name", "regionCode", "place", "signedOn", "validUntil"));
        String text = PublicQuery.text(q);
        var result = bases.search(text, codes(region), user.scope(), page);
        model.addAttribute("page", result);
        model.addAttribute("partners", partnerNames(result.getContent()));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", text);
        model.addAttribute("region", region);
        model.addAttribute("regions", regions.within(user.scope()));
        model.addAttribute("occupations", occupations.byCode());
        return "cooperation/input-base/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('cooperation:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
                Locale locale, HttpServletResponse response) throws IOException {
        List<InboundBase> rows = bases.export(PublicQuery.text(q), codes(region), user.scope());
        Map<Long, String> partners = partnerNames(rows);
        List<String> headers = Arrays.stream(new String[]{"name", "region", "partner", "place", "signedOn", "validUntil", "occupation", "note"})
                .map(h -> messages.text(locale, "cooperation.base.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "cooperation.base.export.name"), headers, rows.stream().map(b -> Arrays.<Object>asList(
                b.getName(), regions.name(b.getRegionCode()), partner(b, partners), b.getPlace(), b.getSignedOn(), b.getValidUntil(),
                b.getOccupationCode() == null ? "" : occupations.label(b.getOccupationCode()), b.getNote())).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new InboundBaseForm("", user.scope().regionCode(), "", null, "", null, null, "", null, "", 0));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") InboundBaseForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = bases.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.base.registered");
            return "redirect:/cooperation/input-bases/" + id;
        }, () -> formPage(user.scope(), null, model));
    }

    /** An input base, its partner, occupation and brand by name, and its history (recorded, changed: who, when, what). */
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('cooperation:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        InboundBase base = bases.get(id, user.scope());
        model.addAttribute("base", base);
        model.addAttribute("partner", partner(base, partnerNames(List.of(base))));
        model.addAttribute("occupation", base.getOccupationCode() == null ? null : occupations.label(base.getOccupationCode()));
        model.addAttribute("brand", base.getBrandId() == null ? null : brands.names(List.of(base.getBrandId())).get(base.getBrandId()));
        model.addAttribute("history", bases.history(id, user.scope()));
        return "cooperation/input-base/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        InboundBase b = bases.get(id, user.scope());
        InboundBaseDetails d = b.details();
        model.addAttribute("form", new InboundBaseForm(d.name(), d.regionCode(), d.partnerName(), d.partnerOrganisationId(), d.place(), d.signedOn(),
                d.validUntil(), d.occupationCode(), d.brandId(), d.note(), b.getVersion()));
        return formPage(user.scope(), b, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") InboundBaseForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        InboundBase base = bases.get(id, user.scope());
        return Forms.submit(errors, () -> {
            bases.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.base.updated");
            return "redirect:/cooperation/input-bases/" + id;
        }, () -> formPage(user.scope(), base, model));
    }

    private String formPage(DataScope scope, InboundBase base, Model model) {
        model.addAttribute("base", base);
        model.addAttribute("regions", regions.within(scope));
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("brands", brands.choices());
        model.addAttribute("organisations", organisations.choices());
        return "cooperation/input-base/form";
    }

    private Map<Long, String> partnerNames(List<InboundBase> rows) {
        List<Long> ids = rows.stream().map(InboundBase::getPartnerOrganisationId).filter(java.util.Objects::nonNull).distinct().toList();
        Map<Long, String> names = new java.util.HashMap<>();
        organisations.choices(ids).forEach((id, c) -> names.put(id, c.name()));
        return names;
    }

    private static String partner(InboundBase b, Map<Long, String> partners) {
        String directory = b.getPartnerOrganisationId() == null ? null : partners.get(b.getPartnerOrganisationId());
        if (directory == null) {
            return b.getPartnerName();
        }
        return b.getPartnerName() == null || b.getPartnerName().equals(directory) ? directory : directory + "（" + b.getPartnerName() + "）";
    }

    private Collection<String> codes(String region) {
        return region == null || region.isBlank() ? null : regions.coveredCodes(region);
    }
}
