package cn.jilin.laborbrand.web.publicsite;

import cn.jilin.laborbrand.promotion.coverage.PublicCoverage;
import cn.jilin.laborbrand.promotion.event.PublicEvents;
import cn.jilin.laborbrand.promotion.figure.PublishedFigures;
import cn.jilin.laborbrand.governance.target.PublicTargets;
import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.registry.brand.PublicBrandFilter;
import cn.jilin.laborbrand.registry.brand.PublicBrandProfile;
import cn.jilin.laborbrand.registry.brand.PublicBrandSort;
import cn.jilin.laborbrand.registry.brand.PublicBrands;
import cn.jilin.laborbrand.training.base.PublicBases;
import cn.jilin.laborbrand.web.api.PublicDatasets;
import cn.jilin.laborbrand.web.api.PublicQuery;
import cn.jilin.laborbrand.web.support.Messages;
import java.time.Duration;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public showcase (宣传展示, no sign-in): the home page with the plan's headline targets against live figures and
 * featured brands, the directory of designated brands with its filters, a page per designated brand, and the open-data
 * page. The home page shows upcoming public events and published typical figures, a brand's page its figures, events
 * and coverage — each only as far as the promotion module publishes them (and a person only as their consent covers).
 */
@Controller
class PublicSiteController {

    static final int DIRECTORY_PAGE = 12;
    private static final int FEATURED = 6;
    private static final int BRAND_ITEMS = 12;

    private final PublicBrands brands;
    private final PublicBases bases;
    private final PublicTargets targets;
    private final PublicQuery query;
    private final RegionService regions;
    private final Messages messages;
    private final PublishedFigures figures;
    private final PublicEvents events;
    private final PublicCoverage coverage;

    PublicSiteController(PublicBrands brands, PublicBases bases, PublicTargets targets, PublicQuery query, RegionService regions,
                         Messages messages, PublishedFigures figures, PublicEvents events, PublicCoverage coverage) {
        this.messages = messages;
        this.figures = figures;
        this.events = events;
        this.coverage = coverage;
        this.brands = brands;
        this.bases = bases;
        this.targets = targets;
        this.query = query;
        this.regions = regions;
    }

    @GetMapping("/public")
    @PreAuthorize("permitAll()")
    String home(Model model) {
        model.addAttribute("headlines", targets.headlines());
        model.addAttribute("featured", brands.search(PublicBrandFilter.none(), PublicBrandSort.LEVEL, PageRequest.of(0, FEATURED)));
        model.addAttribute("byLevel", brands.countByLevel());
        model.addAttribute("byPrefecture", brands.countByPrefecture());
        model.addAttribute("prefectures", regions.prefectures());
        model.addAttribute("upcomingEvents", events.upcoming(FEATURED));
        model.addAttribute("figures", figures.list(null, null, null, PageRequest.of(0, FEATURED)).getContent());
        return "public/home";
    }

    @GetMapping("/public/brands")
    @PreAuthorize("permitAll()")
    String directory(@RequestParam(required = false) String region, @RequestParam(required = false) String level,
                     @RequestParam(required = false) String industry, @RequestParam(required = false) String type,
                     @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                     @RequestParam(required = false) String page, Model model) {
        PublicBrandSort order = query.sort(sort);
        model.addAttribute("brands", brands.search(query.brandFilter(region, level, industry, type, q), order,
                query.page(page, null, DIRECTORY_PAGE)));
        model.addAttribute("region", query.prefecture(region));
        BrandLevel shownLevel = PublicQuery.parse(BrandLevel.class, level);
        model.addAttribute("level", shownLevel == BrandLevel.NONE ? null : shownLevel);
        model.addAttribute("industry", PublicQuery.parse(IndustrySection.class, industry));
        model.addAttribute("type", PublicQuery.parse(BrandType.class, type));
        model.addAttribute("q", PublicQuery.text(q));
        model.addAttribute("sort", order);
        model.addAttribute("prefectures", regions.prefectures());
        model.addAttribute("levels", List.of(BrandLevel.NATIONAL, BrandLevel.PROVINCIAL, BrandLevel.MUNICIPAL));
        model.addAttribute("industries", IndustrySection.values());
        model.addAttribute("types", BrandType.values());
        model.addAttribute("sorts", PublicBrandSort.values());
        return "public/brands";
    }

    /** A designated brand's page; any other id (not designated, lapsed, unknown) is a 404. */
    @GetMapping("/public/brands/{id}")
    @PreAuthorize("permitAll()")
    String brand(@PathVariable long id, Model model) {
        PublicBrandProfile profile = brands.profile(id).orElseThrow(() -> new NotFoundException("brand", id));
        model.addAttribute("profile", profile);
        model.addAttribute("figures", figures.ofBrand(id, BRAND_ITEMS));
        model.addAttribute("events", events.ofBrand(id, BRAND_ITEMS));
        model.addAttribute("coverage", coverage.ofBrand(id, BRAND_ITEMS));
        model.addAttribute("coverageCount", coverage.countOfBrand(id));
        model.addAttribute("description", messages.text("public.brand.description", profile.brand().name(),
                regions.name(profile.brand().regionCode()), messages.text("brand.level." + profile.brand().level().name())));
        return "public/brand";
    }

    /** The logo of a designated brand, and of no other. */
    @GetMapping("/public/brands/{id}/logo")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> logo(@PathVariable long id) {
        FileContent logo = brands.logo(id).orElseThrow(() -> new NotFoundException("brand logo", id));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(MediaType.parseMediaType(logo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(logo.bytes());
    }

    /** 开放数据: each public dataset with its downloads and data dictionary. */
    @GetMapping("/public/data")
    @PreAuthorize("permitAll()")
    String data(Model model) {
        model.addAttribute("datasets", PublicDatasets.DATASETS);
        model.addAttribute("brandCount", brands.search(PublicBrandFilter.none(), PublicBrandSort.LEVEL, PageRequest.of(0, 1)).getTotalElements());
        model.addAttribute("baseCount", bases.search(PageRequest.of(0, 1)).getTotalElements());
        return "public/data";
    }
}
