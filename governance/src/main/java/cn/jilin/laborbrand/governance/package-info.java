/**
 * The implementation plan as data (chapters 一–三).
 *
 * <p>Will hold, package by feature: {@code plan} (the measure tree and its departments), {@code target}
 * (PlanTarget read live through the PlanMetric port of {@code platform}), {@code task} (ResponsibilityTask,
 * ProgressReport, overdue marking), {@code meeting} (LeadingGroup, WorkMeeting) and {@code expert} (ExpertPool).
 * It depends on {@code platform} only.
 */
package cn.jilin.laborbrand.governance;
