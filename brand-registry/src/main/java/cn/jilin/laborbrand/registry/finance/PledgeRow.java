package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.mark.BrandMark;

/** A pledge loan as lists and its page show it: the loan, its brand by name, the pledged mark. */
public record PledgeRow(PledgeLoan loan, BrandName brand, BrandMark mark) {
}
