package cn.jilin.laborbrand.platform.partner;

/**
 * A read-only area of the registries that a provincial department may see because a measure it answers for covers it
 * (the mapping is data: plan_measure_partner_area, migrations V29 and V42). No area shows personal data.
 */
public enum PartnerArea {
    /** 二(二)3, 二(三)2, 二(三)3, 二(一)2: brands, their level, credit and marks. */
    BRANDS,
    /** 二(二)1, 二(一)2: courses, cultivation bases, trained and certified persons counted. */
    TRAINING,
    /** 二(二)2: persons of the priority groups trained and dispatched, counted. */
    PRIORITY_GROUPS,
    /** 二(三)1: the employment-subsidy budgets. */
    BUDGETS,
    /** 二(三)1: brand workers' start-ups, incubation carriers and brand finance, counted by prefecture. */
    STARTUPS,
    /** 二(三)3: the labor-brand industrial parks with their yearly figures. */
    PARKS,
    /** 二(二)2: input bases, resident offices, vacancies, placements and follow-up service, counted by prefecture. */
    COOPERATION,
    /** 二(一)2: the areas the plan targets for livelihood brands and the brands that serve each. */
    LIVELIHOOD
}
