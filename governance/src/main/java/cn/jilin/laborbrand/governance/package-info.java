/**
 * The implementation plan as data (吉人社联〔2022〕73号, chapters 一–三), package by feature: {@code plan} (the
 * document, its measure tree and the departments each measure names), {@code target} (the plan's targets, read live
 * through the {@code PlanMetric} port of {@code platform}, with year-end snapshots), {@code task} (responsibility
 * tasks, quarterly progress reports and their review, overdue marking, the quarterly PDF, the work list's items) and
 * {@code meeting} (the leading group's work meetings and their decisions). The expert pool lives with the review rules
 * in {@code platform.review}. This module depends on {@code platform} only.
 */
package cn.jilin.laborbrand.governance;
