package cn.jilin.laborbrand.registry.credit;

import java.time.LocalDate;

/** A signed pledge as entered: the organisation it binds, who signed (and as what), when, and the text version. */
public record PledgeDetails(Long organisationId, String signatory, String signatoryTitle, LocalDate signedOn, Long textId) {
}
