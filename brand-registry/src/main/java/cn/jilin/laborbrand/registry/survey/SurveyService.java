package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionLevel;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 劳务品牌摸底调查 (二(一)1): HRSS opens a round a year and closes it; each prefecture-level bureau starts its return for
 * it (filled in through {@link SurveyReturnService}, moved by {@link SurveyReturnWorkflow}); everyone with
 * {@code survey:view} follows how far each round has come within their scope. The roll-up is
 * {@link SurveyRollUpService}'s.
 */
@Service
public class SurveyService {

    static final String SURVEY = "brand_survey";
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2099;

    private final BrandSurveyRepository surveys;
    private final SurveyReturnRepository returns;
    private final SurveyBrandLines lines;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    SurveyService(BrandSurveyRepository surveys, SurveyReturnRepository returns, SurveyBrandLines lines, RegionService regions,
                  WorkflowHistory history, AuditService audit, Clock clock) {
        this.surveys = surveys;
        this.returns = returns;
        this.lines = lines;
        this.regions = regions;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    /** The survey rounds, all of the province's; {@code status} may be null. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Unscoped("a round is the province's yearly call, the same for every region; the returns filed for it are scoped")
    @Transactional(readOnly = true)
    public Page<BrandSurvey> rounds(SurveyStatus status, Pageable pageable) {
        return status == null ? surveys.findAll(pageable) : surveys.findByStatus(status, pageable);
    }

    /** The rounds for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Unscoped("a round is the province's yearly call, the same for every region; the returns filed for it are scoped")
    @Transactional
    public List<BrandSurvey> exportRounds(SurveyStatus status, Sort sort) {
        List<BrandSurvey> rows = status == null ? surveys.findAll(sort) : surveys.findByStatus(status, sort);
        audit.record("survey.export", SURVEY, null, "status=" + status + " rows=" + rows.size());
        return rows;
    }

    /** A round, or 404. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Unscoped("a round is the province's yearly call, the same for every region; the returns filed for it are scoped")
    @Transactional(readOnly = true)
    public BrandSurvey round(long id) {
        return surveys.findById(id).orElseThrow(() -> new NotFoundException("survey", id));
    }

    /** Opens the round of a year (one a year, from the plan's year 2022 on); returns are due by its deadline, if any. */
    @PreAuthorize("hasAuthority('survey:manage')")
    @Transactional
    public long open(NewSurvey round) {
        if (round.year() < FIRST_YEAR || round.year() > LAST_YEAR) {
            throw new RuleViolation("year", "survey.year.range");
        }
        if (round.deadline() != null && round.deadline().isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("deadline", "survey.deadline.past");
        }
        if (surveys.existsByYear(round.year())) {
            throw new RuleViolation("year", "survey.year.taken");
        }
        BrandSurvey survey = surveys.save(new BrandSurvey(round));
        audit.record("survey.open", SURVEY, survey.getId(), survey.getYear() + " " + survey.getTitle() + " deadline=" + survey.getDeadline());
        return survey.getId();
    }

    /** Closes a round: from then on none of its returns changes, whatever its state. */
    @PreAuthorize("hasAuthority('survey:manage')")
    @Transactional
    public void close(long id, long shownVersion) {
        BrandSurvey survey = surveys.findById(id).orElseThrow(() -> new NotFoundException("survey", id));
        survey.requireVersion(shownVersion);
        if (!survey.isOpen()) {
            throw new RuleViolation("survey.round.closed");
        }
        survey.close(clock.instant());
        surveys.saveAndFlush(survey);
        audit.record("survey.close", SURVEY, id, survey.getYear() + " " + survey.getTitle());
    }

    /**
     * The bureau starts its region's return for an open round: a draft with a line per brand of its region and
     * counties, pre-filled from the brands' current figures. When the return exists already, that one is the answer.
     */
    @PreAuthorize("hasAuthority('survey:return:file')")
    @Transactional
    public long start(long surveyId, DataScope scope) {
        BrandSurvey survey = round(surveyId);
        if (!survey.isOpen()) {
            throw new RuleViolation("survey.round.closed");
        }
        String region = filingRegion(scope).orElseThrow(() -> new RuleViolation("survey.return.prefectureOnly"));
        List<SurveyReturn> existing = returns.findAll(new ReturnFilter(null, region).of(List.of(surveyId)), scope,
                SurveyReturnService.RETURN_ORDER);
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        SurveyReturn created = new SurveyReturn(surveyId, region);
        lines.prefill(created, scope);
        returns.saveAndFlush(created);
        history.record(SurveyReturn.SUBJECT, created.getId(), "create", null, ReturnState.DRAFT, null);
        return created.getId();
    }

    /** The prefecture-level unit whose return the scope files: a bureau's own region, when it is one. */
    public Optional<String> filingRegion(DataScope scope) {
        String own = scope.regionCode();
        boolean prefecture = scope.kind() == DataScope.Kind.REGION
                && regions.find(own).map(Region::getLevel).orElse(null) == RegionLevel.PREFECTURE;
        return prefecture ? Optional.of(own) : Optional.empty();
    }

    /**
     * How far each round has come within the caller's scope: the units it covers, those that filed and were accepted
     * (counted in the database), and the return of the caller's own unit.
     */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public Map<Long, RoundProgress> progress(Collection<Long> surveyIds, DataScope scope) {
        int prefectures = regions.prefecturesWithin(scope).size();
        Optional<String> own = Optional.ofNullable(scope.regionCode());
        // the returns of all these rounds in one query (a round has one per prefecture-level unit at most)
        Map<Long, List<SurveyReturn>> bySurvey = surveyIds.isEmpty() ? Map.of()
                : returns.findAll(ReturnFilter.none().of(surveyIds), scope, SurveyReturnService.RETURN_ORDER).stream()
                        .collect(Collectors.groupingBy(SurveyReturn::getSurveyId));
        Map<Long, RoundProgress> progress = new LinkedHashMap<>();
        for (long id : surveyIds) {
            List<SurveyReturn> round = bySurvey.getOrDefault(id, List.of());
            long filed = round.stream().filter(r -> r.getState().isFiled()).count();
            long accepted = round.stream().filter(r -> r.getState() == ReturnState.ACCEPTED).count();
            SurveyReturn mine = own.flatMap(region -> round.stream().filter(r -> r.getRegionCode().equals(region)).findFirst()).orElse(null);
            progress.put(id, new RoundProgress(prefectures, filed, accepted, mine));
        }
        return progress;
    }

    /**
     * The round's table: each prefecture-level unit the caller covers, in the plan's order, with its return and rows
     * if it has started one; with {@code state}, only the units whose return is in that state.
     */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public List<RoundUnit> units(long surveyId, ReturnState state, DataScope scope) {
        round(surveyId);
        Map<String, SurveyReturn> byRegion = returns.findAll(new ReturnFilter(state, null).of(List.of(surveyId)), scope,
                        SurveyReturnService.RETURN_ORDER).stream()
                .map(SurveyReturn::withRows).collect(Collectors.toMap(SurveyReturn::getRegionCode, Function.identity()));
        List<RoundUnit> units = new ArrayList<>();
        for (Region prefecture : regions.prefecturesWithin(scope)) {
            SurveyReturn ret = byRegion.get(prefecture.getCode());
            if (state == null || ret != null) {
                units.add(new RoundUnit(prefecture, ret));
            }
        }
        return units;
    }
}
