package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.account.SignedInAccount;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.worklist.WorkItem;
import cn.jilin.laborbrand.platform.worklist.WorkItemSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Survey returns on the work list, for the open rounds. A prefecture-level bureau: its return not started, a draft not
 * submitted, a return sent back (with the round's deadline). HRSS: submitted returns to accept or return.
 */
@Component
class SurveyWorkItems implements WorkItemSource {

    private final SurveyService surveys;
    private final SurveyReturnService returns;
    private final RegionService regions;

    SurveyWorkItems(SurveyService surveys, SurveyReturnService returns, RegionService regions) {
        this.surveys = surveys;
        this.returns = returns;
        this.regions = regions;
    }

    @Override
    public List<WorkItem> itemsFor(SignedInAccount user) {
        if (!user.can("survey:view")) {
            return List.of();
        }
        List<BrandSurvey> open = surveys.rounds(SurveyStatus.OPEN, Pageable.unpaged()).getContent();
        if (open.isEmpty()) {
            return List.of();
        }
        Map<Long, List<SurveyReturn>> byRound = returns.returnsOf(open.stream().map(BrandSurvey::getId).toList(), user.scope());
        List<WorkItem> items = new ArrayList<>();
        String own = surveys.filingRegion(user.scope()).orElse(null);
        for (BrandSurvey round : open) {
            List<SurveyReturn> ofRound = byRound.getOrDefault(round.getId(), List.of());
            if (user.can(SurveyReturnWorkflow.FILE) && own != null) {
                SurveyReturn mine = ofRound.stream().filter(r -> r.getRegionCode().equals(own)).findFirst().orElse(null);
                if (mine == null) {
                    items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.survey.start", "/surveys/" + round.getId(), round.getDeadline(),
                            round.getTitle()));
                } else if (mine.getState() == ReturnState.DRAFT) {
                    items.add(WorkItem.of(WorkItem.Kind.DUE, "worklist.survey.draft", "/surveys/returns/" + mine.getId(), round.getDeadline(),
                            round.getTitle()));
                } else if (mine.getState() == ReturnState.RETURNED) {
                    items.add(WorkItem.of(WorkItem.Kind.RETURNED, "worklist.survey.returned", "/surveys/returns/" + mine.getId(),
                            round.getDeadline(), round.getTitle()));
                }
            }
            if (user.can(SurveyReturnWorkflow.MANAGE) && user.scope().isProvince()) {
                ofRound.stream().filter(r -> r.getState() == ReturnState.SUBMITTED).forEach(r -> items.add(WorkItem.of(WorkItem.Kind.DECIDE,
                        "worklist.survey.toAccept", "/surveys/returns/" + r.getId(), null, regions.name(r.getRegionCode()), round.getTitle())));
            }
        }
        return items;
    }
}
