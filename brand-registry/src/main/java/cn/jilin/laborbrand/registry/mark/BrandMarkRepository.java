package cn.jilin.laborbrand.registry.mark;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

// Marks belong to a brand; they are read only after the brand has been loaded within the caller's scope.
interface BrandMarkRepository extends Repository<BrandMark, Long> {

    BrandMark save(BrandMark mark);

    BrandMark saveAndFlush(BrandMark mark);

    void delete(BrandMark mark);

    // a number is unique within its kind province-wide, whoever asks
    boolean existsByKindAndNumber(MarkKind kind, String number);

    boolean existsByKindAndNumberAndIdNot(MarkKind kind, String number, Long id);

    List<BrandMark> findByBrandIdOrderByKindAscAppliedOnDescIdDesc(long brandId);

    Optional<BrandMark> findByIdAndBrandId(long id, long brandId);

    Optional<BrandMark> findById(Long id);

    // a pledge loan (registry.finance) holds the mark: it is not deleted while pledged
    @Query(value = "select exists (select 1 from brand_pledge_loan where mark_id = :id)", nativeQuery = true)
    boolean isPledged(@Param("id") long id);
}
