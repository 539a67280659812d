package cn.jilin.laborbrand.training.cooperation;

import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import org.springframework.stereotype.Component;

/**
 * OPEN ↔ FILLED by the head count: a vacancy is filled when the trainees placed on it plus the others sent reach the
 * places wanted, and open again when an edit raises the places above them. A closed vacancy stays closed.
 */
@Component
class VacancyHeadcount {

    private final PlacementRepository placements;
    private final WorkflowHistory history;

    VacancyHeadcount(PlacementRepository placements, WorkflowHistory history) {
        this.placements = placements;
        this.history = history;
    }

    /** Trainees placed on the vacancy, whoever may see them: the count decides the state, no record leaves. */
    long placed(long vacancyId) {
        return placements.count((root, q, cb) -> cb.equal(root.get("vacancyId"), vacancyId), DataScope.province());
    }

    /** Moves the vacancy to the state its head count calls for, writing the step to its history. */
    void follow(Vacancy vacancy) {
        long filled = placed(vacancy.getId()) + vacancy.getOtherHeadcount();
        if (vacancy.getStatus() == VacancyStatus.OPEN && filled >= vacancy.getPlaces()) {
            vacancy.moveTo(VacancyStatus.FILLED);
            history.record(Vacancy.SUBJECT_TYPE, vacancy.getId(), VacancyWorkflow.FILL, VacancyStatus.OPEN, VacancyStatus.FILLED, null);
        } else if (vacancy.getStatus() == VacancyStatus.FILLED && filled < vacancy.getPlaces()) {
            vacancy.moveTo(VacancyStatus.OPEN);
            history.record(Vacancy.SUBJECT_TYPE, vacancy.getId(), VacancyWorkflow.REOPEN, VacancyStatus.FILLED, VacancyStatus.OPEN, null);
        }
    }
}
