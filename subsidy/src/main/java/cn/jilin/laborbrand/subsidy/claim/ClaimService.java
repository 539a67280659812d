package cn.jilin.laborbrand.subsidy.claim;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.workflow.WorkflowHistory;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import cn.jilin.laborbrand.platform.workflow.Workflows;
import cn.jilin.laborbrand.subsidy.policy.EvidenceKind;
import cn.jilin.laborbrand.subsidy.policy.PayeeKind;
import cn.jilin.laborbrand.subsidy.policy.PolicyService;
import cn.jilin.laborbrand.subsidy.policy.SubsidyPolicy;
import cn.jilin.laborbrand.subsidy.rule.Finding;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subsidy claims (补贴申请) made from evidence already in the platform — a course's certified trainees, a completed
 * course, a dispatch, a start-up — never retyped; read within the caller's scope; the payee's account kept encrypted, shown masked
 * and revealed one at a time under {@code subsidy:pii:reveal}, audited. What happens to a claim next is
 * {@link ClaimDecisions}'.
 */
@Service
public class ClaimService {

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{8,30}");

    private final SubsidyClaimRepository claims;
    private final ClaimPersonRepository people;
    private final PolicyService policies;
    private final EvidenceSource evidence;
    private final ClaimChecks checks;
    private final PersonalDataCipher cipher;
    private final WorkflowHistory history;
    private final AuditService audit;
    private final ClaimNumbers numbers;
    private final Clock clock;

    ClaimService(SubsidyClaimRepository claims, ClaimPersonRepository people, PolicyService policies, EvidenceSource evidence,
                 ClaimChecks checks, PersonalDataCipher cipher, WorkflowHistory history, AuditService audit, ClaimNumbers numbers,
                 Clock clock) {
        this.claims = claims;
        this.people = people;
        this.policies = policies;
        this.evidence = evidence;
        this.checks = checks;
        this.cipher = cipher;
        this.history = history;
        this.audit = audit;
        this.numbers = numbers;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public Page<SubsidyClaim> search(ClaimFilter filter, DataScope scope, Pageable pageable) {
        return claims.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered list for an Excel export (accounts masked by the caller); the export is recorded. */
    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional
    public List<SubsidyClaim> export(ClaimFilter filter, DataScope scope) {
        List<SubsidyClaim> rows = claims.findAll(filter.toSpecification(), scope, Sort.by("number"));
        audit.record("subsidy.claim.export", SubsidyClaim.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public SubsidyClaim get(long id, DataScope scope) {
        return claims.getById(id, scope);
    }

    /** The people a claim pays for, with their shares. */
    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public List<ClaimPerson> people(long id, DataScope scope) {
        return people.findByClaimIdOrderById(claims.getById(id, scope).getId());
    }

    @PreAuthorize("hasAuthority('subsidy:view')")
    @Transactional(readOnly = true)
    public List<WorkflowStep> history(long id, DataScope scope) {
        return history.steps(SubsidyClaim.SUBJECT_TYPE, claims.getById(id, scope).getId());
    }

    /** What the rule engine last found in the way of the claim, each with its reason. */
    public List<Finding> findings(SubsidyClaim claim) {
        return FindingsCodec.decode(claim.getFindings());
    }

    /** A person's resident ID as every page shows it (only the province). */
    public String maskedId(ClaimPerson person) {
        return Masking.residentId(cipher.decrypt(person.getResidentIdCipher()));
    }

    public String maskedAccount(SubsidyClaim claim) {
        return claim.getAccountCipher() == null ? "" : Masking.bankAccount(cipher.decrypt(claim.getAccountCipher()));
    }

    /** Shows a payee's account number in full to a holder of {@code subsidy:pii:reveal}; the reveal is audited. */
    @PreAuthorize("hasAuthority('subsidy:pii:reveal')")
    @Transactional
    public String revealAccount(long id, DataScope scope) {
        SubsidyClaim claim = claims.getById(id, scope);
        audit.record("subsidy.claim.account.reveal", SubsidyClaim.SUBJECT_TYPE, id, "account shown in full");
        return claim.getAccountCipher() == null ? "" : cipher.decrypt(claim.getAccountCipher());
    }

    /** The evidence a new claim would rest on, as the claim form shows it: its people with their resident IDs masked. */
    public record EvidenceShown(EvidenceKind kind, long id, String payeeName, boolean stands, Integer hours, List<PersonShown> people) {
    }

    public record PersonShown(long evidenceId, String name, String residentId, String occupationCode, Integer skillLevel, LocalDate evidenceDate) {
    }

    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional(readOnly = true)
    public EvidenceShown evidence(long policyId, long evidenceId, DataScope scope) {
        Evidence found = evidence.find(policies.get(policyId), evidenceId, scope);
        return new EvidenceShown(found.kind(), found.id(), found.payeeName(), found.stands(), found.hours(), found.people().stream()
                .map(p -> new PersonShown(p.evidenceId(), p.name(), Masking.residentId(cipher.decrypt(p.residentIdCipher())), p.occupationCode(),
                        p.skillLevel(), p.evidenceDate()))
                .toList());
    }

    /** A few pieces of evidence for the policy within the caller's scope, for the claim form's type-ahead. */
    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional(readOnly = true)
    public List<EvidenceSource.EvidenceOption> evidenceOptions(long policyId, String text, DataScope scope) {
        return evidence.options(policies.get(policyId), text, scope);
    }

    // ---- making claims ------------------------------------------------------------------------------------------------

    /**
     * Makes draft claims from evidence the caller sees: one per person under a policy that pays people, else one for the
     * list. Each is priced from the standard in force at its evidence's date and checked by the rule engine; the
     * findings are kept on the claim (a claim with findings stays a draft until they are gone).
     */
    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional
    public List<Long> open(NewClaims request, DataScope scope) {
        SubsidyPolicy policy = policies.get(request.policyId());
        if (!policy.isActive()) {
            throw new RuleViolation("policyId", "subsidy.rule.inactive");
        }
        Evidence found = evidence.find(policy, request.evidenceId(), scope);
        List<EvidencePerson> chosen = found.people().stream()
                .filter(p -> request.people() == null || request.people().isEmpty() || request.people().contains(p.evidenceId())).toList();
        if (chosen.isEmpty()) {
            throw new RuleViolation("people", "subsidy.claim.nobody");
        }
        int year = LocalDate.now(clock).getYear();
        List<Long> made = new ArrayList<>();
        if (policy.getPayeeKind() == PayeeKind.PERSON) {
            for (EvidencePerson person : chosen) {
                made.add(make(policy, found, List.of(checks.price(policy, person)), person.name(), year));
            }
        } else {
            made.add(make(policy, found, chosen.stream().map(p -> checks.price(policy, p)).toList(), found.payeeName(), year));
        }
        return made;
    }

    /** The payee's account of a draft or returned claim. */
    @PreAuthorize("hasAuthority('subsidy:claim')")
    @Transactional
    public void updateAccount(long id, long shownVersion, PayeeAccount account, DataScope scope) {
        SubsidyClaim claim = claims.getById(id, scope);
        claim.requireVersion(shownVersion);
        if (claim.getState() != ClaimState.DRAFT && claim.getState() != ClaimState.RETURNED) {
            throw new RuleViolation("subsidy.claim.notEditable");
        }
        String number = account.number() == null ? "" : account.number().replaceAll("[\\s-]", "");
        if (account.kind() == null) {
            throw new RuleViolation("accountKind", "NotNull");
        }
        if (!ACCOUNT.matcher(number).matches()) {
            throw new RuleViolation("accountNumber", "subsidy.claim.account.format");
        }
        String bank = account.bankName() == null ? "" : account.bankName().strip();
        if (bank.isEmpty() || bank.length() > 100) {
            throw new RuleViolation("bankName", "subsidy.claim.bank");
        }
        claim.pay(claim.getPayeeName(), account.kind(), cipher.encrypt(number), bank);
        claims.saveAndFlush(claim);
        audit.record("subsidy.claim.account", SubsidyClaim.SUBJECT_TYPE, id, "account changed");
    }

    private long make(SubsidyPolicy policy, Evidence found, List<ClaimChecks.Priced> priced, String payeeName, int year) {
        SubsidyClaim claim = new SubsidyClaim(numbers.nextClaim(year), policy, found.regionCode(), found.organisationId(), found.id(), year);
        BigDecimal total = priced.stream().map(ClaimChecks.Priced::amount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        claim.pay(payeeName, null, null, null);
        claim.price(priced.size() == 1 ? priced.get(0).standard().map(s -> s.getId()).orElse(null) : null, total);
        claims.saveAndFlush(claim);
        for (ClaimChecks.Priced p : priced) {
            BigDecimal amount = p.amount() == null ? BigDecimal.ZERO.setScale(2) : p.amount();
            people.save(new ClaimPerson(claim.getId(), policy.getKind(), year, p.person(), p.standard().map(s -> s.getId()).orElse(null), amount));
        }
        claim.findings(FindingsCodec.encode(checks.check(policy, found, priced, year, claim.getId())));
        claims.saveAndFlush(claim);
        history.record(SubsidyClaim.SUBJECT_TYPE, claim.getId(), "open", null, ClaimState.DRAFT, null);
        return claim.getId();
    }
}
