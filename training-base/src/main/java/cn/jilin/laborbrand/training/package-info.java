/**
 * Cultivation bases and training (measures 二(一)2, 二(二)1–2), package by feature: {@code institution} (Institution,
 * InstitutionKind: organisations of the directory that train), {@code base} (CultivationBase, its designation workflow
 * BaseAction and the plan's base figures), {@code occupation} (the national occupational classification as far as the
 * platform needs it), {@code course} (TrainingCourse), {@code trainee} (Trainee, roster import), {@code certificate}
 * (certificates of the three CertificateKinds, public verification, the training figures), {@code sheet} (streaming
 * .xlsx reading and import reports), {@code studio} (skill-master and expert studios, high-skill bases),
 * {@code dispatch} (LaborDispatch) and {@code referral} (JobReferral).
 */
package cn.jilin.laborbrand.training;
