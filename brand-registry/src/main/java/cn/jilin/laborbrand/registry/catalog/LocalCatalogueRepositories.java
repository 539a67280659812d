package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

// The repositories of the local catalogues: key projects and the cities' development plans.

interface CatalogProjectRepository extends ScopedRepository<CatalogProject, Long> {

    @Unscoped("the caller passes the cities its scope covers; a city's catalogue holds only projects within the city")
    @Query("select new cn.jilin.laborbrand.registry.catalog.RegionCount(p.catalogRegion, count(p)) from CatalogProject p "
            + "where p.status = cn.jilin.laborbrand.registry.catalog.CatalogStatus.LISTED and p.catalogRegion in :cities group by p.catalogRegion")
    List<RegionCount> countListed(Collection<String> cities);
}

interface DevelopmentPlanRepository extends ScopedRepository<BrandDevelopmentPlan, Long> {

    @Unscoped("the caller passes the cities its scope covers; a city's plans are of the city's own region")
    @Query("select p from BrandDevelopmentPlan p where p.regionCode in :cities order by p.regionCode, p.issuedOn desc, p.id desc")
    List<BrandDevelopmentPlan> findOfCities(Collection<String> cities);
}
