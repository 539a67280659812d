package cn.jilin.laborbrand.platform.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AdminRequestRepository extends Repository<AdminRequest, Long> {

    Optional<AdminRequest> findById(Long id);

    Page<AdminRequest> findAllByStatusIn(java.util.Collection<AdminRequest.Status> statuses, Pageable pageable);

    boolean existsByTargetAccountIdAndActionAndStatus(long targetAccountId, AdminAction action, AdminRequest.Status status);

    long countByStatus(AdminRequest.Status status);

    AdminRequest save(AdminRequest request);

    AdminRequest saveAndFlush(AdminRequest request);
}
