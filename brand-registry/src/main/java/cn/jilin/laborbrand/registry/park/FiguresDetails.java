package cn.jilin.laborbrand.registry.park;

import java.math.BigDecimal;

/** A park's figures of one year as entered: land (亩), building stock (m²), receivables financing (元), zones, jobs. */
public record FiguresDetails(Integer year, BigDecimal landMu, BigDecimal buildingM2, BigDecimal receivablesFinancing,
                             Integer enterprisesInZones, Integer jobs) {
}
