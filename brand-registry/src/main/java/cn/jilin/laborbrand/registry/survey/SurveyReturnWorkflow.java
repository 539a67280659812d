package cn.jilin.laborbrand.registry.survey;

import static cn.jilin.laborbrand.registry.survey.ReturnAction.ACCEPT;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.RETURN;
import static cn.jilin.laborbrand.registry.survey.ReturnAction.SUBMIT;
import static cn.jilin.laborbrand.registry.survey.ReturnState.ACCEPTED;
import static cn.jilin.laborbrand.registry.survey.ReturnState.DRAFT;
import static cn.jilin.laborbrand.registry.survey.ReturnState.RETURNED;
import static cn.jilin.laborbrand.registry.survey.ReturnState.SUBMITTED;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.Workflow;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey return's workflow: its table, declared once, and the one operation that takes a step. City bureaus
 * ({@value #FILE}) submit their region's return; HRSS ({@value #MANAGE}) returns a submitted return for revision, with a
 * reason, or accepts it; ACCEPTED is final. Nothing happens to the returns of a closed round. Accepting makes the
 * return's brand figures the brands' own, in the same transaction.
 */
@Service
public class SurveyReturnWorkflow {

    /** The permission of the city bureaus that file returns. */
    public static final String FILE = "survey:return:file";
    /** The permission of HRSS, who run the rounds and decide on returns. */
    public static final String MANAGE = "survey:manage";

    static final Workflow<SurveyReturn, ReturnState, ReturnAction> TABLE = Workflow
            .of(SurveyReturn.SUBJECT, ReturnAction.class, SurveyReturn::getId, SurveyReturn::getState, SurveyReturn::moveTo)
            .transition(SUBMIT).from(DRAFT, RETURNED).to(SUBMITTED).permission(FILE)
            .transition(RETURN).from(SUBMITTED).to(RETURNED).permission(MANAGE).reason()
            .transition(ACCEPT).from(SUBMITTED).to(ACCEPTED).permission(MANAGE)
            .build();

    private final SurveyReturnRepository returns;
    private final BrandSurveyRepository surveys;
    private final Workflows workflows;
    private final CurrentUser user;
    private final BrandService brands;
    private final RegionService regions;
    private final Clock clock;

    SurveyReturnWorkflow(SurveyReturnRepository returns, BrandSurveyRepository surveys, Workflows workflows, CurrentUser user,
                         BrandService brands, RegionService regions, Clock clock) {
        this.returns = returns;
        this.surveys = surveys;
        this.workflows = workflows;
        this.user = user;
        this.brands = brands;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * Takes a step on a return of the caller's scope (404 outside it) in an open round: only a holder of the step's
     * permission (403), only on the version the page showed, only from the states the table allows, with a reason where
     * the table asks one. Answers the state reached.
     */
    @PreAuthorize("hasAnyAuthority('survey:return:file', 'survey:manage')")
    @Transactional
    public ReturnState take(long id, ReturnAction action, long shownVersion, String comment, DataScope scope) {
        SurveyReturn r = returns.getById(id, scope);
        String permission = TABLE.transition(action).permission().apply(r);
        if (!user.holds(permission)) {
            // a step that is never the user's to take answers 403, whatever the return's state
            throw new AccessDeniedException(SurveyReturn.SUBJECT + "." + Workflow.slug(action) + " needs " + permission);
        }
        r.requireVersion(shownVersion);
        BrandSurvey survey = surveys.findById(r.getSurveyId()).orElseThrow(() -> new NotFoundException("survey", r.getSurveyId()));
        if (!survey.isOpen()) {
            throw new RuleViolation("survey.round.closed");
        }
        String reason = Text.orNull(comment);
        ReturnState reached = workflows.take(TABLE, action, r, shownVersion, reason);
        switch (action) {
            case SUBMIT -> r.submitted(clock.instant());
            case RETURN -> r.returned(reason, clock.instant());
            case ACCEPT -> {
                r.accepted(clock.instant());
                String source = survey.getYear() + " " + survey.getTitle() + " · " + regions.name(r.getRegionCode());
                for (ReturnBrandRow line : r.getBrandRows()) {
                    brands.applySurveyFigures(line.getBrandId(), line.getMaturity(), line.getWorkforceSize(),
                            line.getAnnualLaborIncome(), line.getTrainedCount(), line.getCertifiedCount(), source, scope);
                }
            }
        }
        returns.saveAndFlush(r);
        return reached;
    }

    /** The steps the signed-in user may take now on a return (none when its round is closed): the buttons of its page. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public List<ReturnAction> available(long id, DataScope scope) {
        SurveyReturn r = returns.getById(id, scope);
        boolean open = surveys.findById(r.getSurveyId()).map(BrandSurvey::isOpen).orElse(false);
        return open ? workflows.available(TABLE, r) : List.of();
    }

    /** The step a URL segment names ({@code accept} → ACCEPT), if any. */
    public Optional<ReturnAction> action(String slug) {
        return TABLE.action(slug);
    }
}
