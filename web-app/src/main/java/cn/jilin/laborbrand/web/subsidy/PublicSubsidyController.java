package cn.jilin.laborbrand.web.subsidy;

import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.subsidy.claim.PublicSubsidies;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /public/subsidies, without signing in: the claims on public notice now and the payments made in a year, names and
 * resident IDs masked, with the notice period and where an objection goes.
 */
@Controller
class PublicSubsidyController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 500;

    private final PublicSubsidies subsidies;
    private final RegionService regions;
    private final Clock clock;

    PublicSubsidyController(PublicSubsidies subsidies, RegionService regions, Clock clock) {
        this.subsidies = subsidies;
        this.regions = regions;
        this.clock = clock;
    }

    @GetMapping("/public/subsidies")
    @PreAuthorize("permitAll()")
    String show(@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "0") int notices, @RequestParam(defaultValue = "0") int paid, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        int shownYear = year == null || year < 2020 || year > thisYear ? thisYear : year;
        List<Region> prefectures = regions.prefectures();
        String prefecture = prefectures.stream().map(Region::getCode).filter(c -> c.equals(region)).findFirst().orElse(null);
        model.addAttribute("notices", subsidies.onNotice(prefecture, PageRequest.of(bounded(notices), PAGE_SIZE)));
        model.addAttribute("paid", subsidies.paid(shownYear, prefecture, PageRequest.of(bounded(paid), PAGE_SIZE)));
        model.addAttribute("region", prefecture);
        model.addAttribute("year", shownYear);
        model.addAttribute("years", IntStream.rangeClosed(2022, thisYear).map(y -> thisYear - (y - 2022)).boxed().toList());
        model.addAttribute("prefectures", prefectures);
        return "subsidy/public";
    }

    private static int bounded(int page) {
        return Math.max(0, Math.min(page, MAX_PAGE));
    }
}
