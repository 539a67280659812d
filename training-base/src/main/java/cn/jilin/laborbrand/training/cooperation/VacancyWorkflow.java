package cn.jilin.laborbrand.training.cooperation;

import static cn.jilin.laborbrand.training.cooperation.VacancyStatus.CLOSED;
import static cn.jilin.laborbrand.training.cooperation.VacancyStatus.FILLED;
import static cn.jilin.laborbrand.training.cooperation.VacancyStatus.OPEN;

import cn.jilin.laborbrand.platform.workflow.Workflow;

/**
 * The vacancy's states in one table (二(二)2 用工信息对接): a keeper closes an open or filled vacancy with a reason;
 * CLOSED is final. OPEN ↔ FILLED follows the head count by itself ({@link VacancyService}, {@link PlacementService}),
 * written to the same history as {@value #FILL} / {@value #REOPEN} steps.
 */
public final class VacancyWorkflow {

    static final String MANAGE = "cooperation:manage";
    static final String FILL = "fill";
    static final String REOPEN = "reopen";

    static final Workflow<Vacancy, VacancyStatus, VacancyAction> TABLE = Workflow
            .of(Vacancy.SUBJECT_TYPE, VacancyAction.class, Vacancy::getId, Vacancy::getStatus, Vacancy::moveTo)
            .transition(VacancyAction.CLOSE).from(OPEN, FILLED).to(CLOSED).permission(MANAGE).reason()
            .build();

    private VacancyWorkflow() {
    }
}
