package cn.jilin.laborbrand.promotion.figure;

import java.time.Instant;

/**
 * A published typical figure as the public may see it: the name and story only where the consent covers them (else
 * null), a photo only where it covers the photo. Never a phone, an ID, a birth year or a sex.
 */
public record PublicFigure(long id, String name, FigureRole role, long brandId, String brandName, String regionCode,
                           String headline, String story, boolean hasPhoto, Instant publishedAt) {
}
