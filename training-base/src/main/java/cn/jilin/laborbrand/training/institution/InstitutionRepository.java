package cn.jilin.laborbrand.training.institution;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

interface InstitutionRepository extends ScopedRepository<Institution, Long> {

    // one institution record per organisation, whoever asks
    boolean existsByOrganisationId(long organisationId);

    /** Names of institutions whose courses or bases the caller has already loaded within their scope. */
    @Unscoped("names of institutions whose bases or courses the caller already sees; a name is public in the directory")
    @Query("select new cn.jilin.laborbrand.training.institution.InstitutionName(i.id, i.name) from Institution i where i.id in :ids")
    List<InstitutionName> findNamesByIdIn(Collection<Long> ids);
}
