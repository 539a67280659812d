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

    @Unscoped("the same public facts as the directory above, for the organisations of one kind")
    List<OrganisationChoice> findAllByKindAndSucceededByIsNullOrderBySortOrderAscNameAsc(OrganisationKind kind);

    @Unscoped("the same public facts, succeeded organisations included, for naming them in history")
    List<OrganisationChoice> findAllByKindOrderBySortOrderAscNameAsc(OrganisationKind kind);

    @Unscoped("which organisations a body succeeded is public (a published reorganisation)")
    List<OrganisationChoice> findBySucceededByOrderByName(Long successorId);

    /** Every succeeded organisation with its successor: a few rows, read whole. */
    @Unscoped("which organisation took which one's place is public (a published reorganisation)")
    @org.springframework.data.jpa.repository.Query("select o.id, o.succeededBy from Organisation o where o.succeededBy is not null")
    List<Object[]> findSuccessions();

    @Unscoped("the same public facts as the directory above, for one organisation")
    Optional<OrganisationChoice> findChoiceById(Long id);

    @Unscoped("the same public facts as the directory above, for the organisations a page shows")
    List<OrganisationChoice> findChoicesByIdIn(java.util.Collection<Long> ids);

    @Unscoped("the same public facts, for a type-ahead: names containing the text, of the given kinds")
    @org.springframework.data.jpa.repository.Query("""
            select new cn.jilin.laborbrand.platform.organisation.OrganisationChoice(o.id, o.name, o.kind, o.regionCode)
            from Organisation o where o.kind in :kinds and o.succeededBy is null
            and (lower(o.name) like :pattern or lower(o.shortName) like :pattern)
            order by o.sortOrder, o.name""")
    List<OrganisationChoice> findChoices(java.util.Collection<OrganisationKind> kinds, String pattern,
                                         org.springframework.data.domain.Pageable page);
}
