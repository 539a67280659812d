package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.AccountChoice;
import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.crypto.PersonalDataLookups;
import cn.jilin.laborbrand.platform.ratelimit.RateLimit;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 专家库 (三(二) 建立劳务品牌建设专家库): HRSS keeps the experts reviews draw on — who they are, what they know, where they
 * are from, how to reach them (the phone encrypted, shown masked) and the account they sign in with. An expert who
 * leaves is deactivated, never deleted: assignment screens offer active experts only ({@link ReviewService#candidates}),
 * and past reviews keep their name. The rules of reviews themselves stay in {@link ReviewService}.
 */
@Service
public class ExpertPoolService {

    private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

    /** Finding experts by phone is reveal-class: its own permission, 30 an hour per account, audited. */
    static final PersonalDataLookups.Kind PHONE_LOOKUP = new PersonalDataLookups.Kind("expert.phone.lookup", "expert:pii:reveal",
            new RateLimit("expert-phone-lookup", 30, Duration.ofHours(1)));

    private final ExpertRepository experts;
    private final ReviewAssignmentRepository assignments;
    private final AccountService accounts;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final PersonalDataLookups lookups;
    private final Clock clock;

    ExpertPoolService(ExpertRepository experts, ReviewAssignmentRepository assignments, AccountService accounts, RegionService regions,
                      PersonalDataCipher cipher, AuditService audit, PersonalDataLookups lookups, Clock clock) {
        this.experts = experts;
        this.assignments = assignments;
        this.accounts = accounts;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
        this.lookups = lookups;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    public Page<Expert> search(ExpertFilter filter, DataScope scope, Pageable pageable) {
        return experts.findAll(filter.toSpecification(), scope, pageable);
    }

    /** The filtered pool for an Excel export (phones masked); the export is recorded. */
    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional
    public List<Expert> export(ExpertFilter filter, DataScope scope, Sort sort) {
        List<Expert> rows = experts.findAll(filter.toSpecification(), scope, sort);
        audit.record("expert.export", "expert", null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    public Expert get(long id, DataScope scope) {
        return experts.findById(id, scope).orElseThrow(() -> new NotFoundException("expert", id));
    }

    /** Each expert's assignments and conflicts so far, by expert id, for the experts the caller sees. */
    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    public Map<Long, ExpertStanding> standings(DataScope scope) {
        Set<Long> visible = scope.isProvince() ? null : experts.findAll(null, scope, Sort.unsorted()).stream().map(Expert::getId)
                .collect(Collectors.toSet());
        Map<Long, Long> total = new HashMap<>();
        for (Object[] row : assignments.countAssignmentsByExpert()) {
            total.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, Long> conflicts = new HashMap<>();
        for (Object[] row : assignments.countConflictsByExpert()) {
            conflicts.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, ExpertStanding> standings = new HashMap<>();
        total.forEach((id, n) -> {
            if (visible == null || visible.contains(id)) {
                standings.put(id, new ExpertStanding(n, conflicts.getOrDefault(id, 0L)));
            }
        });
        return standings;
    }

    /**
     * The accounts with the expert role, for linking; and by id, for showing the linked one. Outside the province's
     * scope only the accounts of the experts the caller sees.
     */
    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    public List<AccountChoice> expertAccounts(DataScope scope) {
        if (scope.isProvince()) {
            return accounts.holdersOf(RoleCode.EXPERT);
        }
        Set<Long> linked = experts.findAll(null, scope, Sort.unsorted()).stream().map(Expert::getAccountId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return accounts.holdersOf(RoleCode.EXPERT).stream().filter(a -> linked.contains(a.id())).toList();
    }

    /**
     * The experts with this exact phone number (matched by its keyed hash): a reveal-class lookup that needs
     * {@code expert:pii:reveal}, counts against the account's limit and is audited without the number.
     */
    @PreAuthorize("hasAuthority('expert:view')")
    @Transactional(readOnly = true)
    public List<Expert> findByPhone(String phone, DataScope scope) {
        lookups.admit(PHONE_LOOKUP, "expert", null);
        String p = normalise(phone);
        if (p == null || !PHONE.matcher(p).matches()) {
            throw new RuleViolation("phone", "expert.phone.format");
        }
        String index = cipher.blindIndex(p);
        List<Expert> found = experts.findAll((root, query, cb) -> cb.equal(root.get("phoneIndex"), index), scope, Sort.by("name"));
        lookups.answered(PHONE_LOOKUP, "expert", null, 1, found.size());
        return found;
    }

    /** The phone as pages show it: masked. */
    public String maskedPhone(Expert expert) {
        return expert.getPhoneCipher() == null ? "" : Masking.phone(cipher.decrypt(expert.getPhoneCipher()));
    }

    /** Adds an expert to the pool. */
    @PreAuthorize("hasAuthority('expert:manage')")
    @Transactional
    public long create(ExpertDetails details, DataScope scope) {
        validate(details, null);
        if (!scope.coversRegion(details.homeRegionCode())) {
            throw new RuleViolation("homeRegionCode", "expert.region.outOfScope");
        }
        String phone = normalise(details.phone());
        Expert expert = new Expert();
        expert.write(details, cipher.encrypt(phone), cipher.blindIndex(phone));
        experts.saveAndFlush(expert);
        audit.record("expert.create", "expert", expert.getId(), expert.getName());
        return expert.getId();
    }

    /** Changes what is kept of an expert; a blank phone keeps the one given before. */
    @PreAuthorize("hasAuthority('expert:manage')")
    @Transactional
    public void update(long id, long shownVersion, ExpertDetails details, DataScope scope) {
        Expert expert = get(id, scope);
        expert.requireVersion(shownVersion);
        validate(details, expert);
        if (!scope.coversRegion(details.homeRegionCode())) {
            throw new RuleViolation("homeRegionCode", "expert.region.outOfScope");
        }
        String phone = normalise(details.phone());
        if (phone == null) {
            expert.write(details, expert.getPhoneCipher(), expert.phoneIndex());
        } else {
            expert.write(details, cipher.encrypt(phone), cipher.blindIndex(phone));
        }
        experts.saveAndFlush(expert);
        audit.record("expert.edit", "expert", id, expert.getName() + (phone == null ? "" : " (phone changed)"));
    }

    /** Takes an expert out of the pool (with a reason): no new assignments; past reviews stay. */
    @PreAuthorize("hasAuthority('expert:manage')")
    @Transactional
    public void deactivate(long id, long shownVersion, String reason, DataScope scope) {
        Expert expert = get(id, scope);
        expert.requireVersion(shownVersion);
        if (!expert.isActive()) {
            throw new RuleViolation("expert.alreadyInactive");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "expert.deactivate.reasonRequired");
        }
        expert.deactivate(reason.strip(), clock.instant());
        experts.saveAndFlush(expert);
        audit.record("expert.deactivate", "expert", id, reason.strip());
    }

    @PreAuthorize("hasAuthority('expert:manage')")
    @Transactional
    public void activate(long id, long shownVersion, DataScope scope) {
        Expert expert = get(id, scope);
        expert.requireVersion(shownVersion);
        if (expert.isActive()) {
            throw new RuleViolation("expert.alreadyActive");
        }
        expert.activate();
        experts.saveAndFlush(expert);
        audit.record("expert.activate", "expert", id, expert.getName());
    }

    private void validate(ExpertDetails d, Expert existing) {
        if (d.name() == null || d.name().isBlank()) {
            throw new RuleViolation("name", "NotBlank");
        }
        if (d.organisation() == null || d.organisation().isBlank()) {
            throw new RuleViolation("organisation", "NotBlank");
        }
        if (d.homeRegionCode() == null || regions.find(d.homeRegionCode()).isEmpty()) {
            throw new RuleViolation("homeRegionCode", "expert.region.unknown");
        }
        String phone = normalise(d.phone());
        if (phone == null && existing == null) {
            throw new RuleViolation("phone", "NotBlank");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new RuleViolation("phone", "expert.phone.format");
        }
        if (d.accountId() != null) {
            boolean isExpertAccount = accounts.holdersOf(RoleCode.EXPERT).stream().anyMatch(a -> a.id() == d.accountId());
            if (!isExpertAccount) {
                throw new RuleViolation("accountId", "expert.account.notExpert");
            }
            boolean taken = existing == null ? experts.existsByAccountId(d.accountId())
                    : experts.existsByAccountIdAndIdNot(d.accountId(), existing.getId());
            if (taken) {
                throw new RuleViolation("accountId", "expert.account.taken");
            }
        }
    }

    private static String normalise(String phone) {
        return phone == null || phone.isBlank() ? null : phone.replaceAll("\\s", "");
    }
}
