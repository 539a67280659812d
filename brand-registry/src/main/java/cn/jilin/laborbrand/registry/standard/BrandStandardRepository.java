package cn.jilin.laborbrand.registry.standard;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

interface BrandStandardRepository extends Repository<BrandStandard, Long> {

    BrandStandard save(BrandStandard standard);

    BrandStandard saveAndFlush(BrandStandard standard);

    long count(Specification<BrandStandard> filter);

    Page<BrandStandard> findAll(Specification<BrandStandard> filter, Pageable pageable);

    List<BrandStandard> findAll(Specification<BrandStandard> filter, Sort sort);
}
