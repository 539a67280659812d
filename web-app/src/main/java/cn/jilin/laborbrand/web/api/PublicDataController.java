package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.PublicBrands;
import cn.jilin.laborbrand.training.base.PublicBases;
import cn.jilin.laborbrand.web.api.PublicDatasets.BaseRecord;
import cn.jilin.laborbrand.web.api.PublicDatasets.BrandProfileRecord;
import cn.jilin.laborbrand.web.api.PublicDatasets.BrandRecord;
import cn.jilin.laborbrand.web.api.PublicDatasets.CountRecord;
import cn.jilin.laborbrand.web.api.PublicDatasets.Dataset;
import cn.jilin.laborbrand.web.support.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public datasets of the open-data API (三(四), 宣传展示): designated brands, cultivation bases and brand counts as
 * JSON pages, CSV downloads of the whole datasets, and their data dictionary. Anyone may read them; answers are cacheable.
 */
@RestController
@RequestMapping("/api/v1")
class PublicDataController {

    /** How long a shared cache may keep an answer; designations change a few times a year. */
    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic();

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PublicBrands brands;
    private final PublicBases bases;
    private final PublicDatasets datasets;
    private final PublicQuery query;
    private final RegionService regions;
    private final Messages messages;

    PublicDataController(PublicBrands brands, PublicBases bases, PublicDatasets datasets, PublicQuery query, RegionService regions,
                         Messages messages) {
        this.brands = brands;
        this.bases = bases;
        this.datasets = datasets;
        this.query = query;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/brands")
    @PreAuthorize("permitAll()")
    ResponseEntity<ApiPage<BrandRecord>> brands(@RequestParam(required = false) String region, @RequestParam(required = false) String level,
                                                @RequestParam(required = false) String industry, @RequestParam(required = false) String type,
                                                @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                                                @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        var found = brands.search(query.brandFilter(region, level, industry, type, q), query.sort(sort),
                query.page(page, size, PublicQuery.DEFAULT_SIZE));
        return cached(ApiPage.of(found, datasets::brand));
    }

    @GetMapping("/brands/{id}")
    @PreAuthorize("permitAll()")
    ResponseEntity<BrandProfileRecord> brand(@PathVariable long id) {
        return cached(brands.profile(id).map(datasets::profile).orElseThrow(() -> new NotFoundException("brand", id)));
    }

    @GetMapping(value = "/brands.csv", produces = "text/csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> brandsCsv(@RequestParam(required = false) String region, @RequestParam(required = false) String level,
                                     @RequestParam(required = false) String industry, @RequestParam(required = false) String type,
                                     @RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
        List<BrandRecord> rows = brands.all(query.brandFilter(region, level, industry, type, q), query.sort(sort)).stream()
                .map(datasets::brand).toList();
        return csv("brands.csv", datasets.brandsCsv(rows));
    }

    @GetMapping("/bases")
    @PreAuthorize("permitAll()")
    ResponseEntity<ApiPage<BaseRecord>> bases(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return cached(ApiPage.of(bases.search(query.page(page, size, PublicQuery.DEFAULT_SIZE)), datasets::base));
    }

    @GetMapping(value = "/bases.csv", produces = "text/csv")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> basesCsv() {
        return csv("bases.csv", datasets.basesCsv(bases.all().stream().map(datasets::base).toList()));
    }

    /** Designated brands counted by prefecture-level unit ({@code region}, the default), {@code level} or {@code year} designated. */
    @GetMapping("/aggregates/brands")
    @PreAuthorize("permitAll()")
    ResponseEntity<ApiPage<CountRecord>> brandCounts(@RequestParam(required = false) String by, @RequestParam(required = false) String page,
                                                     @RequestParam(required = false) String size) {
        List<CountRecord> rows = new ArrayList<>();
        switch (by == null || by.isBlank() ? "region" : by.strip().toLowerCase(Locale.ROOT)) {
            case "region" -> brands.countByPrefecture().forEach((code, n) -> rows.add(new CountRecord(code, regions.name(code), n)));
            case "level" -> brands.countByLevel().forEach((level, n) ->
                    rows.add(new CountRecord(level.name(), messages.text(Locale.SIMPLIFIED_CHINESE, "brand.level." + level.name()), n)));
            case "year" -> brands.countByYearDesignated().forEach((year, n) ->
                    rows.add(new CountRecord(year == null ? null : year.toString(), year == null ? null : year + "年", n)));
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "by must be region, level or year");
        }
        var paging = query.page(page, size, PublicQuery.DEFAULT_SIZE);
        return cached(ApiPage.of(rows, paging.getPageNumber(), paging.getPageSize()));
    }

    /** The data dictionary of every public dataset: fields, types and meanings in Chinese and English. */
    @GetMapping("/dictionary")
    @PreAuthorize("permitAll()")
    ResponseEntity<List<Dataset>> dictionary() {
        return cached(PublicDatasets.DATASETS);
    }

    static <T> ResponseEntity<T> cached(T body) {
        return ResponseEntity.ok().cacheControl(CACHE).body(body);
    }

    static ResponseEntity<byte[]> csv(String filename, byte[] content) {
        return ResponseEntity.ok().cacheControl(CACHE).contentType(CSV)
                .header("Content-Disposition", ContentDisposition.attachment().filename(filename).build().toString())
                .body(content);
    }
}
