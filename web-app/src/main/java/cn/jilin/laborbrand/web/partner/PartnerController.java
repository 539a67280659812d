package cn.jilin.laborbrand.web.partner;

import cn.jilin.laborbrand.governance.plan.PartnerEntitlementService;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.metric.Counted;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.partner.PartnerBrand;
import cn.jilin.laborbrand.registry.partner.PartnerBrandFilter;
import cn.jilin.laborbrand.registry.partner.PartnerBrandService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import cn.jilin.laborbrand.training.partner.PartnerTrainingService;
import cn.jilin.laborbrand.training.partner.PriorityGroupFigures;
import cn.jilin.laborbrand.training.partner.TrainingFigures;
import cn.jilin.laborbrand.training.partner.TrainingFilter;
import cn.jilin.laborbrand.training.trainee.PriorityGroup;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.web.support.Listing;
import cn.jilin.laborbrand.web.support.Messages;
import cn.jilin.laborbrand.web.support.XlsxDownload;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /partner: 我负责措施的数据 — a provincial department's measures and, per area its measures cover (plan_measure_partner_area),
 * a read-only view without personal data: /brands (二(二)3 …), /training (二(二)1), /priority-groups (二(二)2); budgets
 * (二(三)1) are the existing /subsidies/budgets pages; the registers of issue 14 are in {@link PartnerRegisterController}. An area the caller's measures do not cover answers 404 from the
 * service; the province sees every area.
 */
@Controller
@RequestMapping("/partner")
@PreAuthorize("hasAuthority('partner:view')")
class PartnerController {

    private static final Sort BRAND_SORT = Sort.by(Sort.Order.desc("level"), Sort.Order.asc("name"));

    private final PartnerEntitlementService entitlements;
    private final PartnerBrandService brands;
    private final PartnerTrainingService training;
    private final RegionService regions;
    private final OccupationService occupations;
    private final Messages messages;
    private final Clock clock;
    private final PartnerTabs tabs;

    PartnerController(PartnerEntitlementService entitlements, PartnerBrandService brands, PartnerTrainingService training, RegionService regions,
                      OccupationService occupations, Messages messages, Clock clock, PartnerTabs tabs) {
        this.entitlements = entitlements;
        this.tabs = tabs;
        this.brands = brands;
        this.training = training;
        this.regions = regions;
        this.occupations = occupations;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String overview(@AuthenticationPrincipal SignedInAccount user, Model model) {
        model.addAttribute("measures", entitlements.measures(user.scope()));
        tabs(user, model);
        return "partner/overview";
    }

    @GetMapping("/brands")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String brands(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                  @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) BrandType type,
                  @RequestParam(required = false) String name, Pageable pageable, Model model) {
        Pageable page = Listing.sanitise(pageable, BRAND_SORT, Set.of("name", "regionCode", "level", "creditRating", "violations"));
        model.addAttribute("page", brands.search(new PartnerBrandFilter(region, level, type, name), user.scope(), page));
        model.addAttribute("sort", Listing.describe(page));
        model.addAttribute("region", region);
        model.addAttribute("level", level);
        model.addAttribute("type", type);
        model.addAttribute("name", name);
        model.addAttribute("regions", regions.prefecturesWithin(DataScope.province()));
        model.addAttribute("levels", BrandLevel.values());
        model.addAttribute("types", BrandType.values());
        tabs(user, model);
        return "partner/brands";
    }

    @GetMapping("/brands/export")
    @PreAuthorize("hasAuthority('partner:view')")
    void exportBrands(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                      @RequestParam(required = false) BrandLevel level, @RequestParam(required = false) BrandType type,
                      @RequestParam(required = false) String name, Pageable pageable, Locale locale, HttpServletResponse response) throws IOException {
        Pageable page = Listing.sanitise(pageable, BRAND_SORT, Set.of("name", "regionCode", "level", "creditRating", "violations"));
        List<PartnerBrand> rows = brands.export(new PartnerBrandFilter(region, level, type, name), user.scope(), page.getSort());
        List<String> headers = Arrays.stream(new String[]{"name", "region", "level", "scope", "type", "status", "creditRating", "ratedOn",
                "violations", "lastViolation", "trademarks", "patents"}).map(h -> messages.text(locale, "partner.brand.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "partner.brand.export.name"), headers, rows.stream().map(b -> Arrays.<Object>asList(
                b.name(), regions.name(b.regionCode()), messages.text(locale, "brand.level." + b.level()),
                messages.text(locale, "brand.scope." + b.scope()), messages.text(locale, "brand.type." + b.type()),
                messages.text(locale, "brand.status." + b.status()), b.creditRating(), b.ratedOn(), b.violations(), b.lastViolation(),
                b.trademarks(), b.patents())).toList());
    }

    @GetMapping("/training")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String training(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                    @RequestParam(required = false) String occupation, @RequestParam(required = false) Integer year, Pageable pageable,
                    Model model) {
        Counted<Page<TrainingFigures>> counted = training.training(new TrainingFilter(region, occupation, year), user.scope(), pageable);
        model.addAttribute("page", counted.figures());
        model.addAttribute("counted", counted);
        model.addAttribute("region", region);
        model.addAttribute("occupation", occupation);
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("regions", regions.prefecturesWithin(DataScope.province()));
        model.addAttribute("occupations", occupations.all());
        tabs(user, model);
        return "partner/training";
    }

    @GetMapping("/training/export")
    @PreAuthorize("hasAuthority('partner:view')")
    void exportTraining(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) String region,
                        @RequestParam(required = false) String occupation, @RequestParam(required = false) Integer year, Locale locale,
                        HttpServletResponse response) throws IOException {
        List<TrainingFigures> rows = training.exportTraining(new TrainingFilter(region, occupation, year), user.scope());
        List<String> headers = Arrays.stream(new String[]{"prefecture", "occupation", "courses", "trained", "certificates", "certified"})
                .map(h -> messages.text(locale, "partner.training.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "partner.training.export.name"), headers, rows.stream().map(f -> Arrays.<Object>asList(
                regions.name(f.prefectureCode()), f.occupationCode() + " " + f.occupationName(), f.courses(), f.trained(), f.certificates(),
                f.certified())).toList());
    }

    @GetMapping("/priority-groups")
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('partner:view')")
    String priorityGroups(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year, Model model) {
        Counted<List<PriorityGroupFigures>> counted = training.priorityGroups(year, user.scope());
        List<PriorityGroupFigures> figures = counted.figures();
        model.addAttribute("counted", counted);
        model.addAttribute("rows", byPrefecture(figures));
        model.addAttribute("totals", totals(figures));
        model.addAttribute("groups", PriorityGroup.values());
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        tabs(user, model);
        return "partner/priority-groups";
    }

    @GetMapping("/priority-groups/export")
    @PreAuthorize("hasAuthority('partner:view')")
    void exportPriorityGroups(@AuthenticationPrincipal SignedInAccount user, @RequestParam(required = false) Integer year, Locale locale,
                              HttpServletResponse response) throws IOException {
        List<PriorityGroupFigures> rows = training.exportPriorityGroups(year, user.scope());
        List<String> headers = Arrays.stream(new String[]{"prefecture", "group", "trained", "dispatched"})
                .map(h -> messages.text(locale, "partner.groups.field." + h)).toList();
        XlsxDownload.send(response, messages.text(locale, "partner.groups.export.name"), headers, rows.stream().map(f -> Arrays.<Object>asList(
                regions.name(f.prefectureCode()), messages.text(locale, "trainee.group." + f.group()), f.trained(), f.dispatched())).toList());
    }

    private void tabs(SignedInAccount user, Model model) {
        tabs.add(user, model);
    }

    /** A prefecture's row: per group, persons trained and dispatched (absent: none). */
    record PrefectureRow(String prefectureCode, Map<PriorityGroup, PriorityGroupFigures> groups) {
    }

    private static List<PrefectureRow> byPrefecture(List<PriorityGroupFigures> figures) {
        Map<String, Map<PriorityGroup, PriorityGroupFigures>> rows = new LinkedHashMap<>();
        figures.forEach(f -> rows.computeIfAbsent(f.prefectureCode(), k -> new EnumMap<>(PriorityGroup.class)).put(f.group(), f));
        return rows.entrySet().stream().map(e -> new PrefectureRow(e.getKey(), e.getValue())).toList();
    }

    // a person in two prefectures counts in each; the province's total sums the prefectures, as the plan's figures do
    private static Map<PriorityGroup, long[]> totals(List<PriorityGroupFigures> figures) {
        Map<PriorityGroup, long[]> totals = new EnumMap<>(PriorityGroup.class);
        for (PriorityGroup group : PriorityGroup.values()) {
            totals.put(group, new long[2]);
        }
        figures.forEach(f -> {
            totals.get(f.group())[0] += f.trained();
            totals.get(f.group())[1] += f.dispatched();
        });
        return totals;
    }

    private List<Integer> years() {
        return years(clock);
    }

    /** The plan's years to this one, newest first: the choices of a year filter. */
    static List<Integer> years(Clock clock) {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(2022, now).map(y -> now - (y - 2022)).boxed().toList();
    }
}
