package cn.jilin.laborbrand.subsidy.policy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies as data (二(二)1–2, 二(三)1): the province keeps each subsidy's rules and its amount standards. A standard is
 * never edited: a new one starts on a date and ends the one before it, so a claim always keeps the basis it was
 * computed on.
 */
@Service
public class PolicyService {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{1,31}");
    private static final Set<String> CERTIFICATE_KINDS = Set.of("QUALIFICATION", "SKILL_LEVEL", "SPECIAL_ABILITY");

    private final SubsidyPolicyRepository policies;
    private final SubsidyStandardRepository standards;
    private final AuditService audit;

    PolicyService(SubsidyPolicyRepository policies, SubsidyStandardRepository standards, AuditService audit) {
        this.policies = policies;
        this.standards = standards;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    @Unscoped("the province's published subsidy rules, the same for every region")
    public List<SubsidyPolicy> list() {
        return policies.findAll(Sort.by("kind", "code"));
    }

    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    @Unscoped("the province's published subsidy rules, the same for every region")
    public SubsidyPolicy get(long id) {
        return policies.findById(id).orElseThrow(() -> new NotFoundException("subsidy_policy", id));
    }

    /** The standards of a policy, newest first. */
    @PreAuthorize("hasAuthority('subsidy:view') or hasAuthority('subsidy:budget:view')")
    @Transactional(readOnly = true)
    @Unscoped("the province's published amount standards")
    public List<SubsidyStandard> standards(long policyId) {
        return standards.findByPolicyIdOrderByEffectiveFromDescSkillLevelAsc(get(policyId).getId());
    }

    /** The standard in force for a skill level on a date (the most recent that applies), if any. */
    @Transactional(readOnly = true)
    public Optional<SubsidyStandard> standardFor(long policyId, Integer skillLevel, LocalDate date) {
        return standards.findByPolicyIdOrderByEffectiveFromDescSkillLevelAsc(policyId).stream()
                .filter(s -> s.appliesTo(date, skillLevel))
                .max(Comparator.comparing(SubsidyStandard::getEffectiveFrom).thenComparing(s -> s.getSkillLevel() != null));
    }

    @PreAuthorize("hasAuthority('subsidy:policy')")
    @Transactional
    public long create(String code, PolicyDetails details) {
        String c = code == null ? "" : code.strip().toUpperCase();
        if (!CODE.matcher(c).matches()) {
            throw new RuleViolation("code", "subsidy.policy.code.format");
        }
        if (policies.existsByCode(c)) {
            throw new RuleViolation("code", "subsidy.policy.code.taken");
        }
        validate(details);
        SubsidyPolicy policy = new SubsidyPolicy(c);
        policy.write(details);
        policies.saveAndFlush(policy);
        audit.record("subsidy.policy.create", "subsidy_policy", policy.getId(), c + " " + details.kind());
        return policy.getId();
    }

    @PreAuthorize("hasAuthority('subsidy:policy')")
    @Transactional
    public void update(long id, long shownVersion, PolicyDetails details) {
        SubsidyPolicy policy = get(id);
        policy.requireVersion(shownVersion);
        validate(details);
        policy.write(details);
        policies.saveAndFlush(policy);
        audit.record("subsidy.policy.edit", "subsidy_policy", id, policy.getCode());
    }

    /** A new standard from a date; the standard it succeeds (same level, open-ended) ends the day before. */
    @PreAuthorize("hasAuthority('subsidy:policy')")
    @Transactional
    public long addStandard(long policyId, StandardDetails details) {
        SubsidyPolicy policy = get(policyId);
        if (details.effectiveFrom() == null) {
            throw new RuleViolation("effectiveFrom", "NotNull");
        }
        if ((details.amount() == null) == (details.share() == null)) {
            throw new RuleViolation("amount", "subsidy.standard.amountOrShare");
        }
        if (details.amount() != null && (details.amount().signum() <= 0 || details.amount().scale() > 2
                || details.amount().compareTo(new BigDecimal("1000000")) > 0)) {
            throw new RuleViolation("amount", "subsidy.standard.amount");
        }
        if (details.share() != null && (details.share().signum() <= 0 || details.share().compareTo(BigDecimal.ONE) > 0)) {
            throw new RuleViolation("share", "subsidy.standard.share");
        }
        if (details.skillLevel() != null && (details.skillLevel() < 1 || details.skillLevel() > 5)) {
            throw new RuleViolation("skillLevel", "subsidy.standard.level");
        }
        if (details.minHours() != null && details.minHours() < 1) {
            throw new RuleViolation("minHours", "subsidy.standard.hours");
        }
        for (SubsidyStandard earlier : standards.findByPolicyIdOrderByEffectiveFromDescSkillLevelAsc(policy.getId())) {
            boolean sameLevel = java.util.Objects.equals(earlier.getSkillLevel(), details.skillLevel());
            if (sameLevel && !details.effectiveFrom().isAfter(earlier.getEffectiveFrom())) {
                throw new RuleViolation("effectiveFrom", "subsidy.standard.notAfterCurrent");
            }
            if (sameLevel && earlier.getEffectiveTo() == null) {
                earlier.endBefore(details.effectiveFrom());
                standards.saveAndFlush(earlier);
            }
        }
        SubsidyStandard standard = standards.saveAndFlush(new SubsidyStandard(policy.getId(), details));
        audit.record("subsidy.standard.create", "subsidy_policy", policy.getId(), "from " + details.effectiveFrom() + " level "
                + details.skillLevel() + " amount " + details.amount() + " share " + details.share());
        return standard.getId();
    }

    private static void validate(PolicyDetails d) {
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 100) {
            throw new RuleViolation("name", "subsidy.policy.name");
        }
        if (d.kind() == null) {
            throw new RuleViolation("kind", "NotNull");
        }
        if (d.payeeKind() == null) {
            throw new RuleViolation("payeeKind", "NotNull");
        }
        if (d.evidence() == null) {
            throw new RuleViolation("evidence", "NotNull");
        }
        if (d.evidence() == EvidenceKind.CERTIFICATE && (d.certificateKind() == null || !CERTIFICATE_KINDS.contains(d.certificateKind()))) {
            throw new RuleViolation("certificateKind", "subsidy.policy.certificateKind");
        }
        if (d.approvalLevel() == null) {
            throw new RuleViolation("approvalLevel", "NotNull");
        }
        if (d.noticeDays() < 1 || d.noticeDays() > 30) {
            throw new RuleViolation("noticeDays", "subsidy.policy.noticeDays");
        }
        if (d.claimWindowMonths() != null && (d.claimWindowMonths() < 1 || d.claimWindowMonths() > 60)) {
            throw new RuleViolation("claimWindowMonths", "subsidy.policy.claimWindow");
        }
        if (d.yearlyLimit() != null && (d.yearlyLimit() < 1 || d.yearlyLimit() > 12)) {
            throw new RuleViolation("yearlyLimit", "subsidy.policy.yearlyLimit");
        }
        if (d.basis() != null && d.basis().strip().length() > 300) {
            throw new RuleViolation("basis", "subsidy.policy.basis");
        }
        if (d.documents() != null && d.documents().stream().anyMatch(doc -> doc.length() > 100)) {
            throw new RuleViolation("documents", "subsidy.policy.documents");
        }
    }
}
