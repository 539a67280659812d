package cn.jilin.laborbrand.web.cooperation;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.training.cooperation.FollowUp;
import cn.jilin.laborbrand.training.cooperation.InboundBaseService;
import cn.jilin.laborbrand.training.cooperation.OfficeService;
import cn.jilin.laborbrand.training.cooperation.Placement;
import cn.jilin.laborbrand.training.cooperation.PlacementService;
import cn.jilin.laborbrand.training.cooperation.Vacancy;
import cn.jilin.laborbrand.training.cooperation.VacancyService;
import cn.jilin.laborbrand.training.occupation.OccupationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The vacancy page: the vacancy, its placements with their follow-ups, and (to who may place) the candidates. */
@Component
class VacancyPage {

    private final VacancyService vacancies;
    private final PlacementService placements;
    private final InboundBaseService bases;
    private final OfficeService offices;
    private final OccupationService occupations;
    private final Clock clock;

    VacancyPage(VacancyService vacancies, PlacementService placements, InboundBaseService bases, OfficeService offices, OccupationService occupations,
                Clock clock) {
        this.vacancies = vacancies;
        this.placements = placements;
        this.bases = bases;
        this.offices = offices;
        this.occupations = occupations;
        this.clock = clock;
    }

    /** The page, keeping a placement or follow-up form that came back with errors. */
    String show(SignedInAccount user, long id, PlacementController.PlacementForm placementForm, PlacementController.FollowUpForm followUpForm,
                Model model) {
        Vacancy vacancy = vacancies.get(id, user.scope());
        List<Placement> placed = placements.placements(id, user.scope());
        List<FollowUp> followUps = placements.followUps(id, user.scope());
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("occupation", occupations.label(vacancy.getOccupationCode()));
        model.addAttribute("baseName", vacancy.getInboundBaseId() == null ? null
                : bases.names(List.of(vacancy.getInboundBaseId()), user.scope()).get(vacancy.getInboundBaseId()));
        model.addAttribute("placements", placed);
        model.addAttribute("people", placements.people(placed, user.scope()));
        model.addAttribute("followUps", followUps.stream().collect(Collectors.groupingBy(FollowUp::getPlacementId)));
        model.addAttribute("officeNames", offices.names(followUps.stream().map(FollowUp::getOfficeId).filter(Objects::nonNull).distinct().toList(),
                user.scope()));
        model.addAttribute("filled", placed.size() + vacancy.getOtherHeadcount());
        boolean manage = user.can("cooperation:manage");
        model.addAttribute("candidates", manage && vacancy.isOpen() ? placements.candidates(id, user.scope()) : List.of());
        model.addAttribute("offices", manage ? offices.choices(user.scope()) : List.of());
        model.addAttribute("placementForm", placementForm != null ? placementForm : new PlacementController.PlacementForm(null, today));
        model.addAttribute("followUpForm", followUpForm != null ? followUpForm : new PlacementController.FollowUpForm(null, today, "", null, ""));
        model.addAttribute("newFollowUp", new PlacementController.FollowUpForm(null, today, "", null, ""));
        model.addAttribute("followUpEdits", followUps.stream().collect(Collectors.toMap(FollowUp::getId,
                f -> new PlacementController.FollowUpEditForm(f.getServedOn(), f.getServerName(), f.getOfficeId(), f.getContent(), f.getVersion()))));
        if (!model.containsAttribute("followUpPlacementId")) {
            model.addAttribute("followUpPlacementId", -1L);
        }
        model.addAttribute("status", vacancy.getStatus());
        model.addAttribute("mayClose", manage && vacancies.mayClose(vacancy));
        model.addAttribute("history", vacancies.history(id, user.scope()));
        model.addAttribute("changes", placements.changes(id, user.scope()));
        if (!model.containsAttribute("editPlacementId")) {
            model.addAttribute("editPlacementId", -1L);
        }
        if (!model.containsAttribute("editFollowUpId")) {
            model.addAttribute("editFollowUpId", -1L);
        }
        model.addAttribute("waitingSince", today.minusDays(PlacementService.FOLLOW_UP_DAYS));
        model.addAttribute("lastFollowUp", followUps.stream().collect(Collectors.toMap(FollowUp::getPlacementId, FollowUp::getServedOn,
                (a, b) -> a.isAfter(b) ? a : b)));
        return "cooperation/vacancy/detail";
    }

    /** 404 unless the vacancy lies within the caller's scope: before any validation of what was posted. */
    void checkVisible(SignedInAccount user, long id) {
        vacancies.get(id, user.scope());
    }

    /** 404 unless the follow-up is one of this placement's, of this vacancy, within the caller's scope. */
    void checkVisible(SignedInAccount user, long id, long placementId, long followUpId) {
        checkVisible(user, id, placementId);
        if (placements.followUps(id, user.scope()).stream().noneMatch(f -> f.getId() == followUpId && f.getPlacementId() == placementId)) {
            throw new NotFoundException("follow-up", followUpId);
        }
    }

    /** 404 unless the placement is one of this vacancy's within the caller's scope. */
    void checkVisible(SignedInAccount user, long id, long placementId) {
        if (placements.placements(id, user.scope()).stream().noneMatch(p -> p.getId() == placementId)) {
            throw new NotFoundException("placement", placementId);
        }
    }
}
