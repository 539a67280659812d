package cn.jilin.laborbrand.promotion.coverage;

import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coverage of a brand for the public brand page and the API: reports are public by nature (outlet, title, date, link). */
@Service
public class PublicCoverage {

    private final CoverageRepository coverage;

    PublicCoverage(CoverageRepository coverage) {
        this.coverage = coverage;
    }

    /** The latest reports on a brand. */
    @Transactional(readOnly = true)
    public List<PublicCoverageItem> ofBrand(long brandId, int limit) {
        return coverage.findAll(CoverageService.specification(new CoverageFilter(null, null, brandId, null, null)), DataScope.province(),
                        PageRequest.of(0, Math.max(1, Math.min(limit, 100)), Sort.by(Sort.Order.desc("publishedOn"), Sort.Order.desc("id"))))
                .map(c -> new PublicCoverageItem(c.getId(), c.getOutlet(), c.getKind(), c.getPublishedOn(), c.getTitle(),
                        CoverageLinks.acceptable(c.getLink()) ? c.getLink() : null)).getContent();
    }

    /** How many reports cover a brand. */
    @Transactional(readOnly = true)
    public long countOfBrand(long brandId) {
        return coverage.count(CoverageService.specification(new CoverageFilter(null, null, brandId, null, null)), DataScope.province());
    }
}
