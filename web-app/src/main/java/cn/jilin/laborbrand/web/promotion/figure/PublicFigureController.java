package cn.jilin.laborbrand.web.promotion.figure;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.PublicFigure;
import cn.jilin.laborbrand.promotion.figure.PublishedFigures;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.util.Comparator;
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
 * /public/figures, without signing in: published typical figures whose consent is in force, only as far as it covers
 * (no phone, no ID, no birth year); the photo only where the consent covers it, else 404. Nothing is cached beyond the
 * request: a withdrawal shows at once.
 */
@Controller
class PublicFigureController {

    private static final int PAGE_SIZE = 12;
    private static final int MAX_PAGE = 500;

    private final PublishedFigures figures;
    private final BrandService brands;
    private final RegionService regions;

    PublicFigureController(PublishedFigures figures, BrandService brands, RegionService regions) {
        this.figures = figures;
        this.brands = brands;
        this.regions = regions;
    }

    @GetMapping("/public/figures")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) Long brandId, @RequestParam(required = false) String region,
                @RequestParam(required = false) FigureRole role, @RequestParam(defaultValue = "0") int page, Model model) {
        String prefecture = regions.prefectures().stream().map(Region::getCode).filter(c -> c.equals(region)).findFirst().orElse(null);
        model.addAttribute("page", figures.list(brandId, prefecture, role, PageRequest.of(Math.max(0, Math.min(page, MAX_PAGE)), PAGE_SIZE)));
        model.addAttribute("brandId", brandId);
        model.addAttribute("region", prefecture);
        model.addAttribute("role", role);
        model.addAttribute("roles", FigureRole.values());
        model.addAttribute("prefectures", regions.prefectures());
        model.addAttribute("brands", brands.choices().stream().sorted(Comparator.comparing(BrandName::name)).toList());
        return "promotion/figure/public-list";
    }

    @GetMapping("/public/figures/{id}")
    @PreAuthorize("permitAll()")
    String one(@PathVariable long id, Model model) {
        PublicFigure figure = figures.one(id).orElseThrow(() -> new NotFoundException("figure", id));
        model.addAttribute("figure", figure);
        model.addAttribute("others", figures.ofBrand(figure.brandId(), 7).stream().filter(f -> f.id() != id).limit(6).toList());
        return "promotion/figure/public-detail";
    }

    @GetMapping("/public/figures/{id}/photo")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return figures.photo(id).map(PublicFigureController::image).orElseGet(() -> ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(FileContent file) {
        // no-cache: a browser revalidates every time, so a withdrawn consent takes the photo away at once
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .cacheControl(CacheControl.noCache()).header("X-Content-Type-Options", "nosniff").body(file.bytes());
    }

}
