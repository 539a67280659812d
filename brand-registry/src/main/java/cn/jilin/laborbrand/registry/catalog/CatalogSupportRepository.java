package cn.jilin.laborbrand.registry.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface CatalogSupportRepository extends Repository<CatalogSupport, Long> {

    CatalogSupport save(CatalogSupport support);

    void delete(CatalogSupport support);

    boolean existsByEntryIdAndOrganisationIdAndKind(long entryId, long organisationId, SupportKind kind);

    /** The supports of an entry the caller has already loaded within their scope. */
    List<CatalogSupport> findByEntryIdOrderByKindAscIdAsc(long entryId);

    Optional<CatalogSupport> findByIdAndEntryId(long id, long entryId);
}
