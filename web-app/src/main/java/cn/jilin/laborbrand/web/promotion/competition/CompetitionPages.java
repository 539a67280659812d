package cn.jilin.laborbrand.web.promotion.competition;

import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.competition.Competition;
import cn.jilin.laborbrand.promotion.competition.CompetitionEvent;
import cn.jilin.laborbrand.promotion.competition.CompetitionResult;
import cn.jilin.laborbrand.promotion.competition.CompetitionService;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.promotion.competition.CompetitionForms.EventForm;
import cn.jilin.laborbrand.web.promotion.competition.CompetitionForms.ResultForm;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The detail page's model, shared by the page itself and the event and result forms shown again with their errors. */
@Component
class CompetitionPages {

    private final CompetitionService competitions;
    private final BrandService brands;
    private final RegionService regions;

    CompetitionPages(CompetitionService competitions, BrandService brands, RegionService regions) {
        this.competitions = competitions;
        this.brands = brands;
        this.regions = regions;
    }

    String detail(long id, DataScope scope, Model model) {
        Competition competition = competitions.get(id, scope);
        List<CompetitionEvent> events = competitions.events(id, scope);
        List<CompetitionResult> results = competitions.results(id, scope);
        model.addAttribute("competition", competition);
        model.addAttribute("events", events);
        model.addAttribute("eventsById", events.stream().collect(Collectors.toMap(CompetitionEvent::getId, Function.identity())));
        model.addAttribute("results", results);
        model.addAttribute("certificates", competitions.certificates(id, scope));
        model.addAttribute("brandNames", brandNames(results));
        model.addAttribute("prefectures", regions.prefectures());
        if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", EventForm.empty());
        }
        if (!model.containsAttribute("resultForm")) {
            model.addAttribute("resultForm", ResultForm.empty());
        }
        Object form = model.getAttribute("resultForm");
        Long brandId = form instanceof ResultForm r ? r.brandId() : null;
        BrandName brand = brandId == null ? null : brands.names(List.of(brandId)).get(brandId);
        model.addAttribute("resultBrandName", brand == null ? "" : brand.name());
        return "promotion/competition/detail";
    }

    Map<Long, BrandName> brandNames(List<CompetitionResult> results) {
        return brands.names(results.stream().map(CompetitionResult::getBrandId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }
}
