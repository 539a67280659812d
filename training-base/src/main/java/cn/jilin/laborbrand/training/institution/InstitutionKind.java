package cn.jilin.laborbrand.training.institution;

/** 培训机构 / 职业院校 / 就业训练中心 / 实训基地 / 企业 / 人力资源服务机构. */
public enum InstitutionKind {
    TRAINING_INSTITUTION, VOCATIONAL_COLLEGE, EMPLOYMENT_TRAINING_CENTRE, PRACTICAL_TRAINING_BASE, ENTERPRISE, HR_SERVICE_AGENCY
}
