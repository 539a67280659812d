package cn.jilin.laborbrand.web.target;

import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.governance.plan.PlanService;
import cn.jilin.laborbrand.governance.target.TargetKind;
import cn.jilin.laborbrand.governance.target.TargetReading;
import cn.jilin.laborbrand.governance.target.TargetService;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * /targets: the plan's targets (一、工作目标) against the live figures of the modules that own them — value, aim,
 * share reached, breakdown by prefecture-level unit, year-end history — and the qualitative targets by the standing
 * of the tasks that deliver them. Charts (static/js/targets.js) draw from /targets/chart.
 */
@Controller
@RequestMapping("/targets")
class TargetController {

    private final TargetService targets;
    private final PlanService plan;
    private final RegionService regions;
    private final Messages messages;
    private final Clock clock;

    TargetController(TargetService targets, PlanService plan, RegionService regions, Messages messages, Clock clock) {
        this.targets = targets;
        this.plan = plan;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('plan:view')")
    String dashboard(Model model) {
        List<TargetReading> readings = targets.readings();
        model.addAttribute("numeric", readings.stream().filter(r -> r.target().getKind() == TargetKind.COUNT
                || r.target().getKind() == TargetKind.PER_REGION).toList());
        // the per-city targets' breakdown: each 市（州） below, within or above the band; 长白山管委会 and 梅河口市 beside
        List<TargetReading> perRegion = readings.stream().filter(r -> !r.standings().isEmpty()).toList();
        model.addAttribute("perRegion", perRegion);
        model.addAttribute("regionNames", regions.prefectures().stream().collect(java.util.stream.Collectors.toMap(r -> r.getCode(), r -> r.getName())));
        model.addAttribute("beside", String.join("、", perRegion.stream().flatMap(r -> r.beside().stream()).distinct().map(regions::name).toList()));
        model.addAttribute("qualitative", readings.stream().filter(r -> r.target().getKind() == TargetKind.QUALITATIVE).toList());
        model.addAttribute("monitors", readings.stream().filter(r -> r.target().getKind() == TargetKind.MONITOR).toList());
        model.addAttribute("measureIds", plan.measures().stream().collect(java.util.stream.Collectors.toMap(m -> m.getCode(), m -> m.getId())));
        model.addAttribute("document", plan.document());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        model.addAttribute("counted", targets.liveFigures());
        model.addAttribute("anyDemoHistory", readings.stream().anyMatch(r -> r.history().stream().anyMatch(TargetReading.YearValue::demo)));
        return "target/dashboard";
    }

    /** The charts' data, labelled in the user's language: gauges of the counted targets, the regions' breakdown, history. */
    @GetMapping(value = "/chart", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('plan:view')")
    @ResponseBody
    Map<String, Object> chart(Locale locale) {
        List<TargetReading> readings = targets.readings();
        int year = LocalDate.now(clock).getYear();
        List<Map<String, Object>> items = new ArrayList<>();
        for (TargetReading r : readings) {
            if (r.target().getKind() == TargetKind.QUALITATIVE) {
                continue;
            }
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("code", r.target().getCode());
            item.put("name", messages.text(locale, "target.name." + r.target().getCode()));
            item.put("kind", r.target().getKind().name());
            item.put("value", r.value());
            item.put("aim", r.aim());
            item.put("percent", r.percent());
            item.put("regionMin", r.target().getRegionMin());
            item.put("regionMax", r.target().getRegionMax());
            item.put("regions", r.byRegion().keySet().stream().map(regions::name).toList());
            item.put("regionValues", new ArrayList<>(r.byRegion().values()));
            if (!r.standings().isEmpty()) {
                // a per-city target: where each unit stands against the band (BESIDE: 长白山管委会 and 梅河口市, not counted)
                item.put("regionStandings", r.byRegion().keySet().stream().map(code -> r.standings().get(code).name()).toList());
            }
            List<String> years = new ArrayList<>();
            List<Long> values = new ArrayList<>();
            r.history().forEach(h -> {
                years.add(h.year() + (h.demo() ? "*" : ""));
                values.add(h.value());
            });
            if (r.isMeasured()) {
                years.add(messages.text(locale, "target.chart.now", new Object[]{String.valueOf(year)}));
                values.add(r.value());
            }
            item.put("years", years);
            item.put("yearValues", values);
            items.add(item);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : List.of("value", "aim", "band", "history", "notMeasured", "reached")) {
            labels.put(key, messages.text(locale, "target.chart." + key));
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("targets", items);
        chart.put("labels", labels);
        return chart;
    }


}
