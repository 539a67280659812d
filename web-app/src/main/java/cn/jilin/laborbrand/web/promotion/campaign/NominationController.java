package cn.jilin.laborbrand.web.promotion.campaign;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.promotion.campaign.CampaignCertificates;
import cn.jilin.laborbrand.promotion.campaign.CampaignService;
import cn.jilin.laborbrand.promotion.campaign.Nomination;
import cn.jilin.laborbrand.promotion.campaign.NominationAction;
import cn.jilin.laborbrand.promotion.campaign.NominationFiles;
import cn.jilin.laborbrand.promotion.campaign.NominationFilter;
import cn.jilin.laborbrand.promotion.campaign.NominationObjections;
import cn.jilin.laborbrand.promotion.campaign.NominationScoring;
import cn.jilin.laborbrand.promotion.campaign.NominationService;
import cn.jilin.laborbrand.promotion.campaign.NominationState;
import cn.jilin.laborbrand.promotion.campaign.SelectionCampaign;
import cn.jilin.laborbrand.registry.brand.BrandService;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * /promotion/nominations: the nominations of the caller's scope (a city its own, the province all) with filters and
 * export; a city's new nomination in an open campaign; a nomination's page with the person's photo and consent, the
 * experts' review, objections during notice, the winner's certificate, and its steps ({@code POST .../{id}/{action}}).
 */
@Controller
@RequestMapping("/promotion/nominations")
class NominationController {

    private final NominationService nominations;
    private final NominationFiles files;
    private final NominationScoring scoring;
    private final NominationObjections objections;
    private final CampaignCertificates certificates;
    private final CampaignService campaigns;
    private final NominationPages pages;
    private final BrandService brands;
    private final RegionService regions;
    private final Messages messages;

    NominationController(NominationService nominations, NominationFiles files, NominationScoring scoring, NominationObjections objections,
                         CampaignCertificates certificates, CampaignService campaigns, NominationPages pages, BrandService brands, RegionService regions,
                         Messages messages) {
        this.nominations = nominations;
        this.files = files;
        this.scoring = scoring;
        this.objections = objections;
        this.certificates = certificates;
        this.campaigns = campaigns;
        this.pages = pages;
        this.brands = brands;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('campaign:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long campaign,
                @RequestParam(required = false) NominationState state, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, Sort.by(Sort.Order.desc("id")), Set.of("id", "state", "regionCode", "score", "personName"));
        Page<Nomination> found = nominations.search(filter(campaign, state, region, q), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("campaign", campaign);
        model.addAttribute("state", state);
        model.addAttribute("region", region);
        model.addAttribute("q", q);
        model.addAttribute("states", NominationState.values());
        model.addAttribute("regions", regions.prefecturesWithin(user.scope()));
        model.addAttribute("campaigns", campaigns.search(null, null, null, org.springframework.data.domain.PageRequest.of(0, 100,
                Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id")))).getContent());
        model.addAttribute("brandNames", brandNames(found.getContent()));
        return "promotion/campaign/nominations";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('campaign:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Long campaign,
                @RequestParam(required = false) NominationState state, @RequestParam(required = false) String region,
                @RequestParam(required = false) String q, Locale locale, HttpServletResponse response) throws IOException {
        List<Nomination> rows = nominations.export(filter(campaign, state, region, q), user.scope());
        Map<Long, String> names = brandNames(rows);
        List<String> headers = Arrays.stream(new String[]{"campaign", "region", "brand", "person", "category", "state", "score", "tier"})
                .map(h -> messages.text(locale, "nomination.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "nomination.export.name"), headers, rows.stream().map(n -> Arrays.<Object>asList(
                campaigns.get(n.getCampaignId()).getTitle(), regions.name(n.getRegionCode()), names.get(n.getBrandId()), n.getPersonName(),
                n.getCategory(), messages.text(locale, "nomination.state." + n.getState()), n.getScore(),
                campaigns.get(n.getCampaignId()).tier(n.getTierRank()).map(t -> t.getName()).orElse(null))).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('campaign:nominate')")
    String newForm(@RequestParam(required = false) Long campaign, Model model, RedirectAttributes redirect) {
        SelectionCampaign c = campaignOrNull(campaign);
        if (c == null) {
            redirect.addFlashAttribute("flashError", "nomination.campaign.unknown");
            return "redirect:/promotion/campaigns";
        }
        model.addAttribute("form", new NominationForms.NominationForm(c.getId(), null, null, null, null, null, "", 0));
        return formPage(c, null, model);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('campaign:nominate')")
    String create(@AuthenticationPrincipal SignedInAccount user, @Valid @ModelAttribute("form") NominationForms.NominationForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        SelectionCampaign c = campaignOrNull(form.campaignId());
        if (c == null) {
            redirect.addFlashAttribute("flashError", "nomination.campaign.unknown");
            return "redirect:/promotion/campaigns";
        }
        return Forms.submit(errors, () -> {
            long id = nominations.create(c.getId(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.created");
            return "redirect:/promotion/nominations/" + id;
        }, () -> formPage(c, form.brandId(), model));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        return pages.detail(user, id, model);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('campaign:nominate')")
    String update(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @Valid @ModelAttribute("form") NominationForms.NominationForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) {
        nominations.get(id, user.scope());
        return Forms.submit(errors, () -> {
            nominations.update(id, form.version(), form.details(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.saved");
            return "redirect:/promotion/nominations/" + id;
        }, () -> pages.detail(user, id, model));
    }

    @PostMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('campaign:nominate')")
    String consent(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                   @Valid @ModelAttribute("consentForm") NominationForms.ConsentForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        MultipartFile file = form.file();
        nominations.get(id, user.scope());
        return Forms.submit(errors, () -> {
            files.recordConsent(id, form.version(), file == null ? null : file.getOriginalFilename(), bytes(file), form.signedOn(), form.name(),
                    form.photo(), form.story(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.consent.saved");
            return "redirect:/promotion/nominations/" + id;
        }, () -> pages.detail(user, id, model));
    }

    @PostMapping("/{id}/consent/withdraw")
    @PreAuthorize("hasAnyAuthority('campaign:nominate', 'campaign:manage')")
    String withdrawConsent(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            files.withdrawConsent(id, user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.consent.withdrawn");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/nominations/" + id;
    }

    @GetMapping("/{id}/consent")
    @PreAuthorize("hasAuthority('campaign:view')")
    ResponseEntity<byte[]> consentForm(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        return file(files.consentForm(id, user.scope()));
    }

    @PostMapping("/{id}/photo")
    @PreAuthorize("hasAuthority('campaign:nominate')")
    String photo(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
                 RedirectAttributes redirect) {
        try {
            files.uploadPhoto(id, file == null ? null : file.getOriginalFilename(), bytes(file), user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.photo.saved");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/nominations/" + id;
    }

    @GetMapping("/{id}/photo")
    @PreAuthorize("hasAnyAuthority('campaign:view', 'review:score')")
    ResponseEntity<byte[]> showPhoto(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        return file(files.photo(id, user.scope()));
    }

    /** Assigns experts (at least three, none of the nominee's prefecture); the nomination is then being scored. */
    @PostMapping("/{id}/assign")
    @PreAuthorize("hasAuthority('campaign:manage') and hasAuthority('review:assign')")
    String assign(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) List<Long> expertIds, RedirectAttributes redirect) {
        try {
            scoring.assign(id, version, expertIds, user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.assigned");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/nominations/" + id;
    }

    @PostMapping("/{id}/objections")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String objection(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                     @Valid @ModelAttribute("objectionForm") NominationForms.ObjectionForm form, BindingResult errors, Model model,
                     RedirectAttributes redirect) {
        nominations.get(id, user.scope());
        return Forms.submit(errors, () -> {
            objections.record(id, form.receivedOn(), form.objector(), form.content(), user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.objection.recorded");
            return "redirect:/promotion/nominations/" + id;
        }, () -> pages.detail(user, id, model));
    }

    @PostMapping("/{id}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAuthority('campaign:manage')")
    String resolve(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable long objectionId, @RequestParam boolean upheld,
                   @RequestParam(required = false) String resolution, RedirectAttributes redirect) {
        try {
            objections.resolve(id, objectionId, upheld, resolution, user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.objection.resolvedDone");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/nominations/" + id;
    }

    @GetMapping("/{id}/certificate.pdf")
    @PreAuthorize("hasAnyAuthority('campaign:manage', 'campaign:nominate')")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id) {
        byte[] pdf;
        try {
            pdf = certificates.certificate(id, user.scope());
        } catch (RuleViolation notWinner) {
            throw new NotFoundException("certificate", id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    /** A step of the nomination, e.g. POST /promotion/nominations/7/submit with version and comment. */
    @PostMapping("/{id}/{action}")
    @PreAuthorize("hasAnyAuthority('campaign:nominate', 'campaign:manage')")
    String act(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, @PathVariable String action, @RequestParam long version,
               @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        nominations.get(id, user.scope());
        NominationAction step = nominations.action(action).orElseThrow(() -> new NotFoundException("nomination_action", action));
        try {
            nominations.take(id, version, step, comment, user.scope());
            redirect.addFlashAttribute("flashSuccess", "nomination.done." + step.name());
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/promotion/nominations/" + id;
    }

    private String formPage(SelectionCampaign campaign, Long brandId, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("brandName", brandId == null ? null
                : brands.names(Set.of(brandId)).values().stream().map(b -> b.name()).findFirst().orElse(null));
        return "promotion/campaign/nomination-form";
    }

    /** The campaign a nomination form names, or null when it names none that exists (the page then sends the user to the list). */
    private SelectionCampaign campaignOrNull(Long id) {
        try {
            return id == null ? null : campaigns.get(id);
        } catch (NotFoundException unknown) {
            return null;
        }
    }

    private NominationFilter filter(Long campaign, NominationState state, String region, String q) {
        return new NominationFilter(campaign, state == null ? null : List.of(state),
                region == null || region.isBlank() ? null : regions.coveredCodes(region), q == null || q.length() > 50 ? null : q);
    }

    private Map<Long, String> brandNames(List<Nomination> list) {
        return brands.names(list.stream().map(Nomination::getBrandId).collect(Collectors.toSet())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? null : file.getBytes();
        } catch (IOException e) {
            throw new RuleViolation("file", "attachment.empty");
        }
    }

    static ResponseEntity<byte[]> file(FileContent content) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(content.filename(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").body(content.bytes());
    }
}
