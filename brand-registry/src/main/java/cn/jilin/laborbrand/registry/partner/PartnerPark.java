package cn.jilin.laborbrand.registry.partner;

import java.math.BigDecimal;

/**
 * An industrial park as a department sees it (二(三)3): where it is, what it gathers, how many brands and enterprises
 * are in it, and the figures of one year (the year asked for, else the latest; all null when there are none).
 */
public record PartnerPark(long id, String name, String regionCode, String positioning, int brands, int enterprises, Integer year,
                          BigDecimal landMu, BigDecimal buildingM2, BigDecimal receivablesFinancing, Integer enterprisesInZones, Integer jobs) {
}
