package cn.jilin.laborbrand.platform.organisation;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.List;
import java.util.Optional;

interface OrganisationRepository extends ScopedRepository<Organisation, Long> {

    // Uniqueness holds province-wide, so these look beyond the caller's scope; they answer only yes or no.
    boolean existsByName(String name);

    boolean existsByCreditCode(String creditCode);

    @Unscoped("names, kinds and regions of organisations are public; accounts are attached to any of them")
    List<OrganisationChoice> findAllByOrderBySortOrderAscNameAsc();

    @Unscoped("the same public facts as the directory above, for one organisation")
    Optional<OrganisationChoice> findChoiceById(Long id);
}
