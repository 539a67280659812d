package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface CatalogEntryRepository extends ScopedRepository<CatalogEntry, Long> {

    // at most one listed entry per brand and catalogue, whoever asks (the partial unique index backs this)
    boolean existsByBrandIdAndStatusAndCatalogRegionIsNull(long brandId, CatalogStatus status);

    boolean existsByBrandIdAndStatusAndCatalogRegion(long brandId, CatalogStatus status, String catalogRegion);

    default boolean isListed(long brandId, CatalogOwner owner) {
        return owner.isProvince() ? existsByBrandIdAndStatusAndCatalogRegionIsNull(brandId, CatalogStatus.LISTED)
                : existsByBrandIdAndStatusAndCatalogRegion(brandId, CatalogStatus.LISTED, owner.regionCode());
    }

    @Unscoped("the caller passes the cities its scope covers; a city's catalogue holds only brands within the city")
    @Query("select new cn.jilin.laborbrand.registry.catalog.RegionCount(e.catalogRegion, count(e)) "
            + "from CatalogEntry e where e.status = cn.jilin.laborbrand.registry.catalog.CatalogStatus.LISTED and e.catalogRegion in :cities group by e.catalogRegion")
    List<RegionCount> countListed(Collection<String> cities);

    // a city's listed brands that the province's catalogue lists too
    @Unscoped("the caller passes the cities its scope covers; a city's catalogue holds only brands within the city")
    @Query("select new cn.jilin.laborbrand.registry.catalog.RegionCount(e.catalogRegion, count(e)) "
            + "from CatalogEntry e where e.status = cn.jilin.laborbrand.registry.catalog.CatalogStatus.LISTED and e.catalogRegion in :cities and exists (select 1 from CatalogEntry p "
            + "where p.brandId = e.brandId and p.status = cn.jilin.laborbrand.registry.catalog.CatalogStatus.LISTED and p.catalogRegion is null) group by e.catalogRegion")
    List<RegionCount> countAlsoInProvince(Collection<String> cities);
}
