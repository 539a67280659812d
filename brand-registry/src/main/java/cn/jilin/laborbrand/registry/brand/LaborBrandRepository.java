package cn.jilin.laborbrand.registry.brand;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface LaborBrandRepository extends ScopedRepository<LaborBrand, Long> {

    // a name is unique within its region, whoever asks
    boolean existsByRegionCodeAndName(String regionCode, String name);

    boolean existsByRegionCodeAndNameAndIdNot(String regionCode, String name, Long id);

    @Unscoped("whether the brand is listed in a city's own resource library other than this prefecture's: a move of the brand that the caller's scope allowed is refused until that city removes it")
    @Query(value = "select exists (select 1 from catalog_entry e where e.brand_id = :brandId and e.status = 'LISTED' "
            + "and e.catalog_region is not null and e.catalog_region <> :prefecture)", nativeQuery = true)
    boolean listedInAnotherCitysLibrary(long brandId, String prefecture);

    /** Names of brands whose other records (applications, say) the caller has already loaded within their scope. */
    @Unscoped("names of brands whose applications or entries the caller may already see; a name is public")
    @Query("select new cn.jilin.laborbrand.registry.brand.BrandName(b.id, b.name, b.regionCode, b.level) from LaborBrand b where b.id in :ids")
    List<BrandName> findNamesByIdIn(java.util.Collection<Long> ids);

    @Unscoped("names of active brands for choosing one in a form; a name is public")
    @Query("select new cn.jilin.laborbrand.registry.brand.BrandName(b.id, b.name, b.regionCode, b.level) from LaborBrand b "
            + "where b.status = cn.jilin.laborbrand.registry.brand.BrandStatus.ACTIVE order by b.regionCode, b.name")
    List<BrandName> findActiveNames();

    /** Designated brands per level, scope and home region, for the plan's targets. */
    @Unscoped("counts for the plan's targets, published province-wide; no record leaves")
    @Query("select new cn.jilin.laborbrand.registry.brand.BrandCount(b.level, b.scope, b.regionCode, count(b)) "
            + "from LaborBrand b where b.level <> cn.jilin.laborbrand.registry.brand.BrandLevel.NONE "
            + "and b.status = cn.jilin.laborbrand.registry.brand.BrandStatus.ACTIVE group by b.level, b.scope, b.regionCode")
    List<BrandCount> countDesignated();
}
