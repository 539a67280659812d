package cn.jilin.laborbrand.promotion.campaign;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SelectionCampaignRepository extends JpaRepository<SelectionCampaign, Long>, JpaSpecificationExecutor<SelectionCampaign> {

    /** The campaign row locked: submissions to one campaign queue here, so two officers cannot both take its last place. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SelectionCampaign c where c.id = :id")
    Optional<SelectionCampaign> lock(long id);

    List<SelectionCampaign> findByStateIn(Collection<CampaignState> states);
}

interface NominationRepository extends ScopedRepository<Nomination, Long> {

    @Unscoped("one nomination the caller has already found within their scope, locked before its state changes")
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from Nomination n where n.id = :id")
    Optional<Nomination> lock(long id);

    /** Places of a prefecture's quota taken in a campaign; read under the campaign's lock. */
    @Unscoped("a count for the quota rule, under the campaign's lock; no row leaves")
    @Query("select count(n) from Nomination n where n.campaignId = :campaignId and n.prefectureCode = :prefecture and n.state in :states")
    long countTaken(long campaignId, String prefecture, Collection<NominationState> states);

    @Unscoped("the nominations of a campaign the province moves together (ranking, notice, publication); callers hold campaign:manage")
    @Query("select n from Nomination n where n.campaignId = :campaignId and n.state in :states order by n.score desc nulls last, n.id")
    List<Nomination> ofCampaign(long campaignId, Collection<NominationState> states);

    @Unscoped("nominations assigned to the signed-in expert (ids from their own assignments)")
    @Query("select n from Nomination n where n.id in :ids")
    List<Nomination> assigned(Collection<Long> ids);

    /** A nomination shown to the public: on notice or won, in a campaign on notice or published. */
    @Unscoped("the public showcase: only nominations on notice or won, shown as far as their consent covers")
    @Query("""
            select n from Nomination n where n.id = :id and n.state in (cn.jilin.laborbrand.promotion.campaign.NominationState.NOTICE, cn.jilin.laborbrand.promotion.campaign.NominationState.WON)
            and exists (select c from SelectionCampaign c where c.id = n.campaignId and c.state in (cn.jilin.laborbrand.promotion.campaign.CampaignState.NOTICE, cn.jilin.laborbrand.promotion.campaign.CampaignState.PUBLISHED))""")
    Optional<Nomination> findPublished(long id);

    @Unscoped("the public showcase: a campaign's nominations on notice or won")
    @Query("select n from Nomination n where n.campaignId = :campaignId and n.state in (cn.jilin.laborbrand.promotion.campaign.NominationState.NOTICE, cn.jilin.laborbrand.promotion.campaign.NominationState.WON) order by n.tierRank, n.score desc nulls last, n.id")
    List<Nomination> publishedOf(long campaignId);
}

interface NominationObjectionRepository extends Repository<NominationObjection, Long> {

    List<NominationObjection> findByNominationIdOrderById(long nominationId);

    Optional<NominationObjection> findById(Long id);

    boolean existsByNominationIdInAndUpheldIsNull(Collection<Long> nominationIds);

    NominationObjection saveAndFlush(NominationObjection objection);
}
