package cn.jilin.laborbrand.registry.finance;

import cn.jilin.laborbrand.registry.brand.BrandName;

/** A policy as lists and its page show it: the policy, its brand by name, its status today. */
public record InsuranceRow(BrandInsurance policy, BrandName brand, InsuranceStatus status) {
}
