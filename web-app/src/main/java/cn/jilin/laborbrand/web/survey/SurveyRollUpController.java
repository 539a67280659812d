package cn.jilin.laborbrand.web.survey;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.survey.BrandSurvey;
import cn.jilin.laborbrand.registry.survey.ReturnBrandRow;
import cn.jilin.laborbrand.registry.survey.ReturnFilter;
import cn.jilin.laborbrand.registry.survey.ReturnGroupRow;
import cn.jilin.laborbrand.registry.survey.ReturnState;
import cn.jilin.laborbrand.registry.survey.SurveyReturn;
import cn.jilin.laborbrand.registry.survey.SurveyReturnService;
import cn.jilin.laborbrand.registry.survey.SurveyRollUp;
import cn.jilin.laborbrand.registry.survey.SurveyRollUpService;
import cn.jilin.laborbrand.registry.survey.SurveyService;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * /surveys/{id}/rollup: the province's roll-up of a round with its chart, and the Excel exports of the roll-up and of
 * the returns' rows, within the caller's scope.
 */
@Controller
@RequestMapping("/surveys")
class SurveyRollUpController {

    private final SurveyService surveys;
    private final SurveyReturnService returns;
    private final SurveyRollUpService rollUps;
    private final RegionService regions;
    private final Messages messages;

    SurveyRollUpController(SurveyService surveys, SurveyReturnService returns, SurveyRollUpService rollUps, RegionService regions,
                           Messages messages) {
        this.surveys = surveys;
        this.returns = returns;
        this.rollUps = rollUps;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/{id}/rollup")
    @PreAuthorize("hasAuthority('survey:view')")
    String rollUp(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Model model) {
        model.addAttribute("survey", surveys.round(id));
        model.addAttribute("rollUp", rollUps.rollUp(id, user.scope()));
        return "survey/rollup";
    }

    /** The roll-up's chart data, labelled in the user's language, for static/js/survey.js. */
    @GetMapping(value = "/{id}/rollup/chart", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('survey:view')")
    @ResponseBody
    Map<String, Object> chart(@AuthenticationPrincipal SignedInAccount user, @PathVariable long id, Locale locale) {
        SurveyRollUp rollUp = rollUps.rollUp(id, user.scope());
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
        SurveyRollUp rollUp = rollUps.exportRollUp(id, user.scope());
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
        List<SurveyReturn> found = returns.exportReturns(id, new ReturnFilter(state, region), user.scope());
        List<String> headers = headers(locale, "prefecture", "returnState", "kind", "name", "brandRegion", "brandType",
                "occupations", "maturity", "workforceSize", "annualLaborIncome", "trainedCount", "certifiedCount", "note", "demo");
        List<List<Object>> rows = new ArrayList<>();
        for (SurveyReturn r : found) {
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

    private List<String> headers(Locale locale, String... keys) {
        return Arrays.stream(keys).map(k -> messages.text(locale, "survey.column." + k)).toList();
    }
}
