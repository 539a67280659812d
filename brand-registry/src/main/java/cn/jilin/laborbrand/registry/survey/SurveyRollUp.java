package cn.jilin.laborbrand.registry.survey;

import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandType;
import java.math.BigDecimal;
import java.util.List;

/**
 * The roll-up of a survey round over the prefecture-level units the caller covers (the province for HRSS), computed
 * from the filed returns (submitted or accepted); drafts and returned returns are not counted, and their units are
 * listed as not filed.
 */
public record SurveyRollUp(Totals totals, List<RegionLine> regions, List<MaturityLine> byMaturity, List<TypeLine> byType) {

    /** The units without a submitted or accepted return, in the plan's order. */
    public List<RegionLine> notFiled() {
        return regions.stream().filter(r -> !r.filed()).toList();
    }

    /**
     * @param prefectures the units covered; filed, accepted: how many of them have filed, and been accepted
     * @param brands, groups: brand lines and groups in the filed returns
     */
    public record Totals(int prefectures, int filed, int accepted, int brands, int groups, long brandWorkforce,
                         long groupWorkforce, BigDecimal annualLaborIncome, long trained, long certified) {

        public long workforce() {
            return brandWorkforce + groupWorkforce;
        }
    }

    /** A prefecture-level unit: the state of its return (null: none started) and, once filed, its figures. */
    public record RegionLine(String regionCode, ReturnState state, Long returnId, int brands, int groups, long brandWorkforce,
                             long groupWorkforce, BigDecimal annualLaborIncome) {

        public boolean filed() {
            return state != null && state.isFiled();
        }

        public long workforce() {
            return brandWorkforce + groupWorkforce;
        }
    }

    /** Brands and groups at one stage of maturity (groups are never ESTABLISHED: those are brands). */
    public record MaturityLine(BrandMaturity maturity, int brands, long brandWorkforce, int groups, long groupWorkforce) {

        public int total() {
            return brands + groups;
        }
    }

    /** Brands of one of the plan's four types. */
    public record TypeLine(BrandType type, int brands, long workforce, BigDecimal annualLaborIncome) {
    }
}
