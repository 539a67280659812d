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
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandFilter;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 劳务品牌摸底调查 (二(一)1): HRSS opens a round a year; each prefecture-level bureau files a return with its brands'
 * figures and its groups of workers that are not brands yet; HRSS returns it for revision or accepts it, and sees the
 * province's roll-up. Returns are read within the caller's data scope; the steps are those of {@link ReturnAction}.
 *
 * <p>An accepted return's brand figures (maturity, workforce, income, trained, certified) become the brands' own, in
 * the same transaction, through {@link BrandService}; the brands' levels never change here.
 */
@Service
public class SurveyService {

    static final String SURVEY = "brand_survey";
    static final int FIRST_YEAR = 2022;
    static final int LAST_YEAR = 2099;
    private static final Sort RETURN_ORDER = Sort.by("regionCode");
    private static final Comparator<ReturnBrandRow> ROW_ORDER =
            Comparator.comparing(ReturnBrandRow::getBrandRegionCode).thenComparing(ReturnBrandRow::getBrandName);

    private final BrandSurveyRepository surveys;
    private final SurveyReturnRepository returns;
    private final BrandService brands;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final Clock clock;

    SurveyService(BrandSurveyRepository surveys, SurveyReturnRepository returns, BrandService brands, RegionService regions,
                  WorkflowHistory history, AuditService audit, Clock clock) {
        this.surveys = surveys;
        this.returns = returns;
        this.brands = brands;
        this.regions = regions;
        this.history = history;
        this.audit = audit;
        this.clock = clock;
    }

    // ---- rounds

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
        BrandSurvey survey = surveys.save(new BrandSurvey(round, false));
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

    // ---- returns

    /** The returns of a round within the caller's scope, with their rows, in the plan's order of regions. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public List<SurveyReturn> returns(long surveyId, ReturnFilter filter, DataScope scope) {
        return load(List.of(surveyId), filter, scope);
    }

    /** The returns of several rounds within the caller's scope (for the list of rounds), by round. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public Map<Long, List<SurveyReturn>> returnsOf(Collection<Long> surveyIds, DataScope scope) {
        if (surveyIds.isEmpty()) {
            return Map.of();
        }
        return returns.findAll(ReturnFilter.none().of(surveyIds), scope, RETURN_ORDER).stream()
                .collect(Collectors.groupingBy(SurveyReturn::getSurveyId));
    }

    /** The returns of a round for an Excel export of their rows; the export is recorded. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional
    public List<SurveyReturn> exportReturns(long surveyId, ReturnFilter filter, DataScope scope) {
        round(surveyId);
        List<SurveyReturn> rows = load(List.of(surveyId), filter, scope);
        audit.record("survey.returns.export", SURVEY, surveyId, "state=" + filter.state() + " region=" + filter.regionCode()
                + " returns=" + rows.size());
        return rows;
    }

    /** A return with its rows, or 404 when it does not exist or belongs to a region outside the caller's scope. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public SurveyReturn getReturn(long id, DataScope scope) {
        return returns.getById(id, scope).withRows();
    }

    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(SurveyReturn.SUBJECT, returns.getById(id, scope).getId());
    }

    /**
     * The bureau starts its region's return for an open round: a draft with a line per brand of its region and
     * counties, pre-filled from the brands' current figures. When the return exists already, that one is the answer.
     */
    @PreAuthorize("hasAuthority('survey:return:file')")
    @Transactional
    public long start(long surveyId, DataScope scope) {
        requireOpen(surveyId);
        String region = scope.regionCode();
        boolean prefecture = scope.kind() == DataScope.Kind.REGION
                && regions.find(region).map(Region::getLevel).orElse(null) == RegionLevel.PREFECTURE;
        if (!prefecture) {
            throw new RuleViolation("survey.return.prefectureOnly");
        }
        List<SurveyReturn> existing = returns.findAll(new ReturnFilter(null, region).of(List.of(surveyId)), scope, RETURN_ORDER);
        if (!existing.isEmpty()) {
            return existing.get(0).getId();
        }
        SurveyReturn created = new SurveyReturn(surveyId, region, false);
        prefill(created, scope);
        returns.saveAndFlush(created);
        history.record(SurveyReturn.SUBJECT, created.getId(), "create", null, ReturnState.DRAFT, null);
        return created.getId();
    }

    /**
     * The brand lines of the return's form: those it holds, plus a line pre-filled from the current figures for each
     * brand registered in the region since (not stored until the bureau saves).
     */
    @PreAuthorize("hasAuthority('survey:return:file')")
    @Transactional(readOnly = true)
    public List<ReturnBrandRow> brandRowsForEditing(long id, DataScope scope) {
        SurveyReturn r = returns.getById(id, scope);
        List<ReturnBrandRow> rows = new ArrayList<>(r.getBrandRows());
        Set<Long> present = rows.stream().map(ReturnBrandRow::getBrandId).collect(Collectors.toSet());
        for (LaborBrand brand : activeBrands(r.getRegionCode(), scope)) {
            if (!present.contains(brand.getId())) {
                rows.add(lineOf(brand));
            }
        }
        rows.sort(ROW_ORDER);
        return rows;
    }

    /**
     * Saves what the bureau entered, in a draft or a returned return of an open round (a returned return stays
     * returned, with its reason). Each brand line must be a brand of the region, once; each group needs a name, unique
     * in the return, and is UNNAMED or EMERGING. Lines of brands not sent keep their figures.
     */
    @PreAuthorize("hasAuthority('survey:return:file')")
    @Transactional
    public void save(long id, long shownVersion, ReturnContent content, DataScope scope) {
        SurveyReturn r = returns.getById(id, scope);
        r.requireVersion(shownVersion);
        requireOpen(r.getSurveyId());
        if (!ReturnAction.SAVE.allowedFrom(r.getState())) {
            throw new RuleViolation("survey.return.notEditable");
        }
        Map<Long, LaborBrand> regionBrands = brandsOf(r.getRegionCode(), scope).stream()
                .collect(Collectors.toMap(LaborBrand::getId, Function.identity()));
        validate(content, regionBrands.keySet());

        Map<Long, ReturnBrandRow> lines = new LinkedHashMap<>();
        r.brandRowsForUpdate().forEach(line -> lines.put(line.getBrandId(), line));
        for (BrandFigures figures : content.brands()) {
            LaborBrand brand = regionBrands.get(figures.brandId());
            ReturnBrandRow line = lines.get(figures.brandId());
            if (line == null) {
                r.brandRowsForUpdate().add(new ReturnBrandRow(brand.getId(), brand.getName(), brand.getRegionCode(), brand.getType(), figures));
            } else {
                line.describe(brand.getName(), brand.getRegionCode(), brand.getType());
                line.apply(figures);
            }
        }
        r.brandRowsForUpdate().sort(ROW_ORDER);
        r.replaceGroups(content.groups().stream().map(ReturnGroupRow::new).toList());
        returns.saveAndFlush(r);
        audit.record("survey_return.save", SurveyReturn.SUBJECT, id, regions.name(r.getRegionCode()) + " brands="
                + r.getBrandRows().size() + " groups=" + r.getGroupRows().size() + " state=" + r.getState());
    }

    /**
     * Takes a step of {@link ReturnAction} (submit, return for revision, accept) on a return of an open round: only a
     * holder of the step's permission, only from the states the table allows, only on the version the page showed.
     * Accepting makes the return's brand figures the brands' own.
     */
    @PreAuthorize("hasAnyAuthority('survey:return:file', 'survey:manage')")
    @Transactional
    public void act(long id, long shownVersion, ReturnAction action, String comment, DataScope scope) {
        if (!action.isTransition()) {
            throw new IllegalArgumentException(action + " is not a step between states");
        }
        SurveyReturn r = returns.getById(id, scope);
        if (!currentPermissions().contains(action.permission())) {
            throw new AccessDeniedException(action + " needs " + action.permission());
        }
        r.requireVersion(shownVersion);
        requireOpen(r.getSurveyId());
        if (!action.allowedFrom(r.getState())) {
            throw new RuleViolation("survey.return.notAllowed");
        }
        String reason = comment == null || comment.isBlank() ? null : comment.strip();
        if (action.needsReason() && reason == null) {
            throw new RuleViolation("reason", "survey.return.reasonRequired");
        }
        transition(r, action, reason, scope);
    }

    /** The steps the signed-in user may take now on a return (none when its round is closed). */
    @PreAuthorize("hasAuthority('survey:view')")
    @Unscoped("computed from a return the caller has already loaded within its scope")
    @Transactional(readOnly = true)
    public List<ReturnAction> availableSteps(SurveyReturn r) {
        boolean open = surveys.findById(r.getSurveyId()).map(BrandSurvey::isOpen).orElse(false);
        return open ? ReturnAction.transitionsFor(r.getState(), currentPermissions()) : List.of();
    }

    // ---- roll-up

    /**
     * The roll-up of a round over the prefecture-level units the caller covers: counts of brands and groups by
     * maturity, by brand type and by region, workforce and income totals, and the units that have not filed.
     */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public SurveyRollUp rollUp(long surveyId, DataScope scope) {
        round(surveyId);
        return compute(load(List.of(surveyId), ReturnFilter.none(), scope), scope);
    }

    /** The roll-up for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional
    public SurveyRollUp exportRollUp(long surveyId, DataScope scope) {
        SurveyRollUp rollUp = rollUp(surveyId, scope);
        audit.record("survey.rollup.export", SURVEY, surveyId, "prefectures=" + rollUp.totals().prefectures()
                + " filed=" + rollUp.totals().filed());
        return rollUp;
    }

    // ---- demo

    /**
     * Opens a round with returns whose groups are made up for the demo (shown with a badge), each taken through the
     * given steps, unless a round of that year exists. Only the demo provisioning holds {@code demo:provision}.
     */
    @PreAuthorize("hasAuthority('demo:provision')")
    @Transactional
    public boolean provisionDemo(NewSurvey round, List<DemoReturn> demoReturns) {
        if (surveys.existsByYear(round.year())) {
            return false;
        }
        BrandSurvey survey = surveys.save(new BrandSurvey(round, true));
        audit.record("survey.open", SURVEY, survey.getId(), survey.getYear() + " " + survey.getTitle() + " (demo)");
        DataScope province = DataScope.province();
        for (DemoReturn demo : demoReturns) {
            SurveyReturn r = new SurveyReturn(survey.getId(), demo.regionCode(), true);
            prefill(r, province);
            r.replaceGroups(demo.groups().stream().map(ReturnGroupRow::new).toList());
            returns.saveAndFlush(r);
            history.record(SurveyReturn.SUBJECT, r.getId(), "create", null, ReturnState.DRAFT, null);
            for (ReturnAction step : demo.steps()) {
                transition(r, step, step.needsReason() ? demo.returnReason() : null, province);
            }
        }
        return true;
    }

    // ---- rules

    private void transition(SurveyReturn r, ReturnAction action, String reason, DataScope scope) {
        ReturnState from = r.getState();
        r.move(action, reason, clock.instant());
        returns.saveAndFlush(r);
        history.record(SurveyReturn.SUBJECT, r.getId(), action.name().toLowerCase(), from, r.getState(), reason);
        if (action == ReturnAction.ACCEPT) {
            BrandSurvey survey = surveys.findById(r.getSurveyId()).orElseThrow();
            String source = survey.getYear() + " " + survey.getTitle() + " · " + regions.name(r.getRegionCode());
            for (ReturnBrandRow line : r.getBrandRows()) {
                brands.applySurveyFigures(line.getBrandId(), line.getMaturity(), line.getWorkforceSize(),
                        line.getAnnualLaborIncome(), line.getTrainedCount(), line.getCertifiedCount(), source, scope);
            }
        }
    }

    private static void validate(ReturnContent content, Set<Long> regionBrandIds) {
        Set<Long> seen = new HashSet<>();
        for (BrandFigures line : content.brands()) {
            if (!regionBrandIds.contains(line.brandId())) {
                throw new RuleViolation("survey.brand.notInRegion");
            }
            if (!seen.add(line.brandId())) {
                throw new RuleViolation("survey.brand.twice");
            }
            if (line.maturity() == null || line.annualLaborIncome() == null) {
                throw new RuleViolation("survey.figures.missing");
            }
            if (line.workforceSize() < 0 || line.trainedCount() < 0 || line.certifiedCount() < 0
                    || line.annualLaborIncome().signum() < 0) {
                throw new RuleViolation("survey.figures.negative");
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < content.groups().size(); i++) {
            GroupFigures group = content.groups().get(i);
            String field = "groups[" + i + "].";
            if (group.name() == null || group.name().isBlank()) {
                throw new RuleViolation(field + "name", "survey.group.nameRequired");
            }
            if (!names.add(group.name().strip())) {
                throw new RuleViolation(field + "name", "survey.group.nameTwice");
            }
            if (group.maturity() != BrandMaturity.UNNAMED && group.maturity() != BrandMaturity.EMERGING) {
                throw new RuleViolation(field + "maturity", "survey.group.maturity");
            }
            if (group.workforceSize() < 0) {
                throw new RuleViolation(field + "workforceSize", "survey.figures.negative");
            }
        }
    }

    private BrandSurvey requireOpen(long surveyId) {
        BrandSurvey survey = surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        if (!survey.isOpen()) {
            throw new RuleViolation("survey.round.closed");
        }
        return survey;
    }

    private void prefill(SurveyReturn r, DataScope scope) {
        activeBrands(r.getRegionCode(), scope).stream().map(SurveyService::lineOf).sorted(ROW_ORDER)
                .forEach(r.brandRowsForUpdate()::add);
    }

    private static ReturnBrandRow lineOf(LaborBrand brand) {
        return new ReturnBrandRow(brand.getId(), brand.getName(), brand.getRegionCode(), brand.getType(),
                new BrandFigures(brand.getId(), brand.getMaturity(), brand.getWorkforceSize(), brand.getAnnualLaborIncome(),
                        brand.getTrainedCount(), brand.getCertifiedCount()));
    }

    /** The brands of a prefecture-level unit and its counties, whatever their status, as the caller may see them. */
    private List<LaborBrand> brandsOf(String prefecture, DataScope scope) {
        BrandFilter filter = new BrandFilter(regions.coveredCodes(prefecture), null, null, null, null);
        return brands.search(filter, scope, Pageable.unpaged(Sort.by("regionCode", "name"))).getContent();
    }

    private List<LaborBrand> activeBrands(String prefecture, DataScope scope) {
        return brandsOf(prefecture, scope).stream().filter(b -> b.getStatus() == BrandStatus.ACTIVE).toList();
    }

    private List<SurveyReturn> load(Collection<Long> surveyIds, ReturnFilter filter, DataScope scope) {
        List<SurveyReturn> found = returns.findAll(filter.of(surveyIds), scope, RETURN_ORDER);
        found.forEach(SurveyReturn::withRows);
        return byPlanOrder(found);
    }

    private List<SurveyReturn> byPlanOrder(List<SurveyReturn> found) {
        Map<String, Integer> order = new LinkedHashMap<>();
        regions.prefectures().forEach(p -> order.put(p.getCode(), p.getSortOrder()));
        return found.stream().sorted(Comparator.comparing(r -> order.getOrDefault(r.getRegionCode(), Integer.MAX_VALUE))).toList();
    }

    private SurveyRollUp compute(List<SurveyReturn> all, DataScope scope) {
        Map<String, SurveyReturn> byRegion = all.stream().collect(Collectors.toMap(SurveyReturn::getRegionCode, Function.identity()));
        List<SurveyRollUp.RegionLine> lines = new ArrayList<>();
        Map<BrandMaturity, long[]> maturity = new EnumMap<>(BrandMaturity.class);
        Map<BrandType, long[]> types = new EnumMap<>(BrandType.class);
        Map<BrandType, BigDecimal> typeIncome = new EnumMap<>(BrandType.class);
        for (BrandMaturity m : BrandMaturity.values()) {
            maturity.put(m, new long[4]);
        }
        for (BrandType t : BrandType.values()) {
            types.put(t, new long[2]);
            typeIncome.put(t, BigDecimal.ZERO);
        }
        int filed = 0;
        int accepted = 0;
        int brandCount = 0;
        int groupCount = 0;
        long brandWorkforce = 0;
        long groupWorkforce = 0;
        long trained = 0;
        long certified = 0;
        BigDecimal income = BigDecimal.ZERO;
        List<Region> covered = regions.prefectures().stream().filter(p -> scope.coversRegion(p.getCode())).toList();
        for (Region prefecture : covered) {
            SurveyReturn r = byRegion.get(prefecture.getCode());
            if (r == null || !r.getState().isFiled()) {
                lines.add(new SurveyRollUp.RegionLine(prefecture.getCode(), r == null ? null : r.getState(),
                        r == null ? null : r.getId(), 0, 0, 0, 0, BigDecimal.ZERO));
                continue;
            }
            filed++;
            if (r.getState() == ReturnState.ACCEPTED) {
                accepted++;
            }
            for (ReturnBrandRow line : r.getBrandRows()) {
                long[] m = maturity.get(line.getMaturity());
                m[0]++;
                m[1] += line.getWorkforceSize();
                long[] t = types.get(line.getBrandType());
                t[0]++;
                t[1] += line.getWorkforceSize();
                typeIncome.merge(line.getBrandType(), line.getAnnualLaborIncome(), BigDecimal::add);
                trained += line.getTrainedCount();
                certified += line.getCertifiedCount();
            }
            for (ReturnGroupRow group : r.getGroupRows()) {
                long[] m = maturity.get(group.getMaturity());
                m[2]++;
                m[3] += group.getWorkforceSize();
            }
            brandCount += r.getBrandRows().size();
            groupCount += r.getGroupRows().size();
            brandWorkforce += r.getBrandWorkforce();
            groupWorkforce += r.getGroupWorkforce();
            income = income.add(r.getAnnualLaborIncome());
            lines.add(new SurveyRollUp.RegionLine(prefecture.getCode(), r.getState(), r.getId(), r.getBrandRows().size(),
                    r.getGroupRows().size(), r.getBrandWorkforce(), r.getGroupWorkforce(), r.getAnnualLaborIncome()));
        }
        List<SurveyRollUp.MaturityLine> byMaturity = maturity.entrySet().stream()
                .map(e -> new SurveyRollUp.MaturityLine(e.getKey(), (int) e.getValue()[0], e.getValue()[1], (int) e.getValue()[2], e.getValue()[3]))
                .toList();
        List<SurveyRollUp.TypeLine> byType = types.entrySet().stream()
                .map(e -> new SurveyRollUp.TypeLine(e.getKey(), (int) e.getValue()[0], e.getValue()[1], typeIncome.get(e.getKey())))
                .toList();
        SurveyRollUp.Totals totals = new SurveyRollUp.Totals(covered.size(), filed, accepted, brandCount, groupCount,
                brandWorkforce, groupWorkforce, income, trained, certified);
        return new SurveyRollUp(totals, lines, byMaturity, byType);
    }

    private static Set<String> currentPermissions() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return Set.of();
        }
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
    }
}
