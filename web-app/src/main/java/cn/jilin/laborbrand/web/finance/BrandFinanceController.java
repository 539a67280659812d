package cn.jilin.laborbrand.web.finance;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.finance.BrandInsuranceService;
import cn.jilin.laborbrand.registry.finance.FinanceFilter;
import cn.jilin.laborbrand.registry.finance.InsuranceRow;
import cn.jilin.laborbrand.registry.finance.InsuranceStatus;
import cn.jilin.laborbrand.registry.finance.PledgeLoanService;
import cn.jilin.laborbrand.registry.finance.PledgeRow;
import cn.jilin.laborbrand.registry.finance.PledgeStatus;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /brand-finance: the brand finance register of 二(三)1, one list with two tabs — pledge loans on brands' trademarks and
 * patents, and insurance taken out on brands — filtered by region, brand, status and bank or insurer, and exported.
 */
@Controller
@RequestMapping("/brand-finance")
class BrandFinanceController {

    /** The two tabs of the list. */
    enum Kind {
        PLEDGE, INSURANCE;

        static Kind of(String value) {
            return "INSURANCE".equals(value) ? INSURANCE : PLEDGE;
        }
    }

    private static final Sort PLEDGE_SORT = Sort.by(Sort.Order.desc("grantedOn"), Sort.Order.desc("id"));
    private static final Sort INSURANCE_SORT = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.desc("id"));

    private final PledgeLoanService pledges;
    private final BrandInsuranceService insurance;
    private final RegionService regions;
    private final Messages messages;

    BrandFinanceController(PledgeLoanService pledges, BrandInsuranceService insurance, RegionService regions, Messages messages) {
        this.pledges = pledges;
        this.insurance = insurance;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('finance:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String institution,
                Pageable pageable, Model model) {
        Kind tab = Kind.of(kind);
        FinanceFilter filter = filter(region, q, status, institution);
        if (tab == Kind.PLEDGE) {
            Pageable page = Listing.sanitise(pageable, PLEDGE_SORT, Set.of("grantedOn", "dueOn", "amount", "regionCode"));
            model.addAttribute("page", pledges.search(filter, user.scope(), page));
            model.addAttribute("sort", Listing.describe(page));
            model.addAttribute("statuses", PledgeStatus.values());
        } else {
            Pageable page = Listing.sanitise(pageable, INSURANCE_SORT, Set.of("startsOn", "endsOn", "insuredAmount", "regionCode"));
            model.addAttribute("page", insurance.search(filter, user.scope(), page));
            model.addAttribute("sort", Listing.describe(page));
            model.addAttribute("statuses", InsuranceStatus.values());
        }
        model.addAttribute("kind", tab.name());
        model.addAttribute("region", region);
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("institution", institution);
        model.addAttribute("regions", regions.prefecturesWithin(user.scope()));
        return "finance/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('finance:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String region, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String institution,
                Locale locale, HttpServletResponse response) throws IOException {
        FinanceFilter filter = filter(region, q, status, institution);
        String demo = messages.text(locale, "brand.demo");
        if (Kind.of(kind) == Kind.PLEDGE) {
            List<PledgeRow> rows = pledges.export(filter, user.scope(), PLEDGE_SORT);
            List<String> headers = headers(locale, "finance.pledge.field.", "brand", "region", "mark", "bank", "amount", "grantedOn",
                    "termMonths", "dueOn", "status", "repaidOn", "note", "demo");
            XlsxDownload.send(response, messages.text(locale, "finance.pledge.export.name"), headers, rows.stream().map(r -> Arrays.<Object>asList(
                    r.brand().name(), regions.name(r.loan().getRegionCode()),
                    r.mark() == null ? "" : messages.text(locale, "mark.kind." + r.mark().getKind()) + " " + r.mark().getNumber() + " " + r.mark().getTitle(),
                    r.loan().getBank(), r.loan().getAmount(), r.loan().getGrantedOn(), r.loan().getTermMonths(), r.loan().getDueOn(),
                    messages.text(locale, "finance.pledge.status." + r.loan().getStatus()), r.loan().getRepaidOn(), r.loan().getNote(),
                    r.loan().isDemo() ? demo : "")).toList());
        } else {
            List<InsuranceRow> rows = insurance.export(filter, user.scope(), INSURANCE_SORT);
            List<String> headers = headers(locale, "finance.insurance.field.", "brand", "region", "insurer", "product", "insuredAmount",
                    "premium", "startsOn", "endsOn", "status", "policyNumber", "note", "demo");
            XlsxDownload.send(response, messages.text(locale, "finance.insurance.export.name"), headers, rows.stream().map(r -> Arrays.<Object>asList(
                    r.brand().name(), regions.name(r.policy().getRegionCode()), r.policy().getInsurer(), r.policy().getProduct(),
                    r.policy().getInsuredAmount(), r.policy().getPremium(), r.policy().getStartsOn(), r.policy().getEndsOn(),
                    messages.text(locale, "finance.insurance.status." + r.status()), r.policy().getPolicyNumber(), r.policy().getNote(),
                    r.policy().isDemo() ? demo : "")).toList());
        }
    }

    private List<String> headers(Locale locale, String prefix, String... fields) {
        return Arrays.stream(fields).map(f -> messages.text(locale, prefix + f)).toList();
    }

    private FinanceFilter filter(String region, String q, String status, String institution) {
        return new FinanceFilter(region == null || region.isBlank() ? null : regions.coveredCodes(region), q, status, institution, null);
    }
}
