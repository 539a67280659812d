package cn.jilin.laborbrand.registry.application;

import cn.jilin.laborbrand.platform.scope.ScopedRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

interface BrandApplicationRepository extends ScopedRepository<BrandApplication, Long> {

    // one open application per brand: a yes/no answer across scopes (the database enforces it too)
    boolean existsByBrandIdAndStateNotIn(long brandId, Collection<ApplicationState> closed);
}

interface ObjectionRepository extends Repository<Objection, Long> {

    Objection save(Objection objection);

    Optional<Objection> findById(Long id);

    /** The objections of an application the caller has already loaded within their scope. */
    List<Objection> findByApplicationIdOrderById(long applicationId);
}
