package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SubsidyClaimRepository extends ScopedRepository<SubsidyClaim, Long> {

    /** Row-locked, in id order: batches and approvals take their claims one writer at a time. */
    @Unscoped("claims the caller has already found within their scope, locked before their state changes")
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SubsidyClaim c where c.id in :ids order by c.id")
    List<SubsidyClaim> lockAll(Collection<Long> ids);

    @Unscoped("the claims of a batch the caller has already found within their scope")
    List<SubsidyClaim> findAllByIdIn(Collection<Long> ids);

    @Unscoped("one claim the caller has already found within their scope, locked before its state changes")
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from SubsidyClaim c where c.id = :id")
    Optional<SubsidyClaim> lock(long id);
}

interface ClaimPersonRepository extends Repository<ClaimPerson, Long> {

    List<ClaimPerson> findByClaimIdOrderById(long claimId);

    ClaimPerson save(ClaimPerson person);

    /** Whether the claim's grants count against its people: set with each transition, refused by the unique indexes twice. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ClaimPerson p set p.live = :live where p.claimId = :claimId")
    int markLive(long claimId, boolean live);
}

interface SubsidyObjectionRepository extends Repository<SubsidyObjection, Long> {

    List<SubsidyObjection> findByClaimIdOrderById(long claimId);

    Optional<SubsidyObjection> findById(Long id);

    boolean existsByClaimIdAndUpheldIsNull(long claimId);

    SubsidyObjection saveAndFlush(SubsidyObjection objection);
}

interface SubsidyRecoveryRepository extends Repository<Recovery, Long> {

    List<Recovery> findByClaimIdOrderById(long claimId);

    Recovery saveAndFlush(Recovery recovery);
}
