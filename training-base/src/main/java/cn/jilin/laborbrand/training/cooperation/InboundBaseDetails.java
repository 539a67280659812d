package cn.jilin.laborbrand.training.cooperation;

import java.time.LocalDate;

/**
 * A labour input base as entered: the partner by name or as an organisation of the directory, the place outside Jilin
 * (text), the Jilin region that runs the cooperation, the agreement's dates and what it covers.
 */
public record InboundBaseDetails(String name, String regionCode, String partnerName, Long partnerOrganisationId, String place,
                                 LocalDate signedOn, LocalDate validUntil, String occupationCode, Long brandId, String note) {
}
