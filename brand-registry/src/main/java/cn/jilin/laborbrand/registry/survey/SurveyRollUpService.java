package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.Region;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's roll-up of a survey round (二(一)1: 摸清劳务品牌数量、分布、特征、从业人员规模): over the prefecture-level
 * units the caller covers, the filed returns' brands and groups by maturity, by brand type and by region, workforce and
 * income totals, and the units that have not filed.
 */
@Service
public class SurveyRollUpService {

    private final BrandSurveyRepository surveys;
    private final SurveyReturnService returns;
    private final RegionService regions;
    private final AuditService audit;

    SurveyRollUpService(BrandSurveyRepository surveys, SurveyReturnService returns, RegionService regions, AuditService audit) {
        this.surveys = surveys;
        this.returns = returns;
        this.regions = regions;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional(readOnly = true)
    public SurveyRollUp rollUp(long surveyId, DataScope scope) {
        surveys.findById(surveyId).orElseThrow(() -> new NotFoundException("survey", surveyId));
        return compute(returns.load(List.of(surveyId), ReturnFilter.none(), scope), scope);
    }

    /** The roll-up for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('survey:view')")
    @Transactional
    public SurveyRollUp exportRollUp(long surveyId, DataScope scope) {
        SurveyRollUp rollUp = rollUp(surveyId, scope);
        audit.record("survey.rollup.export", SurveyService.SURVEY, surveyId, "prefectures=" + rollUp.totals().prefectures()
                + " filed=" + rollUp.totals().filed());
        return rollUp;
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
        List<Region> covered = regions.prefecturesWithin(scope);
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
}
