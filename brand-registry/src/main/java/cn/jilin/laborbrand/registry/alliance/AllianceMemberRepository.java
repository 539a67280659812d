package cn.jilin.laborbrand.registry.alliance;

import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AllianceMemberRepository extends Repository<AllianceMember, Long> {

    AllianceMember save(AllianceMember member);

    AllianceMember saveAndFlush(AllianceMember member);

    void delete(AllianceMember member);

    boolean existsByAllianceIdAndBrandId(long allianceId, long brandId);

    boolean existsByAllianceIdAndOrganisationId(long allianceId, long organisationId);

    Optional<AllianceMember> findByIdAndAllianceId(long id, long allianceId);

    Optional<AllianceMember> findByAllianceIdAndLeadTrue(long allianceId);

    @Unscoped("an alliance's membership is published: every brand user sees its members' names, home regions and levels")
    @Query("select new cn.jilin.laborbrand.registry.alliance.MemberRow(m.id, m.allianceId, m.kind, m.brandId, m.organisationId, m.lead, "
            + "m.joinedOn, b.name, b.regionCode, b.level, b.industry) from AllianceMember m "
            + "left join cn.jilin.laborbrand.registry.brand.LaborBrand b on b.id = m.brandId "
            + "where m.allianceId in :allianceIds order by m.allianceId, m.lead desc, m.kind, m.id")
    List<MemberRow> findRows(Collection<Long> allianceIds);
}
