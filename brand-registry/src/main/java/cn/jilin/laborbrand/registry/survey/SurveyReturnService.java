package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.LaborBrand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The returns of the survey rounds (二(一)1): read within the caller's scope — a city bureau its own region's, HRSS the
 * province's — and filled in by the bureau while a draft or returned. Their steps are {@link SurveyReturnWorkflow}'s.
 */
@Service
public class SurveyReturnService {

    static final Sort RETURN_ORDER = Sort.by("regionCode");

    private final SurveyReturnRepository returns;
    private final BrandSurveyRepository surveys;
    private final SurveyBrandLines lines;
    private final RegionService regions;
    private final WorkflowHistory history;
    private final CurrentUser user;
    private final AuditService audit;

    SurveyReturnService(SurveyReturnRepository returns, BrandSurveyRepository surveys, SurveyBrandLines lines, RegionService regions,
                        WorkflowHistory history, CurrentUser user, AuditService audit) {
        this.returns = returns;
        this.surveys = surveys;
        this.lines = lines;
        this.regions = regions;
        this.history = history;
        this.user = user;
        this.audit = audit;
    }

    /** The returns of a round within the caller's scope, with their rows, in the plan's order of regions. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public List<SurveyReturn> returns(long surveyId, ReturnFilter filter, DataScope scope) {
        return load(List.of(surveyId), filter, scope);
    }

    /** The returns of several rounds within the caller's scope (without their rows), by round. */
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
        surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        List<SurveyReturn> rows = load(List.of(surveyId), filter, scope);
        audit.record("survey.returns.export", SurveyService.SURVEY, surveyId, "state=" + filter.state() + " region=" + filter.regionCode()
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

    /** Whether the signed-in user may fill in the return now: a bureau, on a draft or returned return of an open round. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public boolean editable(long id, DataScope scope) {
        SurveyReturn r = returns.getById(id, scope);
        return user.holds(SurveyReturnWorkflow.FILE) && r.getState().isEditable()
                && surveys.findById(r.getSurveyId()).map(BrandSurvey::isOpen).orElse(false);
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
        for (LaborBrand brand : lines.activeBrandsOf(r.getRegionCode(), scope)) {
            if (!present.contains(brand.getId())) {
                rows.add(SurveyBrandLines.lineOf(brand));
            }
        }
        rows.sort(SurveyBrandLines.ORDER);
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
        BrandSurvey survey = surveys.findById(r.getSurveyId()).orElseThrow(() -> new NotFoundException("survey", r.getSurveyId()));
        if (!survey.isOpen()) {
            throw new RuleViolation("survey.round.closed");
        }
        if (!r.getState().isEditable()) {
            throw new RuleViolation("survey.return.notEditable");
        }
        Map<Long, LaborBrand> regionBrands = lines.brandsOf(r.getRegionCode(), scope).stream()
                .collect(Collectors.toMap(LaborBrand::getId, Function.identity()));
        validate(content, regionBrands.keySet());

        Map<Long, ReturnBrandRow> byBrand = new LinkedHashMap<>();
        r.brandRowsForUpdate().forEach(line -> byBrand.put(line.getBrandId(), line));
        for (BrandFigures figures : content.brands()) {
            LaborBrand brand = regionBrands.get(figures.brandId());
            ReturnBrandRow line = byBrand.get(figures.brandId());
            if (line == null) {
                r.brandRowsForUpdate().add(new ReturnBrandRow(brand.getId(), brand.getName(), brand.getRegionCode(), brand.getType(), figures));
            } else {
                line.describe(brand.getName(), brand.getRegionCode(), brand.getType());
                line.apply(figures);
            }
        }
        r.brandRowsForUpdate().sort(SurveyBrandLines.ORDER);
        r.replaceGroups(content.groups().stream().map(ReturnGroupRow::new).toList());
        returns.saveAndFlush(r);
        audit.record("survey_return.save", SurveyReturn.SUBJECT, id, regions.name(r.getRegionCode()) + " brands="
                + r.getBrandRows().size() + " groups=" + r.getGroupRows().size() + " state=" + r.getState());
    }

    /** The returns of the rounds within the scope, with their rows, in the plan's order of prefecture-level units. */
    List<SurveyReturn> load(Collection<Long> surveyIds, ReturnFilter filter, DataScope scope) {
        List<SurveyReturn> found = returns.findAll(filter.of(surveyIds), scope, RETURN_ORDER);
        found.forEach(SurveyReturn::withRows);
        Map<String, Integer> order = new LinkedHashMap<>();
        regions.prefectures().forEach(p -> order.put(p.getCode(), p.getSortOrder()));
        return found.stream().sorted(Comparator.comparing(r -> order.getOrDefault(r.getRegionCode(), Integer.MAX_VALUE))).toList();
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
}
