package cn.jilin.laborbrand.web.training;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.training.certificate.Certificate;
import cn.jilin.laborbrand.training.certificate.CertificateFilter;
import cn.jilin.laborbrand.training.certificate.CertificateKind;
import cn.jilin.laborbrand.training.certificate.CertificateService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Option;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** /training/certificates: the certificates of the trainees the caller sees; recorded and imported on their course. */
@Controller
@RequestMapping("/training/certificates")
class CertificateController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("issueDate"), Sort.Order.asc("number"));

    private final CertificateService certificates;
    private final OccupationService occupations;
    private final RegionService regions;
    private final Messages messages;

    CertificateController(CertificateService certificates, OccupationService occupations, RegionService regions, Messages messages) {
        this.certificates = certificates;
        this.occupations = occupations;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('training:view')")
    @Transactional(readOnly = true)
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) CertificateKind kind,
                @RequestParam(required = false) String occupation, @RequestParam(required = false) Long course, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("number", "issueDate", "holderName", "kind", "regionCode"));
        Page<Certificate> found = certificates.search(filter(q, region, kind, occupation, course), user.scope(), page);
        model.addAttribute("page", found);
        model.addAttribute("issuerNames", certificates.issuerNames(found.getContent()));
        model.addAttribute("occupations", occupations.byCode());
        model.addAttribute("occupationChoices", occupations.all());
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("q", q);
        model.addAttribute("region", region);
        model.addAttribute("kind", kind);
        model.addAttribute("occupation", occupation);
        model.addAttribute("course", course);
        model.addAttribute("kinds", CertificateKind.values());
        model.addAttribute("regions", regions.within(user.scope()));
        return "training/certificate/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('training:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q,
                @RequestParam(required = false) String region, @RequestParam(required = false) CertificateKind kind,
                @RequestParam(required = false) String occupation, @RequestParam(required = false) Long course, Locale locale,
                HttpServletResponse response) throws IOException {
        List<Certificate> rows = certificates.export(filter(q, region, kind, occupation, course), user.scope(), DEFAULT_SORT);
        Map<Long, String> issuers = certificates.issuerNames(rows);
        List<String> headers = Arrays.stream(new String[]{"number", "holder", "kind", "occupation", "level", "issueDate", "issuer", "region"})
                .map(h -> messages.text(locale, "certificate.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "certificate.export.name"), headers, rows.stream().map(c -> Arrays.<Object>asList(
                c.getNumber(), c.getHolderName(), messages.text(locale, "certificate.kind." + c.getKind()), occupations.label(c.getOccupationCode()),
                c.getLevel(), c.getIssueDate(), c.getIssuerId() == null ? messages.text(locale, "certificate.issuer.legacy", new Object[]{c.getLegacyIssuer()})
                        : issuers.get(c.getIssuerId()), regions.name(c.getRegionCode()))).toList());
    }

    /**
     * The type-ahead of a certificate's issuer: up to 20 issuers the caller may name whose name contains {@code q} (an
     * institution only itself; others the directory's issuing bodies).
     */
    @GetMapping(value = "/issuers", produces = "application/json")
    @PreAuthorize("hasAuthority('training:edit')")
    @ResponseBody
    List<Option> issuers(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String q) {
        return certificates.issuerOptions(q, user.scope(), 20).stream()
                .map(o -> new Option(o.id(), o.name(), regions.name(o.regionCode()))).toList();
    }

    private CertificateFilter filter(String q, String region, CertificateKind kind, String occupation, Long course) {
        return new CertificateFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), kind, occupation, course, q);
    }

}
