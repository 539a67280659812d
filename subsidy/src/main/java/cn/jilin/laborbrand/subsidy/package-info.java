/**
 * Subsidies (measures 二(二)1–2, 二(三)1).
 *
 * <p>Will hold, package by feature: {@code policy} (SubsidyKind, policies and budgets), {@code claim} (claims,
 * eligibility and duplicate checks, public notice) and {@code disbursement} (DisbursementBatch, Disbursement —
 * every approved claim paid exactly once).
 */
package cn.jilin.laborbrand.subsidy;
