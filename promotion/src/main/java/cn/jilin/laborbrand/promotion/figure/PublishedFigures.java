package cn.jilin.laborbrand.promotion.figure;

import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The typical figures the public may see (三(三) 宣传展示), for the public pages and the API: published figures whose
 * consent is in force, filtered in the query on every call (no cache), so that a withdrawal shows at once; of each
 * only what the consent covers. Open to anyone: it answers published data only.
 */
@Service
public class PublishedFigures {

    private static final Sort NEWEST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

    private final FigureRepository figures;
    private final BrandService brands;
    private final AttachmentService attachments;
    private final RegionService regions;

    PublishedFigures(FigureRepository figures, BrandService brands, AttachmentService attachments, RegionService regions) {
        this.figures = figures;
        this.brands = brands;
        this.attachments = attachments;
        this.regions = regions;
    }

    /** Published figures, newest first, by brand, region (a city covers its counties) and role; any may be null. */
    @Transactional(readOnly = true)
    public Page<PublicFigure> list(Long brandId, String regionCode, FigureRole role, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 100), NEWEST);
        Page<TypicalFigure> found = figures.findAll(published(brandId, regionCode, role), DataScope.province(), page);
        Map<Long, BrandName> names = brands.names(found.map(TypicalFigure::getBrandId).toSet());
        return found.map(f -> view(f, names));
    }

    /** One published figure; empty when it is not published or its consent is not in force. */
    @Transactional(readOnly = true)
    public Optional<PublicFigure> one(long id) {
        Specification<TypicalFigure> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return figures.findAll(published(null, null, null).and(byId), DataScope.province(), Sort.unsorted()).stream().findFirst()
                .map(f -> view(f, brands.names(Set.of(f.getBrandId()))));
    }

    /** The published figures of one brand, newest first. */
    @Transactional(readOnly = true)
    public List<PublicFigure> ofBrand(long brandId, int limit) {
        return list(brandId, null, null, PageRequest.of(0, Math.max(1, Math.min(limit, 100)))).getContent();
    }

    /** The photo of a published figure whose consent covers the photo; empty otherwise. */
    @Transactional(readOnly = true)
    public Optional<FileContent> photo(long id) {
        Specification<TypicalFigure> byId = (root, query, cb) -> cb.and(cb.equal(root.get("id"), id),
                cb.isTrue(root.get("consent").get("photo")), cb.isNotNull(root.get("photoAttachmentId")));
        return figures.findAll(published(null, null, null).and(byId), DataScope.province(), Sort.unsorted()).stream().findFirst()
                .map(f -> attachments.content(FigureService.OWNER_TYPE, f.getId(), f.getPhotoAttachmentId()));
    }

    /** Published, with a signed consent on file that has not been withdrawn: the same rule as {@code PublicationConsent.inForce}. */
    private Specification<TypicalFigure> published(Long brandId, String regionCode, FigureRole role) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            all.add(cb.isTrue(root.get("published")));
            all.add(cb.isNotNull(root.get("consent").get("attachmentId")));
            all.add(cb.isNotNull(root.get("consent").get("signedOn")));
            all.add(cb.isNull(root.get("consent").get("withdrawnOn")));
            if (brandId != null) {
                all.add(cb.equal(root.get("brandId"), brandId));
            }
            if (regionCode != null && !regionCode.isBlank()) {
                all.add(root.get("regionCode").in(regions.coveredCodes(regionCode.strip())));
            }
            if (role != null) {
                all.add(cb.equal(root.get("role"), role));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }


    private static PublicFigure view(TypicalFigure f, Map<Long, BrandName> names) {
        var consent = f.getConsent();
        BrandName brand = names.get(f.getBrandId());
        return new PublicFigure(f.getId(), consent.coversName() ? f.getName() : null, f.getRole(), f.getBrandId(),
                brand == null ? null : brand.name(), f.getRegionCode(), consent.coversStory() ? f.getHeadline() : null,
                consent.coversStory() ? f.getStory() : null, consent.coversPhoto() && f.getPhotoAttachmentId() != null, f.getPublishedAt());
    }
}
