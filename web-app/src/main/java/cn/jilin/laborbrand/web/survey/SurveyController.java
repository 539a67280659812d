package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.Dates;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.survey.BrandSurvey;
import cn.jilin.laborbrand.registry.survey.ReturnBrandRow;
import cn.jilin.laborbrand.registry.survey.ReturnFilter;
import cn.jilin.laborbrand.registry.survey.ReturnGroupRow;
import cn.jilin.laborbrand.registry.survey.ReturnState;
import cn.jilin.laborbrand.registry.survey.SurveyReturn;
import cn.jilin.laborbrand.registry.survey.SurveyRollUp;
import cn.jilin.laborbrand.registry.survey.SurveyService;
import cn.jilin.laborbrand.registry.survey.SurveyStatus;
import cn.jilin.laborbrand.web.support.Forms;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /surveys: the yearly brand survey rounds (劳务品牌摸底调查), the state of each prefecture-level unit's return, the
 * province's roll-up with its chart, and the Excel exports of the roll-up and of the returns' rows.
 */
@Controller
@RequestMapping("/surveys")
class SurveyController {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("year"));

    private final SurveyService surveys;
    private final Dates dates;
    private final RegionService regions;
    private final Messages messages;

    SurveyController(SurveyService surveys, RegionService regions, Messages messages, Dates dates) {
        this.dates = dates;
        this.surveys = surveys;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('survey:view')")
    String list(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) SurveyStatus status,
                Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, DEFAULT_SORT, Set.of("year", "title", "deadline", "status"));
        Page<BrandSurvey> rounds = surveys.rounds(status, page);
        Map<Long, List<SurveyReturn>> found = surveys.returnsOf(rounds.getContent().stream().map(BrandSurvey::getId).toList(), user.scope());
        Map<Long, List<SurveyReturn>> returns = new LinkedHashMap<>();
        rounds.forEach(s -> returns.put(s.getId(), found.getOrDefault(s.getId(), List.of())));
        model.addAttribute("page", rounds);
        model.addAttribute("returns", returns);
        model.addAttribute("prefectures", prefecturesOf(user.scope()).size());
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", SurveyStatus.values());
        model.addAttribute("today", today());
        return "survey/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('survey:view')")
    void export(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) SurveyStatus status,
                Locale locale, HttpServletResponse response) throws IOException {
        List<BrandSurvey> rows = surveys.exportRounds(status, DEFAULT_SORT);
        Map<Long, List<SurveyReturn>> returns = surveys.returnsOf(rows.stream().map(BrandSurvey::getId).toList(), user.scope());
        List<String> headers = headers(locale, "year", "title", "deadline", "status", "filed", "accepted", "demo");
        XlsxDownload.send(response, messages.text(locale, "survey.export.rounds"), headers, rows.stream().map(s -> {
            List<SurveyReturn> of = returns.getOrDefault(s.getId(), List.of());
            return Arrays.<Object>asList(s.getYear(), s.getTitle(), s.getDeadline(), messages.text(locale, "survey.status." + s.getStatus()),
                    of.stream().filter(r -> r.getState().isFiled()).count(),
                    of.stream().filter(r -> r.getState() == ReturnState.ACCEPTED).count(),
                    s.isDemo() ? messages.text(locale, "survey.demo") : "");
        }).toList());
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('survey:manage')")
    String newForm(Model model) {
        int year = today().getYear();
        model.addAttribute("form", RoundForm.forYear(year, messages.text(Locale.SIMPLIFIED_CHINESE, "survey.title.default", String.valueOf(year))));
        return "survey/form";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('survey:manage')")
    String open(@Valid @ModelAttribute("form") RoundForm form, BindingResult errors, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = surveys.open(form.round());
                redirect.addFlashAttribute("flashSuccess", "survey.opened");
                return "redirect:/surveys/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(errors, violation);
            }
        }
        return "survey/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('survey:view')")
    String detail(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                  @RequestParam(required = false) ReturnState state, Model model) {
        BrandSurvey survey = surveys.round(id);
        List<SurveyReturn> returns = surveys.returns(id, ReturnFilter.none(), user.scope());
        Map<String, SurveyReturn> byRegion = returns.stream().collect(Collectors.toMap(SurveyReturn::getRegionCode, Function.identity()));
        List<UnitLine> units = new ArrayList<>();
        for (Region prefecture : prefecturesOf(user.scope())) {
            SurveyReturn ret = byRegion.get(prefecture.getCode());
            if (state == null || (ret != null && ret.getState() == state)) {
                units.add(new UnitLine(prefecture, ret));
            }
        }
        String ownRegion = user.scope().regionCode();
        boolean ownIsPrefecture = ownRegion != null && regions.find(ownRegion).map(r -> r.getLevel() == RegionLevel.PREFECTURE).orElse(false);
        model.addAttribute("survey", survey);
        model.addAttribute("units", units);
        model.addAttribute("state", state);
        model.addAttribute("states", ReturnState.values());
        model.addAttribute("own", ownIsPrefecture ? byRegion.get(ownRegion) : null);
        model.addAttribute("canFile", ownIsPrefecture && user.can("survey:return:file"));
        model.addAttribute("filed", returns.stream().filter(r -> r.getState().isFiled()).count());
        model.addAttribute("accepted", returns.stream().filter(r -> r.getState() == ReturnState.ACCEPTED).count());
        model.addAttribute("prefectures", prefecturesOf(user.scope()).size());
        model.addAttribute("today", today());
        return "survey/detail";
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('survey:manage')")
    String close(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            surveys.close(id, version);
            redirect.addFlashAttribute("flashSuccess", "survey.closed");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
        }
        return "redirect:/surveys/" + id;
    }

    /** The bureau starts (or reopens) its region's return for this round. */
    @PostMapping("/{id}/returns")
    @PreAuthorize("hasAuthority('survey:return:file')")
    String start(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long returnId = surveys.start(id, user.scope());
            return "redirect:/surveys/returns/" + returnId + "/edit";
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKeys().get(0));
            return "redirect:/surveys/" + id;
        }
    }

    @GetMapping("/{id}/rollup")
    @PreAuthorize("hasAuthority('survey:view')")
    String rollUp(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.round(id));
        model.addAttribute("rollUp", surveys.rollUp(id, user.scope()));
        return "survey/rollup";
    }

    /** The roll-up's chart data, labelled in the user's language, for static/js/survey.js. */
    @GetMapping(value = "/{id}/rollup/chart", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('survey:view')")
    @ResponseBody
    Map<String, Object> chart(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale) {
        SurveyRollUp rollUp = surveys.rollUp(id, user.scope());
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("regions", rollUp.regions().stream().map(r -> regions.name(r.regionCode())).toList());
        chart.put("filed", rollUp.regions().stream().map(SurveyRollUp.RegionLine::filed).toList());
        chart.put("brands", rollUp.regions().stream().map(SurveyRollUp.RegionLine::brands).toList());
        chart.put("groups", rollUp.regions().stream().map(SurveyRollUp.RegionLine::groups).toList());
        chart.put("workforce", rollUp.regions().stream().map(SurveyRollUp.RegionLine::workforce).toList());
        chart.put("maturity", rollUp.byMaturity().stream().map(m -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("name", messages.text(locale, "brand.maturity." + m.maturity()));
            line.put("brands", m.brands());
            // an established group is a brand: no bar rather than a zero
            line.put("groups", m.maturity() == BrandMaturity.ESTABLISHED ? null : m.groups());
            return line;
        }).toList());
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("brands", "groups", "workforce", "byRegion", "byMaturity", "notFiled")) {
            labels.put(key, messages.text(locale, "survey.chart." + key));
        }
        chart.put("labels", labels);
        return chart;
    }

    @GetMapping("/{id}/rollup/export")
    @PreAuthorize("hasAuthority('survey:view')")
    void exportRollUp(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale,
                      HttpServletResponse response) throws IOException {
        BrandSurvey survey = surveys.round(id);
        SurveyRollUp rollUp = surveys.exportRollUp(id, user.scope());
        List<String> headers = headers(locale, "dimension", "category", "returnState", "brands", "brandWorkforce", "groups",
                "groupWorkforce", "workforce", "annualLaborIncome");
        List<List<Object>> rows = new ArrayList<>();
        String byRegion = messages.text(locale, "survey.rollup.byRegion");
        for (SurveyRollUp.RegionLine line : rollUp.regions()) {
            String state = line.state() == null ? messages.text(locale, "survey.return.none") : messages.text(locale, "survey.return.state." + line.state());
            rows.add(line.filed()
                    ? Arrays.asList(byRegion, regions.name(line.regionCode()), state, line.brands(), line.brandWorkforce(),
                            line.groups(), line.groupWorkforce(), line.workforce(), line.annualLaborIncome())
                    : Arrays.asList(byRegion, regions.name(line.regionCode()), state + " · " + messages.text(locale, "survey.notFiled"),
                            null, null, null, null, null, null));
        }
        String byMaturity = messages.text(locale, "survey.rollup.byMaturity");
        for (SurveyRollUp.MaturityLine line : rollUp.byMaturity()) {
            rows.add(Arrays.asList(byMaturity, messages.text(locale, "brand.maturity." + line.maturity()), null, line.brands(),
                    line.brandWorkforce(), line.groups(), line.groupWorkforce(), line.brandWorkforce() + line.groupWorkforce(), null));
        }
        String byType = messages.text(locale, "survey.rollup.byType");
        for (SurveyRollUp.TypeLine line : rollUp.byType()) {
            rows.add(Arrays.asList(byType, messages.text(locale, "brand.type." + line.type()), null, line.brands(), line.workforce(),
                    null, null, line.workforce(), line.annualLaborIncome()));
        }
        SurveyRollUp.Totals t = rollUp.totals();
        rows.add(Arrays.asList(messages.text(locale, "survey.rollup.total"), messages.text(locale, "survey.rollup.filedOf", new Object[]{t.filed(), t.prefectures()}),
                null, t.brands(), t.brandWorkforce(), t.groups(), t.groupWorkforce(), t.workforce(), t.annualLaborIncome()));
        XlsxDownload.send(response, messages.text(locale, "survey.export.rollup", new Object[]{String.valueOf(survey.getYear())}), headers, rows);
    }

    /** The rows (brand lines and groups) of the returns the round's page shows, one spreadsheet row each. */
    @GetMapping("/{id}/returns/export")
    @PreAuthorize("hasAuthority('survey:view')")
    void exportReturns(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id,
                       @RequestParam(required = false) ReturnState state, @RequestParam(required = false) String region,
                       Locale locale, HttpServletResponse response) throws IOException {
        BrandSurvey survey = surveys.round(id);
        List<SurveyReturn> returns = surveys.exportReturns(id, new ReturnFilter(state, region), user.scope());
        List<String> headers = headers(locale, "prefecture", "returnState", "kind", "name", "brandRegion", "brandType",
                "occupations", "maturity", "workforceSize", "annualLaborIncome", "trainedCount", "certifiedCount", "note", "demo");
        List<List<Object>> rows = new ArrayList<>();
        for (SurveyReturn r : returns) {
            String unit = regions.name(r.getRegionCode());
            String returnState = messages.text(locale, "survey.return.state." + r.getState());
            String demo = r.isDemo() ? messages.text(locale, "survey.demo") : "";
            for (ReturnBrandRow line : r.getBrandRows()) {
                rows.add(Arrays.asList(unit, returnState, messages.text(locale, "survey.kind.brand"), line.getBrandName(),
                        regions.name(line.getBrandRegionCode()), messages.text(locale, "brand.type." + line.getBrandType()), null,
                        messages.text(locale, "brand.maturity." + line.getMaturity()), line.getWorkforceSize(), line.getAnnualLaborIncome(),
                        line.getTrainedCount(), line.getCertifiedCount(), null, demo));
            }
            for (ReturnGroupRow group : r.getGroupRows()) {
                rows.add(Arrays.asList(unit, returnState, messages.text(locale, "survey.kind.group"), group.getName(), null, null,
                        group.getOccupations(), messages.text(locale, "brand.maturity." + group.getMaturity()), group.getWorkforceSize(),
                        null, null, null, group.getNote(), demo));
            }
        }
        XlsxDownload.send(response, messages.text(locale, "survey.export.returns", new Object[]{String.valueOf(survey.getYear())}), headers, rows);
    }

    private List<Region> prefecturesOf(DataScope scope) {
        return regions.prefecturesWithin(scope);
    }

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> messages.text(locale, "survey.column." + k)).toList();
    }

    private LocalDate today() {
        return dates.today();
    }


}
