/**
 * Subsidies (measures 二(二)1–2, 二(三)1), package by feature: {@code policy} (SubsidyPolicy with its SubsidyStandards:
 * amounts as dated rows), {@code rule} (the one eligibility engine, EligibilityRules, and the grant history it reads),
 * {@code budget} (yearly Budgets per region and policy; the BudgetLedger commits and spends, never below zero),
 * {@code claim} (SubsidyClaim on its ClaimWorkflow: checks, approval, public notice, objections, recovery) and
 * {@code batch} (DisbursementBatch: bank file out, return file in — every claim paid exactly once).
 */
package cn.jilin.laborbrand.subsidy;
