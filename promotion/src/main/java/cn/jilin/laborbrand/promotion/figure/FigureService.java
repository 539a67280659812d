package cn.jilin.laborbrand.promotion.figure;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.CurrentUser;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.attachment.FileType;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.promotion.consent.PublicationConsent;
import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typical figures (三(三): 推出劳务品牌创立人、传承人、领军人以及形象代言人等典型人物): a city bureau keeps its region's, HRSS the
 * province's; HRSS publishes them once a signed consent is on file. Every change is audited and kept in the figure's
 * history; a withdrawn consent takes the figure off the public pages in the same transaction.
 */
@Service
public class FigureService {

    static final String OWNER_TYPE = "typical_figure";
    private static final Set<FileType> PHOTO_TYPES = Set.of(FileType.JPEG, FileType.PNG);
    private static final Set<FileType> CONSENT_TYPES = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);
    private static final long PHOTO_BYTES = 5L * 1024 * 1024;

    private final FigureRepository figures;
    private final BrandService brands;
    private final RegionService regions;
    private final AttachmentService attachments;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final CurrentUser user;
    private final Clock clock;

    FigureService(FigureRepository figures, BrandService brands, RegionService regions, AttachmentService attachments,
                  WorkflowHistory history, AuditService audit, CurrentUser user, Clock clock) {
        this.figures = figures;
        this.brands = brands;
        this.regions = regions;
        this.attachments = attachments;
        this.history = history;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public Page<TypicalFigure> search(FigureFilter filter, DataScope scope, Pageable pageable) {
        return figures.findAll(specification(filter), scope, pageable);
    }

    /** The filtered list for an Excel export; the export is recorded. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional
    public List<TypicalFigure> export(FigureFilter filter, DataScope scope, Sort sort) {
        List<TypicalFigure> rows = figures.findAll(specification(filter), scope, sort);
        audit.record("figure.export", OWNER_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** One figure of the caller's scope; 404 otherwise. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public TypicalFigure get(long id, DataScope scope) {
        return figures.getById(id, scope);
    }

    /** The figure's history (recorded, edited, consent, publication), oldest first. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        figures.getById(id, scope);
        return history.steps(OWNER_TYPE, id);
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public long create(FigureDetails details, DataScope scope) {
        BrandName brand = brandWithin(details.brandId(), scope);
        TypicalFigure figure = figures.save(new TypicalFigure(checked(details), brand.id(), regionOf(details.regionCode(), brand, scope)));
        history.record(OWNER_TYPE, figure.getId(), "record", null, Publication.UNPUBLISHED, figure.getName());
        return figure.getId();
    }

    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void update(long id, long shownVersion, FigureDetails details, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        figure.requireVersion(shownVersion);
        BrandName brand = brandWithin(details.brandId(), scope);
        figure.change(checked(details), brand.id(), regionOf(details.regionCode(), brand, scope));
        figures.saveAndFlush(figure);
        history.record(OWNER_TYPE, id, "edit", state(figure), state(figure), null);
    }

    /** Deletes a figure that is not published, with its photo and consent forms. */
    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void delete(long id, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        if (figure.isPublished()) {
            throw new RuleViolation("promotion.figure.delete.published");
        }
        attachments.files(OWNER_TYPE, id).forEach(f -> attachments.delete(OWNER_TYPE, id, f.id()));
        figures.delete(figure);
        audit.record("figure.delete", OWNER_TYPE, id, figure.getName());
    }

    /** Replaces the figure's photo (JPEG or PNG, at most 5 MB, judged by the bytes). */
    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void replacePhoto(long id, String filename, byte[] content, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        Long previous = figure.getPhotoAttachmentId();
        long stored = attachments.store(OWNER_TYPE, id, "photo", filename, content, PHOTO_TYPES, PHOTO_BYTES, "photo").id();
        figure.photo(stored);
        figures.saveAndFlush(figure);
        if (previous != null) {
            attachments.delete(OWNER_TYPE, id, previous);
        }
        history.record(OWNER_TYPE, id, "photo", state(figure), state(figure), null);
    }

    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public Optional<FileContent> photo(long id, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        return Optional.ofNullable(figure.getPhotoAttachmentId()).map(a -> attachments.content(OWNER_TYPE, id, a));
    }

    /**
     * Records the person's signed consent (PIPL): the scanned form, the day it was signed and what it covers. A new
     * consent replaces the one before; the earlier forms stay on file.
     */
    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void recordConsent(long id, String filename, byte[] form, LocalDate signedOn, boolean name, boolean photo, boolean story,
                              DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        if (signedOn == null) {
            throw new RuleViolation("signedOn", "promotion.consent.signedOn.required");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new RuleViolation("signedOn", "promotion.consent.signedOn.future");
        }
        if (!name && !photo && !story) {
            throw new RuleViolation("covers", "promotion.consent.covers.none");
        }
        long stored = attachments.store(OWNER_TYPE, id, "consent", filename, form, CONSENT_TYPES, AttachmentService.MAX_BYTES, "file").id();
        figure.consent(PublicationConsent.signed(stored, signedOn, name, photo, story));
        figures.saveAndFlush(figure);
        history.record(OWNER_TYPE, id, "consent", state(figure), state(figure), covers(name, photo, story) + " " + signedOn);
    }

    /** The signed consent form now on file. */
    @PreAuthorize("hasAuthority('promotion:view')")
    @Transactional(readOnly = true)
    public Optional<FileContent> consentForm(long id, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        return Optional.ofNullable(figure.getConsent().getAttachmentId()).map(a -> attachments.content(OWNER_TYPE, id, a));
    }

    /** The person withdrew their consent: it ends today and the figure leaves every public page now. */
    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void withdrawConsent(long id, String comment, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        if (!figure.getConsent().inForce()) {
            throw new RuleViolation("promotion.consent.notInForce");
        }
        Publication before = state(figure);
        figure.consent(figure.getConsent().withdrawn(LocalDate.now(clock)));
        figure.unpublish();
        figures.saveAndFlush(figure);
        history.record(OWNER_TYPE, id, "withdraw-consent", before, Publication.UNPUBLISHED, comment);
    }

    /** Publishes a figure on the public pages: only with a signed consent in force (PIPL art. 13–14). */
    @PreAuthorize("hasAuthority('promotion:publish')")
    @Transactional
    public void publish(long id, long shownVersion, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        figure.requireVersion(shownVersion);
        if (figure.isPublished()) {
            throw new RuleViolation("promotion.figure.publish.already");
        }
        if (!figure.getConsent().inForce()) {
            throw new RuleViolation("promotion.figure.publish.noConsent");
        }
        figure.publish(clock.instant(), user.accountId());
        figures.saveAndFlush(figure);
        history.record(OWNER_TYPE, id, "publish", Publication.UNPUBLISHED, Publication.PUBLISHED, null);
    }

    /** Takes a figure off the public pages at once (its region's bureau or HRSS may). */
    @PreAuthorize("hasAuthority('promotion:manage')")
    @Transactional
    public void unpublish(long id, String comment, DataScope scope) {
        TypicalFigure figure = figures.getById(id, scope);
        if (!figure.isPublished()) {
            throw new RuleViolation("promotion.figure.unpublish.notPublished");
        }
        figure.unpublish();
        figures.saveAndFlush(figure);
        history.record(OWNER_TYPE, id, "unpublish", Publication.PUBLISHED, Publication.UNPUBLISHED, comment);
    }

    private BrandName brandWithin(Long brandId, DataScope scope) {
        if (brandId == null) {
            throw new RuleViolation("brandId", "promotion.brand.required");
        }
        if (!brands.visible(List.of(brandId), scope).contains(brandId)) {
            throw new RuleViolation("brandId", "promotion.brand.outOfScope");
        }
        return brands.names(List.of(brandId)).get(brandId);
    }

    /** The region chosen, or the brand's own when none was; either way within the caller's scope. */
    private String regionOf(String chosen, BrandName brand, DataScope scope) {
        String region = chosen == null || chosen.isBlank() ? brand.regionCode() : chosen.strip();
        regions.checkWithin(region, scope);
        return region;
    }

    private FigureDetails checked(FigureDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "promotion.figure.name.required");
        }
        if (details.sex() == null) {
            throw new RuleViolation("sex", "promotion.figure.sex.required");
        }
        if (details.role() == null) {
            throw new RuleViolation("role", "promotion.figure.role.required");
        }
        if (details.story() == null || details.story().isBlank()) {
            throw new RuleViolation("story", "promotion.figure.story.required");
        }
        int year = LocalDate.now(clock).getYear();
        if (details.birthYear() != null && (details.birthYear() < year - 110 || details.birthYear() > year - 14)) {
            throw new RuleViolation("birthYear", "promotion.figure.birthYear.range");
        }
        return details;
    }

    private static Publication state(TypicalFigure figure) {
        return figure.isPublished() ? Publication.PUBLISHED : Publication.UNPUBLISHED;
    }

    private static String covers(boolean name, boolean photo, boolean story) {
        List<String> parts = new ArrayList<>();
        if (name) {
            parts.add("name");
        }
        if (photo) {
            parts.add("photo");
        }
        if (story) {
            parts.add("story");
        }
        return String.join("+", parts);
    }

    static Specification<TypicalFigure> specification(FigureFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (filter.brandId() != null) {
                all.add(cb.equal(root.get("brandId"), filter.brandId()));
            }
            if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
                all.add(root.get("regionCode").in(filter.regionCodes()));
            }
            if (filter.role() != null) {
                all.add(cb.equal(root.get("role"), filter.role()));
            }
            if (filter.published() != null) {
                all.add(cb.equal(root.get("published"), filter.published()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = "%" + filter.text().strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(root.get("name"), like), cb.like(cb.coalesce(root.get("headline"), ""), like)));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }
}
