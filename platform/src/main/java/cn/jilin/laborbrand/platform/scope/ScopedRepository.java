package cn.jilin.laborbrand.platform.scope;

import cn.jilin.laborbrand.platform.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The only way to read a {@link DataScoped} entity: every read takes the caller's {@link DataScope}, which becomes
 * part of the SQL (never a filter after loading). It extends {@link Repository}, not {@code JpaRepository}, so no
 * unscoped {@code findById} or {@code findAll} exists to be called by mistake; an architecture test also refuses
 * query methods declared on a sub-interface without a {@code DataScope} parameter.
 */
@NoRepositoryBean
public interface ScopedRepository<T, ID> extends Repository<T, ID> {

    Optional<T> findById(ID id, DataScope scope);

    /** The record, or {@link NotFoundException} when it does not exist or lies outside the scope. */
    default T getById(ID id, DataScope scope) {
        return findById(id, scope).orElseThrow(() -> new NotFoundException("record", id));
    }

    Page<T> findAll(Specification<T> filter, DataScope scope, Pageable pageable);

    List<T> findAll(Specification<T> filter, DataScope scope, Sort sort);

    long count(Specification<T> filter, DataScope scope);

    /**
     * The count, exact below {@code limit}; {@code limit} when there are that many or more (the rows past it are not
     * counted). For figures that need not be exact past a point, such as the work list's "999+".
     */
    long countUpTo(Specification<T> filter, DataScope scope, int limit);

    /** Which of these ids are of records within the scope: one query of the ids alone (no record is loaded). */
    Set<ID> idsWithin(Collection<ID> ids, DataScope scope);

    <S extends T> S save(S entity);

    <S extends T> S saveAndFlush(S entity);

    void delete(T entity);
}
