package cn.jilin.laborbrand.registry.park;

import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.registry.brand.BrandName;
import java.util.List;

/** A park's page: the park, its brands and enterprises by name, its figures by year (latest first). */
public record ParkView(IndustrialPark park, List<BrandName> brands, List<OrganisationChoice> enterprises, List<ParkFigures> figures) {
}
