package cn.jilin.laborbrand.registry.brand;

import java.util.List;
import org.springframework.data.repository.Repository;

interface BrandLevelChangeRepository extends Repository<BrandLevelChange, Long> {

    BrandLevelChange save(BrandLevelChange change);

    /** The history of a brand the caller has already loaded within their scope. */
    List<BrandLevelChange> findByBrandIdOrderByDecidedAtAscIdAsc(long brandId);
}
