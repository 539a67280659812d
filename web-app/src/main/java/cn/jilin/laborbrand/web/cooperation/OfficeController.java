package cn.jilin.laborbrand.web.cooperation;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.web.api.PublicQuery;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.cooperation.OfficeDetails;
import cn.jilin.laborbrand.training.cooperation.OfficeService;
import cn.jilin.laborbrand.training.cooperation.OutboundOffice;
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
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cooperation/offices: 驻外劳务机构 (二(二)2), Jilin's resident offices outside the province. */
@Controller
@RequestMapping("/cooperation/offices")
class OfficeController {

    /** The office form as posted; the phone is the office's public line. */
    record OfficeForm(@NotBlank @Size(max = 100) String name, @NotBlank String regionCode, @NotBlank @Size(max = 100) String place,
                      @Size(max = 30) String officePhone, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate setUpOn,
                      @Size(max = 2000) String note, long version) {
        OfficeDetails details() {
            return new OfficeDetails(name, regionCode, place, officePhone, setUpOn, note);
        }
    }

    private final OfficeService offices;
    private final RegionService regions;
    private final Messages messages;

    OfficeController(OfficeService offices, RegionService regions, Messages messages) {
        this.offices = offices;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('cooperation:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by("regionCode", "name"), Set.of("name", "regionCode", "place", "setUpOn"));
        String text = PublicQuery.text(q);
        model.addAttribute("page", offices.search(text, codes(region), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", text);
        model.addAttribute("region", region);
        model.addAttribute("regions", regions.within(user.scope()));
        return "cooperation/office/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('cooperation:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q, @RequestParam(required = false) String region,
                Locale locale, HttpServletResponse response) throws IOException {
        List<OutboundOffice> rows = offices.export(PublicQuery.text(q), codes(region), user.scope());
        List<String> headers = Arrays.stream(new String[]{"name", "region", "place", "officePhone", "setUpOn", "note"})
                .map(h -> messages.text(locale, "cooperation.office.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "cooperation.office.export.name"), headers, rows.stream().map(o -> Arrays.<Object>asList(
                o.getName(), regions.name(o.getRegionCode()), o.getPlace(), o.getOfficePhone(), o.getSetUpOn(), o.getNote())).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String newForm(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("form", new OfficeForm("", user.scope().regionCode(), "", "", null, "", 0));
        return formPage(user.scope(), null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String register(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") OfficeForm form, BindingResult errors,
                    Model model, RedirectAttributes redirect) {
        return Forms.submit(errors, () -> {
            long id = offices.register(form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.office.registered");
            return "redirect:/cooperation/offices/" + id;
        }, () -> formPage(user.scope(), null, model));
    }

    /** An office and its history (recorded, changed: who, when, what). */
    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('cooperation:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("office", offices.get(id, user.scope()));
        model.addAttribute("history", offices.history(id, user.scope()));
        return "cooperation/office/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String editForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        OutboundOffice o = offices.get(id, user.scope());
        OfficeDetails d = o.details();
        model.addAttribute("form", new OfficeForm(d.name(), d.regionCode(), d.place(), d.officePhone(), d.setUpOn(), d.note(), o.getVersion()));
        return formPage(user.scope(), o, model);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('cooperation:manage')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") OfficeForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        OutboundOffice office = offices.get(id, user.scope());
        return Forms.submit(errors, () -> {
            offices.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "cooperation.office.updated");
            return "redirect:/cooperation/offices/" + id;
        }, () -> formPage(user.scope(), office, model));
    }

    private String formPage(DataScope scope, OutboundOffice office, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("regions", regions.within(scope));
        return "cooperation/office/form";
    }

    private Collection<String> codes(String region) {
        return region == null || region.isBlank() ? null : regions.coveredCodes(region);
    }
}
