/**
 * Promotion of brands and their people (measures 三(三)–三(四), 二(二)3), package by feature: {@code consent}
 * (PublicationConsent, shared by nominations and figures), {@code campaign} (SelectionCampaign and its Nominations,
 * scored by experts, on public notice, published with tiers), {@code competition} (Competition, its events and
 * results), {@code figure} (TypicalFigure), {@code event} (PromotionEvent with EventKind) and {@code coverage}
 * (MediaCoverage), and the published views the public showcase reads.
 */
package cn.jilin.laborbrand.promotion;
