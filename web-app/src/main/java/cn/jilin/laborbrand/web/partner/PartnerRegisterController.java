package cn.jilin.laborbrand.web.partner;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.regionattribute.RegionAttributeKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.livelihood.LivelihoodAreasService;
import cn.jilin.laborbrand.registry.partner.FinanceFigures;
import cn.jilin.laborbrand.registry.partner.PartnerPark;
import cn.jilin.laborbrand.registry.partner.PartnerParkFilter;
import cn.jilin.laborbrand.registry.partner.PartnerRegisterService;
import cn.jilin.laborbrand.training.partner.CooperationFigures;
import cn.jilin.laborbrand.training.partner.PartnerStartupService;
import cn.jilin.laborbrand.training.partner.StartupFigures;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /partner areas over the registers of issue 14, read-only and without personal data: /startups (二(三)1 start-ups,
 * incubation carriers and brand finance by prefecture), /parks (二(三)3 industrial parks with a year's figures),
 * /cooperation (二(二)2 labour cooperation by prefecture), /livelihood (二(一)2 livelihood brands against the areas the plan
 * targets). An area the caller's measures do not cover answers 404 from the service.
 */
@Controller
@RequestMapping("/partner")
@PreAuthorize("hasAuthority('partner:view')")
class PartnerRegisterController {

    private final PartnerStartupService startups;
    private final PartnerRegisterService registers;
    private final LivelihoodAreasService livelihood;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;
    private final PartnerTabs tabs;

    PartnerRegisterController(PartnerStartupService startups, PartnerRegisterService registers, LivelihoodAreasService livelihood,
                              RegionService regions, Messages messages, Clock clock, PartnerTabs tabs) {
        this.startups = startups;
        this.registers = registers;
        this.livelihood = livelihood;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
        this.tabs = tabs;
    }

    @GetMapping("/startups")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String startups(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year, Model model) {
        List<StartupFigures> rows = startups.startups(year, user.scope());
        List<FinanceFigures> finance = registers.finance(year, user.scope());
        model.addAttribute("rows", rows);
        model.addAttribute("total", StartupFigures.total(rows));
        model.addAttribute("finance", finance);
        model.addAttribute("financeTotal", FinanceFigures.total(finance));
        yearFilter(year, model);
        tabs.add(user, model);
        return "partner/startups";
    }

    @GetMapping("/startups/export")
    @PreAuthorize("hasAuthority('partner:view')")
    void exportStartups(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year, Locale locale,
                        HttpServletResponse response) throws IOException {
        List<StartupFigures> rows = startups.exportStartups(year, user.scope());
        List<FinanceFigures> finance = registers.finance(year, user.scope());
        List<List<Object>> sheet = new ArrayList<>();
        for (StartupFigures s : rows) {
            sheet.add(startupRow(regions.name(s.prefectureCode()), s, financeOf(finance, s.prefectureCode())));
        }
        sheet.add(startupRow(messages.text(locale, "partner.groups.total"), StartupFigures.total(rows), FinanceFigures.total(finance)));
        XlsxDownload.send(response, messages.text(locale, "partner.startups.export.name"), headers(locale, "partner.startups.field.",
                "prefecture", "startups", "jobs", "trainedFounders", "incubated", "loans", "loanAmount", "interestSubsidy", "taxRelieved",
                "taxRelief", "incubators", "brandSpace", "feeWaiving", "excellent", "pledgeLoans", "pledgedAmount", "outstanding", "policies",
                "insuredBrands", "insuredAmount"), sheet);
    }

    @GetMapping("/parks")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String parks(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                 @RequestParam(required = false) String name, @RequestParam(required = false) Integer year, Pageable pageable, Model model) {
        model.addAttribute("page", registers.parks(new PartnerParkFilter(region, name, year), user.scope(), pageable));
        model.addAttribute("region", region);
        model.addAttribute("name", name);
        model.addAttribute("regions", regions.prefecturesWithin(DataScope.province()));
        yearFilter(year, model);
        tabs.add(user, model);
        return "partner/parks";
    }

    @GetMapping("/parks/export")
    @PreAuthorize("hasAuthority('partner:view')")
    void exportParks(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                     @RequestParam(required = false) String name, @RequestParam(required = false) Integer year, Locale locale,
                     HttpServletResponse response) throws IOException {
        List<PartnerPark> rows = registers.exportParks(new PartnerParkFilter(region, name, year), user.scope());
        XlsxDownload.send(response, messages.text(locale, "partner.parks.export.name"), headers(locale, "partner.parks.field.",
                "name", "region", "positioning", "brands", "enterprises", "year", "landMu", "buildingM2", "receivablesFinancing",
                "enterprisesInZones", "jobs"), rows.stream().map(p -> Arrays.<Object>asList(p.name(), regions.name(p.regionCode()),
                p.positioning(), p.brands(), p.enterprises(), p.year(), p.landMu(), p.buildingM2(), p.receivablesFinancing(),
                p.enterprisesInZones(), p.jobs())).toList());
    }

    @GetMapping("/cooperation")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String cooperation(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year, Model model) {
        List<CooperationFigures> rows = startups.cooperation(year, user.scope());
        model.addAttribute("rows", rows);
        model.addAttribute("total", CooperationFigures.total(rows));
        yearFilter(year, model);
        tabs.add(user, model);
        return "partner/cooperation";
    }

    @GetMapping("/cooperation/export")
    @PreAuthorize("hasAuthority('partner:view')")
    void exportCooperation(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year, Locale locale,
                           HttpServletResponse response) throws IOException {
        List<CooperationFigures> rows = startups.exportCooperation(year, user.scope());
        List<List<Object>> sheet = new ArrayList<>(rows.stream().map(f -> cooperationRow(regions.name(f.prefectureCode()), f)).toList());
        sheet.add(cooperationRow(messages.text(locale, "partner.groups.total"), CooperationFigures.total(rows)));
        XlsxDownload.send(response, messages.text(locale, "partner.cooperation.export.name"), headers(locale, "partner.cooperation.field.",
                "prefecture", "inboundBases", "offices", "vacancies", "places", "placed", "followUps", "otherHeadcount"), sheet);
    }

    @GetMapping("/livelihood")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String livelihood(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) RegionAttributeKind kind,
                      @RequestParam(defaultValue = "false") boolean gaps, Model model) {
        model.addAttribute("view", livelihood.partnerView(kind, gaps, user.scope()));
        model.addAttribute("kind", kind);
        model.addAttribute("gaps", gaps);
        model.addAttribute("kinds", RegionAttributeKind.values());
        tabs.add(user, model);
        return "partner/livelihood";
    }

    private void yearFilter(Integer year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("years", PartnerController.years(clock));
    }

    private List<String> headers(Locale locale, String prefix, String... fields) {
        return Arrays.stream(fields).map(f -> messages.text(locale, prefix + f)).toList();
    }

    private static FinanceFigures financeOf(List<FinanceFigures> finance, String prefecture) {
        return finance.stream().filter(f -> prefecture.equals(f.prefectureCode())).findFirst().orElse(FinanceFigures.none(prefecture));
    }

    private static List<Object> startupRow(String prefecture, StartupFigures s, FinanceFigures f) {
        return Arrays.asList(prefecture, s.startups(), s.jobs(), s.trainedFounders(), s.incubated(), s.loans(), s.loanAmount(),
                s.interestSubsidy(), s.taxRelieved(), s.taxRelief(), s.incubators(), s.brandSpace(), s.feeWaiving(), s.excellent(),
                f.pledgeLoans(), f.pledgedAmount(), f.outstanding(), f.policies(), f.insuredBrands(), f.insuredAmount());
    }

    private static List<Object> cooperationRow(String prefecture, CooperationFigures f) {
        return Arrays.asList(prefecture, f.inboundBases(), f.offices(), f.vacancies(), f.places(), f.placed(), f.followUps(), f.otherHeadcount());
    }
}
