package cn.jilin.laborbrand.registry.mark;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trademarks and patents of a brand (二(二)3: 支持有条件的注册申请商标专利). Kept by those who edit the brand, within
 * their scope; a trademark carries its Nice class (1–45), a patent its type.
 */
@Service
public class BrandMarkService {

    static final String OWNER_TYPE = "labor_brand";

    private final BrandMarkRepository marks;
    private final BrandService brands;
    private final AuditService audit;
    private final Clock clock;

    BrandMarkService(BrandMarkRepository marks, BrandService brands, AuditService audit, Clock clock) {
        this.marks = marks;
        this.brands = brands;
        this.audit = audit;
        this.clock = clock;
    }

    /** Trademarks first, then patents, newest application first; 404 when the brand lies outside the scope. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public List<BrandMark> ofBrand(long brandId, DataScope scope) {
        return marks.findByBrandIdOrderByKindAscAppliedOnDescIdDesc(brands.get(brandId, scope).getId());
    }

    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public BrandMark get(long brandId, long markId, DataScope scope) {
        return marks.findByIdAndBrandId(markId, brands.get(brandId, scope).getId())
                .orElseThrow(() -> new NotFoundException("brand mark", markId));
    }

    @PreAuthorize("hasAuthority('brand:edit')")
    @Transactional
    public long add(long brandId, MarkDetails details, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        check(details, null);
        BrandMark mark = marks.save(new BrandMark(id, details));
        audit.record("brand.mark.add", OWNER_TYPE, id, mark.getKind() + " " + mark.getNumber() + " " + mark.getTitle());
        return mark.getId();
    }

    /** Changes a mark, refusing a page that someone else has changed meanwhile. */
    @PreAuthorize("hasAuthority('brand:edit')")
    @Transactional
    public void update(long brandId, long markId, long shownVersion, MarkDetails details, DataScope scope) {
        BrandMark mark = get(brandId, markId, scope);
        mark.requireVersion(shownVersion);
        check(details, markId);
        MarkDetails before = mark.details();
        mark.apply(details);
        marks.saveAndFlush(mark);
        audit.record("brand.mark.edit", OWNER_TYPE, brandId, before + " → " + mark.details());
    }

    @PreAuthorize("hasAuthority('brand:edit')")
    @Transactional
    public void delete(long brandId, long markId, long shownVersion, DataScope scope) {
        BrandMark mark = get(brandId, markId, scope);
        mark.requireVersion(shownVersion);
        if (marks.isPledged(markId)) {
            throw new RuleViolation("mark.delete.pledged");
        }
        marks.delete(mark);
        audit.record("brand.mark.delete", OWNER_TYPE, brandId, mark.getKind() + " " + mark.getNumber());
    }

    private void check(MarkDetails d, Long id) {
        if (d.kind() == null) {
            throw new RuleViolation("kind", "mark.kind.required");
        }
        if (d.number() == null || d.number().isBlank()) {
            throw new RuleViolation("number", "mark.number.required");
        }
        String number = d.number().strip().toUpperCase();
        if (id == null ? marks.existsByKindAndNumber(d.kind(), number) : marks.existsByKindAndNumberAndIdNot(d.kind(), number, id)) {
            throw new RuleViolation("number", "mark.number.taken");
        }
        if (d.kind() == MarkKind.TRADEMARK && (d.niceClass() == null || d.niceClass() < 1 || d.niceClass() > 45)) {
            throw new RuleViolation("niceClass", "mark.niceClass.range");
        }
        if (d.kind() == MarkKind.PATENT && d.patentType() == null) {
            throw new RuleViolation("patentType", "mark.patentType.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new RuleViolation("title", "mark.title.required");
        }
        if (d.holder() == null || d.holder().isBlank()) {
            throw new RuleViolation("holder", "mark.holder.required");
        }
        if (d.status() == null) {
            throw new RuleViolation("status", "mark.status.required");
        }
        if (d.appliedOn() == null) {
            throw new RuleViolation("appliedOn", "mark.appliedOn.required");
        }
        LocalDate today = LocalDate.now(clock);
        if (d.appliedOn().isAfter(today)) {
            throw new RuleViolation("appliedOn", "mark.date.future");
        }
        if (d.registeredOn() != null && d.registeredOn().isBefore(d.appliedOn())) {
            throw new RuleViolation("registeredOn", "mark.registeredOn.beforeApplication");
        }
        if (d.registeredOn() != null && d.registeredOn().isAfter(today)) {
            throw new RuleViolation("registeredOn", "mark.date.future");
        }
        if (d.status() != MarkStatus.APPLIED && d.registeredOn() == null) {
            throw new RuleViolation("registeredOn", "mark.registeredOn.required");
        }
        if (d.expiresOn() != null && !d.expiresOn().isAfter(d.registeredOn() == null ? d.appliedOn() : d.registeredOn())) {
            throw new RuleViolation("expiresOn", "mark.expiresOn.beforeRegistration");
        }
        if (d.status() == MarkStatus.EXPIRED && (d.expiresOn() == null || d.expiresOn().isAfter(today))) {
            throw new RuleViolation("expiresOn", "mark.expiresOn.notPassed");
        }
    }
}
