/**
 * Brand registry (measures 二(一)1–3, 二(二)3, 二(三)2 of 吉人社联〔2022〕73号).
 *
 * <p>Will hold, package by feature: {@code brand} (LaborBrand and its level history), {@code survey}
 * (BrandSurvey, SurveyReturn), {@code application} (BrandApplication and its review workflow),
 * {@code catalog} (GuidanceCatalog, CatalogEntry), {@code credit} (CreditPledge, CreditEvaluation),
 * {@code mark} (Trademark, Patent), {@code enterprise} (LeadingEnterprise) and {@code alliance} (BrandAlliance),
 * plus the PlanMetric of designated brands by level and scope.
 */
package cn.jilin.laborbrand.registry;
