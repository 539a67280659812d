package cn.jilin.laborbrand.platform.account;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long>, JpaSpecificationExecutor<Account> {

    Optional<Account> findById(Long id);

    /** The accounts a page names, in one query. */
    java.util.List<Account> findByIdIn(java.util.Collection<Long> ids);

    Optional<Account> findByUsernameIgnoreCase(String username);

    /** Row-locked, so that concurrent failed sign-ins are counted one by one. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Account> findForUpdateByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    long count();

    Account save(Account account);

    /** The accounts of an organisation, for carrying them over to its successor. */
    java.util.List<Account> findByOrganisationId(Long organisationId);
}
