package cn.jilin.laborbrand.training.incubator;

import java.math.BigDecimal;

/** What is entered about an incubation carrier. */
public record IncubatorDetails(IncubatorKind kind, String name, String regionCode, Long operatorId, BigDecimal brandSpace, boolean rentWaived,
                               String rentWaiverNote, boolean utilitiesWaived, boolean provincialExcellent, Integer recognisedYear) {
}
