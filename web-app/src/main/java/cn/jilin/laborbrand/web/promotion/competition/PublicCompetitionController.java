package cn.jilin.laborbrand.web.promotion.competition;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.promotion.competition.Competition;
import cn.jilin.laborbrand.promotion.competition.PublicCompetitions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /public/competitions, without signing in: competitions with results and their winners (place, award, name, brand,
 * region) — public data; never a certificate number, ID or phone.
 */
@Controller
class PublicCompetitionController {

    private static final int PAGE_SIZE = 20;
    private static final int MAX_PAGE = 500;

    private final PublicCompetitions competitions;

    PublicCompetitionController(PublicCompetitions competitions) {
        this.competitions = competitions;
    }

    @GetMapping("/public/competitions")
    @PreAuthorize("permitAll()")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        Integer shown = year != null && year >= 2000 && year <= 2100 ? year : null;
        model.addAttribute("page", competitions.list(shown, PageRequest.of(Math.max(0, Math.min(page, MAX_PAGE)), PAGE_SIZE)));
        model.addAttribute("year", shown);
        return "promotion/competition/public-list";
    }

    @GetMapping("/public/competitions/{id}")
    @PreAuthorize("permitAll()")
    String one(@PathVariable long id, Model model) {
        model.addAttribute("competition", competitions.one(id).orElseThrow(() -> new NotFoundException(Competition.SUBJECT_TYPE, id)));
        return "promotion/competition/public-detail";
    }
}
