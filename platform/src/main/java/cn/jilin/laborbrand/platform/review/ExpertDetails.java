package cn.jilin.laborbrand.platform.review;

import java.util.Set;

/**
 * What HRSS keeps of an expert of the pool (专家库, 三(二)): the linked sign-in account (may be null), name, organisation
 * and title, what they know (free text, brand types, industries, occupations), home region and contact phone (stored
 * encrypted; blank on an edit keeps the phone already given).
 */
public record ExpertDetails(Long accountId, String name, String organisation, String title, String fields, Set<String> brandTypes,
                            Set<String> industries, String occupations, String homeRegionCode, String phone) {
}
