package cn.jilin.laborbrand.platform.scope;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

/**
 * The repository base class of the platform (configured as {@code repositoryBaseClass}): plain Spring Data JPA, plus
 * the scoped reads of {@link ScopedRepository}, which add the scope's predicate to the query.
 */
public class ScopedJpaRepository<T, ID> extends SimpleJpaRepository<T, ID> {

    private final JpaEntityInformation<T, ?> entityInformation;
    private final EntityManager entityManager;
    private final DataScoped scoped;

    public ScopedJpaRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
        super(entityInformation, entityManager);
        this.entityInformation = entityInformation;
        this.entityManager = entityManager;
        this.scoped = entityInformation.getJavaType().getAnnotation(DataScoped.class);
    }

    /**
     * The record if it lies within the scope. In a read-only transaction a record found once within a scope is taken
     * from the persistence context on the next call with the same scope (see {@link ScopeVerdicts}).
     */
    public Optional<T> findById(ID id, DataScope scope) {
        Set<ScopeVerdicts.Found> verdicts = ScopeVerdicts.current();
        ScopeVerdicts.Found key = verdicts == null ? null : new ScopeVerdicts.Found(getDomainClass(), id, scope);
        if (key != null && verdicts.contains(key)) {
            return Optional.ofNullable(entityManager.find(getDomainClass(), id));
        }
        String idAttribute = entityInformation.getRequiredIdAttribute().getName();
        Specification<T> byId = (root, query, cb) -> cb.equal(root.get(idAttribute), id);
        Optional<T> found = findOne(byId.and(within(scope)));
        if (key != null && found.isPresent()) {
            verdicts.add(key);
        }
        return found;
    }

    public Page<T> findAll(Specification<T> filter, DataScope scope, Pageable pageable) {
        return findAll(and(filter, scope), pageable);
    }

    public List<T> findAll(Specification<T> filter, DataScope scope, Sort sort) {
        return findAll(and(filter, scope), sort);
    }

    public long count(Specification<T> filter, DataScope scope) {
        return count(and(filter, scope));
    }

    /**
     * Every {@code findAll(…, Pageable)} of the platform's repositories: the page's rows, and a count bounded by
     * {@link BoundedPage#MAX_ROWS} — a row past the bound (one unsorted probe) makes the page a {@link BoundedPage}
     * instead of counting a province's rows; a page that starts past the bound is not queried at all.
     */
    @Override
    protected <S extends T> Page<S> readPage(TypedQuery<S> query, Class<S> domainClass, Pageable pageable, Specification<S> spec) {
        if (pageable.isUnpaged()) {
            return new PageImpl<>(query.getResultList());
        }
        if (pageable.getOffset() >= BoundedPage.MAX_ROWS) {
            return BoundedPage.capped(List.of(), pageable);
        }
        query.setFirstResult(Math.toIntExact(pageable.getOffset()));
        query.setMaxResults(pageable.getPageSize());
        List<S> content = query.getResultList();
        if (content.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !content.isEmpty())) {
            return new PageImpl<>(content, pageable, pageable.getOffset() + content.size());
        }
        if (reaches(spec, domainClass, BoundedPage.MAX_ROWS + 1)) {
            return BoundedPage.capped(content, pageable);
        }
        // summed as Spring Data does: a grouped query counts one row a group
        long total = getCountQuery(spec, domainClass).getResultList().stream().mapToLong(n -> n == null ? 0 : n).sum();
        return new PageImpl<>(content, pageable, total);
    }

    public long countUpTo(Specification<T> filter, DataScope scope, int limit) {
        Specification<T> spec = and(filter, scope);
        if (reaches(spec, getDomainClass(), limit)) {
            return limit;
        }
        return count(spec);
    }

    public Set<ID> idsWithin(Collection<ID> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        String idAttribute = entityInformation.getRequiredIdAttribute().getName();
        @SuppressWarnings("unchecked")
        Class<ID> idType = (Class<ID>) entityInformation.getIdType();
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<ID> query = cb.createQuery(idType);
        Root<T> root = query.from(getDomainClass());
        Specification<T> byIds = (r, q, b) -> r.get(idAttribute).in(ids);
        query.select(root.get(idAttribute)).where(byIds.and(within(scope)).toPredicate(root, query, cb));
        return new HashSet<>(entityManager.createQuery(query).getResultList());
    }

    /**
     * Whether the rows of {@code spec} reach {@code rows}: {@code select 1 … offset rows - 1 limit 1}, unsorted, which an
     * index on the filtered columns answers without reading the rows themselves.
     */
    private <S extends T> boolean reaches(Specification<S> spec, Class<S> domainClass, int rows) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Integer> query = cb.createQuery(Integer.class);
        Root<S> root = query.from(domainClass);
        Predicate where = spec.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.select(cb.literal(1));
        return !entityManager.createQuery(query).setFirstResult(rows - 1).setMaxResults(1).getResultList().isEmpty();
    }

    private Specification<T> and(Specification<T> filter, DataScope scope) {
        return filter == null ? within(scope) : filter.and(within(scope));
    }

    /** The scope as a predicate on the entity's {@link DataScoped} attributes. */
    Specification<T> within(DataScope scope) {
        if (scoped == null) {
            throw new IllegalStateException(entityInformation.getJavaType().getSimpleName()
                    + " is read through a ScopedRepository but has no @DataScoped annotation");
        }
        if (scope == null) {
            throw new IllegalArgumentException("a scoped read needs a DataScope");
        }
        return (root, query, cb) -> switch (scope.kind()) {
            case PROVINCE -> cb.conjunction();
            case REGION -> scoped.region().isEmpty() ? cb.disjunction() : path(root, scoped.region()).in(scope.regionCodes());
            case ORGANISATION -> scoped.organisation().isEmpty() ? cb.disjunction()
                    : cb.equal(path(root, scoped.organisation()), scope.organisationId());
            case EXPERT -> scoped.reviewSubject().isEmpty() ? cb.disjunction() : reviewedBy(root, query, cb, scope.accountId());
            case NONE -> cb.disjunction();
        };
    }

    /** Rows assigned to the expert for review, once the expert has declared no conflict of interest. */
    private Predicate reviewedBy(Root<T> root, CriteriaQuery<?> query, CriteriaBuilder cb, Long accountId) {
        ReviewedRecords reviewed = ReviewedRecords.Supplier.current();
        if (reviewed == null || accountId == null) {
            return cb.disjunction();
        }
        return reviewed.assignedTo(root.get(entityInformation.getRequiredIdAttribute().getName()), query, cb, scoped.reviewSubject(), accountId);
    }

    private static Path<Object> path(Root<?> root, String attributePath) {
        Path<Object> path = null;
        for (String part : attributePath.split("\\.")) {
            path = path == null ? root.get(part) : path.get(part);
        }
        return path;
    }

}
