package cn.jilin.laborbrand.web.api;

import static cn.jilin.laborbrand.web.api.PublicDataController.cached;
import static cn.jilin.laborbrand.web.api.PublicDataController.csv;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.promotion.event.PublicEvents;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.PublishedFigures;
import cn.jilin.laborbrand.web.api.PublicDatasets.EventRecord;
import cn.jilin.laborbrand.web.api.PublicDatasets.FigureRecord;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The promotion module's public datasets (三(三) 宣传展示): published typical figures (a person only as far as their
 * consent covers) and public events, as JSON pages and CSV downloads. The queries decide what is published; a figure
 * withdrawn from publication is gone from the next answer.
 */
@RestController
@RequestMapping("/api/v1")
class PromotionDataController {

    /** A CSV carries the whole published dataset; these are hundreds of rows, the bound is a safeguard. */
    private static final PageRequest WHOLE_DATASET = PageRequest.of(0, 10_000);

    private final PublishedFigures figures;
    private final PublicEvents events;
    private final PublicDatasets datasets;
    private final PublicQuery query;

    PromotionDataController(PublishedFigures figures, PublicEvents events, PublicDatasets datasets, PublicQuery query) {
        this.figures = figures;
        this.events = events;
        this.datasets = datasets;
        this.query = query;
    }

    @GetMapping("/figures")
    @PreAuthorize("permitAll()")
    ResponseEntity<ApiPage<FigureRecord>> figures(@RequestParam(required = false) String brand, @RequestParam(required = false) String region,
                                                  @RequestParam(required = false) String role, @RequestParam(required = false) String page,
                                                  @RequestParam(required = false) String size) {
        return cached(ApiPage.of(figures.list(id(brand), query.prefecture(region), PublicQuery.parse(FigureRole.class, role),
                query.page(page, size, PublicQuery.DEFAULT_SIZE)), datasets::figure));
    }

    @GetMapping("/figures/{id}")
    @PreAuthorize("permitAll()")
    ResponseEntity<FigureRecord> figure(@PathVariable long id) {
        return cached(figures.one(id).map(datasets::figure).orElseThrow(() -> new NotFoundException("figure", id)));
    }

    @GetMapping(value = "/figures.csv", produces = "text/csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> figuresCsv() {
        return csv("figures.csv", datasets.figuresCsv(figures.list(null, null, null, WHOLE_DATASET).map(datasets::figure).getContent()));
    }

    /** Public events; {@code upcoming=true} for those still to come, {@code false} for past ones, absent for both. */
    @GetMapping("/events")
    @PreAuthorize("permitAll()")
    ResponseEntity<ApiPage<EventRecord>> events(@RequestParam(required = false) String upcoming, @RequestParam(required = false) String brand,
                                                @RequestParam(required = false) String region, @RequestParam(required = false) String page,
                                                @RequestParam(required = false) String size) {
        return cached(ApiPage.of(events.list(flag(upcoming), id(brand), query.prefecture(region),
                query.page(page, size, PublicQuery.DEFAULT_SIZE)), datasets::event));
    }

    @GetMapping("/events/{id}")
    @PreAuthorize("permitAll()")
    ResponseEntity<EventRecord> event(@PathVariable long id) {
        return cached(events.one(id).map(datasets::event).orElseThrow(() -> new NotFoundException("event", id)));
    }

    @GetMapping(value = "/events.csv", produces = "text/csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> eventsCsv() {
        return csv("events.csv", datasets.eventsCsv(events.list(null, null, null, WHOLE_DATASET).map(datasets::event).getContent()));
    }

    /** A brand id as given, or no filter when it is not a number. */
    private static Long id(String value) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value.strip());
    }

    private static Boolean flag(String value) {
        return value == null ? null : switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes" -> Boolean.TRUE;
            case "false", "0", "no" -> Boolean.FALSE;
            default -> null;
        };
    }
}
