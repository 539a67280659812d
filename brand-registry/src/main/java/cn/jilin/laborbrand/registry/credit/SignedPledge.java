package cn.jilin.laborbrand.registry.credit;

import java.time.LocalDate;

/** A pledge as the credit page shows it: the organisation's public name and the text version signed. */
public record SignedPledge(long id, long organisationId, String organisationName, String signatory, String signatoryTitle,
                           LocalDate signedOn, String textVersion, String textTitle, boolean demo) {
}
