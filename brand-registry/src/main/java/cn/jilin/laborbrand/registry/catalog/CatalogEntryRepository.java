package cn.jilin.laborbrand.registry.catalog;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;

interface CatalogEntryRepository extends ScopedRepository<CatalogEntry, Long> {

    // at most one listed entry per brand, whoever asks (the partial unique index backs this)
    boolean existsByBrandIdAndStatus(long brandId, CatalogStatus status);
}
