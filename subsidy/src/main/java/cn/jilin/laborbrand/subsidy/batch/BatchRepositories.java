package cn.jilin.laborbrand.subsidy.batch;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DisbursementBatchRepository extends ScopedRepository<DisbursementBatch, Long> {

    @Unscoped("a batch the caller has already found within their scope, locked before it is exported, settled or cancelled")
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select b from DisbursementBatch b where b.id = :id")
    Optional<DisbursementBatch> lock(long id);
}

interface DisbursementLineRepository extends Repository<DisbursementLine, Long> {

    List<DisbursementLine> findByBatchIdOrderById(long batchId);

    DisbursementLine save(DisbursementLine line);

    <S extends DisbursementLine> List<S> saveAll(Iterable<S> lines);
}
