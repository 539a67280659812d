package cn.jilin.laborbrand.registry.alliance;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

interface BrandAllianceRepository extends Repository<BrandAlliance, Long> {

    BrandAlliance save(BrandAlliance alliance);

    BrandAlliance saveAndFlush(BrandAlliance alliance);

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    Page<BrandAlliance> findAll(Specification<BrandAlliance> filter, Pageable pageable);

    List<BrandAlliance> findAll(Specification<BrandAlliance> filter, Sort sort);
}
