/**
 * Cultivation bases and training (measures 二(一)2, 二(二)1–2).
 *
 * <p>Will hold, package by feature: {@code base} (CultivationBase and its designation), {@code institution}
 * (Institution, InstitutionKind), {@code course} (TrainingCourse, Trainee, roster import), {@code certificate}
 * (certificates of the three CertificateKinds), {@code studio} (SkillMasterStudio, ExpertStudio, HighSkillBase),
 * {@code dispatch} (LaborDispatch, LaborCooperation, InboundBase) and {@code referral} (JobReferral, VacancyMatch),
 * plus the PlanMetrics of bases, people trained and people certified.
 */
package cn.jilin.laborbrand.training;
