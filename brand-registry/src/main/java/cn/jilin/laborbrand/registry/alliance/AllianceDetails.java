package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.time.LocalDate;

/** An alliance as entered: name, trade or region (with the section or the region), founding date and basis. */
public record AllianceDetails(String name, AllianceBasis basisKind, IndustrySection industry, String regionCode,
                              LocalDate foundedOn, String basis) {
}
