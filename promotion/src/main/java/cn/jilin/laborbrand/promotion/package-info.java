/**
 * Promotion of brands and their people (measures 三(三)–三(四)).
 *
 * <p>Will hold, package by feature: {@code campaign} (SelectionCampaign, Competition), {@code figure}
 * (BrandFigure with FigureRole), {@code event} (PromotionEvent with EventKind) and {@code coverage}
 * (MediaCoverage), and the public showcase they feed.
 */
package cn.jilin.laborbrand.promotion;
