package cn.jilin.laborbrand.registry.partner;

import java.math.BigDecimal;
import java.util.List;

/**
 * 二(三)1's brand finance in one prefecture: pledge loans on brands' trademarks and patents (granted in the year, or
 * ever; the amount; those still outstanding) and insurance taken out on brands (policies starting in the year, or ever;
 * the brands insured; the sum insured). Figures of contracts, not of persons.
 */
public record FinanceFigures(String prefectureCode, long pledgeLoans, BigDecimal pledgedAmount, long outstanding, long policies,
                             long insuredBrands, BigDecimal insuredAmount) {

    /** A prefecture with nothing recorded. */
    public static FinanceFigures none(String prefectureCode) {
        return new FinanceFigures(prefectureCode, 0, BigDecimal.ZERO, 0, 0, 0, BigDecimal.ZERO);
    }

    /** The province's row: the prefectures' figures added up (its code null). */
    public static FinanceFigures total(List<FinanceFigures> rows) {
        FinanceFigures t = none(null);
        for (FinanceFigures f : rows) {
            t = new FinanceFigures(null, t.pledgeLoans + f.pledgeLoans, t.pledgedAmount.add(f.pledgedAmount), t.outstanding + f.outstanding,
                    t.policies + f.policies, t.insuredBrands + f.insuredBrands, t.insuredAmount.add(f.insuredAmount));
        }
        return t;
    }
}
