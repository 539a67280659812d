package cn.jilin.laborbrand.registry.credit;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationChoice;
import cn.jilin.laborbrand.platform.organisation.OrganisationFilter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.organisation.OrganisationService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit of a brand's operators (二(二)3: 健全诚信评价体系，开展诚信评价，开展诚信经营自律承诺行动): signed pledges,
 * evaluations with a rating A–D, and recorded violations. Every record is reached through its brand, loaded within the
 * caller's scope first. Records are kept as written (a later evaluation supersedes an earlier one; nothing is edited).
 */
@Service
public class CreditService {

    static final String OWNER_TYPE = "labor_brand";

    private final CreditPledgeRepository pledges;
    private final CreditPledgeTextRepository texts;
    private final CreditEvaluationRepository evaluations;
    private final CreditViolationRepository violations;
    private final BrandService brands;
    private final OrganisationService organisations;
    private final AuditService audit;
    private final Clock clock;

    CreditService(CreditPledgeRepository pledges, CreditPledgeTextRepository texts, CreditEvaluationRepository evaluations,
                  CreditViolationRepository violations, BrandService brands, OrganisationService organisations,
                  AuditService audit, Clock clock) {
        this.pledges = pledges;
        this.texts = texts;
        this.evaluations = evaluations;
        this.violations = violations;
        this.brands = brands;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The brand's current rating: that of its latest evaluation (by date, then by entry), or empty when it has never
     * been evaluated. For the application workflow (a brand rated D may not apply), which has loaded the brand within
     * its caller's scope; a rating alone reveals no record.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CreditRating> currentRating(long brandId, DataScope scope) {
        brands.get(brandId, scope);
        return evaluations.findFirstByBrandIdOrderByEvaluatedOnDescIdDesc(brandId).map(CreditEvaluation::getRating);
    }

    /** The current ratings of the brands of a list page within the caller's scope (brands without an evaluation are absent). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, CreditRating> currentRatings(Collection<Long> brandIds, DataScope scope) {
        Map<Long, CreditRating> ratings = new HashMap<>();
        Set<Long> visible = brandIds.isEmpty() ? Set.of() : brands.visible(brandIds, scope);
        if (!visible.isEmpty()) {
            evaluations.findLatestByBrandIdIn(visible.toArray(Long[]::new)).forEach(e -> ratings.put(e.getBrandId(), e.getRating()));
        }
        return ratings;
    }

    /** The brand's pledges, evaluations and violations, newest first; 404 when the brand lies outside the scope. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Transactional(readOnly = true)
    public CreditRecord record(long brandId, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        Map<Long, CreditPledgeText> textById = new HashMap<>();
        texts.findAllByOrderByEffectiveFromDesc().forEach(t -> textById.put(t.getId(), t));
        List<SignedPledge> signed = pledges.findByBrandIdOrderBySignedOnDescIdDesc(id).stream().map(p -> {
            CreditPledgeText text = textById.get(p.getTextId());
            return new SignedPledge(p.getId(), p.getOrganisationId(),
                    organisations.choice(p.getOrganisationId()).map(OrganisationChoice::name).orElse("#" + p.getOrganisationId()),
                    p.getSignatory(), p.getSignatoryTitle(), p.getSignedOn(), text.getVersionLabel(), text.getTitle(), p.isDemo());
        }).toList();
        return new CreditRecord(signed, evaluations.findByBrandIdOrderByEvaluatedOnDescIdDesc(id),
                violations.findByBrandIdOrderByOccurredOnDescIdDesc(id));
    }

    /** The pledge's text versions, newest first (reference data). */
    @PreAuthorize("hasAuthority('brand:view')")
    @Unscoped("reference text of the pledge, the same for everyone")
    @Transactional(readOnly = true)
    public List<CreditPledgeText> pledgeTexts() {
        return texts.findAllByOrderByEffectiveFromDesc();
    }

    /** 诚信经营自律承诺行动: the text in force today. */
    @PreAuthorize("hasAuthority('brand:view')")
    @Unscoped("reference text of the pledge, the same for everyone")
    @Transactional(readOnly = true)
    public CreditPledgeText currentPledgeText() {
        return texts.findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(today()).orElseThrow();
    }

    /**
     * Up to {@code limit} institutions and enterprises of the caller's scope whose name or credit code contains
     * {@code text}: those a pledge may be signed for.
     */
    @PreAuthorize("hasAuthority('credit:manage')")
    @Transactional(readOnly = true)
    public List<OrganisationChoice> signatoryOptions(String text, DataScope scope, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Stream.of(OrganisationKind.ENTERPRISE, OrganisationKind.INSTITUTION)
                .flatMap(kind -> organisations.search(new OrganisationFilter(text, kind, null), scope,
                        PageRequest.of(0, Math.min(limit, 50), Sort.by("name"))).stream())
                .sorted(Comparator.comparing(Organisation::getName)).limit(limit)
                .map(o -> new OrganisationChoice(o.getId(), o.getName(), o.getKind(), o.getRegionCode())).toList();
    }

    /** Records a pledge signed for an institution or enterprise of the caller's scope, on a text in force that day. */
    @PreAuthorize("hasAuthority('credit:manage')")
    @Transactional
    public long signPledge(long brandId, PledgeDetails details, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        Organisation organisation = organisationOf(details.organisationId(), scope);
        LocalDate signedOn = notFuture(details.signedOn(), "signedOn");
        CreditPledgeText text = details.textId() == null ? null : texts.findById(details.textId()).orElse(null);
        if (text == null) {
            throw new RuleViolation("textId", "credit.pledge.textRequired");
        }
        if (text.getEffectiveFrom().isAfter(signedOn)) {
            throw new RuleViolation("textId", "credit.pledge.textNotYetInForce");
        }
        String signatory = Text.required(details.signatory(), "signatory", "credit.pledge.signatoryRequired");
        CreditPledge pledge = pledges.save(new CreditPledge(id, organisation.getId(), signatory, Text.orNull(details.signatoryTitle()),
                signedOn, text.getId()));
        audit.record("credit.pledge", OWNER_TYPE, id, organisation.getName() + " " + signatory + " " + signedOn + " v" + text.getVersionLabel());
        return pledge.getId();
    }

    /** Records a credit evaluation; the latest one becomes the brand's current rating. */
    @PreAuthorize("hasAuthority('credit:manage')")
    @Transactional
    public long evaluate(long brandId, EvaluationDetails details, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        if (details.rating() == null) {
            throw new RuleViolation("rating", "credit.evaluation.ratingRequired");
        }
        LocalDate on = notFuture(details.evaluatedOn(), "evaluatedOn");
        String evaluator = Text.required(details.evaluator(), "evaluator", "credit.evaluation.evaluatorRequired");
        String basis = Text.required(details.basis(), "basis", "credit.evaluation.basisRequired");
        CreditEvaluation evaluation = evaluations.save(new CreditEvaluation(id, details.rating(), evaluator, on, basis));
        audit.record("credit.evaluation", OWNER_TYPE, id, details.rating() + " " + on + " " + evaluator);
        return evaluation.getId();
    }

    /** Records a violation by the brand's operators, in the name of the signed-in user. */
    @PreAuthorize("hasAuthority('credit:manage')")
    @Transactional
    public long recordViolation(long brandId, ViolationDetails details, DataScope scope) {
        long id = brands.get(brandId, scope).getId();
        LocalDate on = notFuture(details.occurredOn(), "occurredOn");
        if (details.severity() == null) {
            throw new RuleViolation("severity", "credit.violation.severityRequired");
        }
        String description = Text.required(details.description(), "description", "credit.violation.descriptionRequired");
        AuditActor actor = AuditActor.current();
        CreditViolation violation = violations.save(new CreditViolation(id, on, description, details.severity(),
                actor.accountId(), actor.username()));
        audit.record("credit.violation", OWNER_TYPE, id, details.severity() + " " + on);
        return violation.getId();
    }

    private Organisation organisationOf(Long organisationId, DataScope scope) {
        if (organisationId == null) {
            throw new RuleViolation("organisationId", "credit.pledge.organisationRequired");
        }
        Organisation organisation;
        try {
            organisation = organisations.get(organisationId, scope);
        } catch (NotFoundException e) {
            throw new RuleViolation("organisationId", "credit.pledge.organisationOutOfScope");
        }
        if (organisation.getKind().isGovernment()) {
            throw new RuleViolation("organisationId", "credit.pledge.organisationKind");
        }
        return organisation;
    }

    private LocalDate notFuture(LocalDate day, String field) {
        if (day == null) {
            throw new RuleViolation(field, "credit.date.required");
        }
        if (day.isAfter(today())) {
            throw new RuleViolation(field, "credit.date.future");
        }
        return day;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
