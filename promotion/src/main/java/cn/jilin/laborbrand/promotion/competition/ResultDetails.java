package cn.jilin.laborbrand.promotion.competition;

/** A result as entered: the event (optional), rank, award, person, region, brand (optional), certificate number (optional). */
public record ResultDetails(Long eventId, int rank, String award, String personName, String regionCode, Long brandId, String certificateNumber) {
}
