package cn.jilin.laborbrand.training.referral;

import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.trainee.Trainee;
import cn.jilin.laborbrand.training.trainee.TraineeLookupService;
import cn.jilin.laborbrand.training.trainee.TraineeService;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 就业推荐 (二(二)2): a city bureau refers brand trainees to vacancies and records what became of each. */
@Service
public class ReferralService {

    static final String SUBJECT_TYPE = "job_referral";

    private final JobReferralRepository referrals;
    private final TraineeLookupService trainees;
    private final TraineeService roster;
    private final RegionService regions;
    private final AuditService audit;

    ReferralService(JobReferralRepository referrals, TraineeLookupService trainees, TraineeService roster, RegionService regions,
                    AuditService audit) {
        this.referrals = referrals;
        this.trainees = trainees;
        this.roster = roster;
        this.regions = regions;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public Page<JobReferral> search(String text, DataScope scope, Pageable pageable) {
        String like = text == null || text.isBlank() ? null
                : "%" + text.strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%";
        return referrals.findAll((root, q, cb) -> like == null ? cb.conjunction()
                : cb.or(cb.like(root.get("vacancy"), like), cb.like(root.get("employer"), like)), scope, pageable);
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional
    public List<JobReferral> export(DataScope scope) {
        List<JobReferral> rows = referrals.findAll(null, scope, Sort.by(Sort.Order.desc("referredOn")));
        audit.record("referral.export", SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('employment:view')")
    @Transactional(readOnly = true)
    public JobReferral get(long id, DataScope scope) {
        return referrals.getById(id, scope);
    }

    /** Records a referral of the caller's region; every person must be a trainee the caller sees. */
    @PreAuthorize("hasAuthority('employment:edit')")
    @Transactional
    public long record(ReferralDetails d, DataScope scope) {
        regions.checkWithin(d.regionCode(), scope);
        if (d.vacancy() == null || d.vacancy().isBlank()) {
            throw new RuleViolation("vacancy", "NotBlank");
        }
        if (d.employer() == null || d.employer().isBlank()) {
            throw new RuleViolation("employer", "NotBlank");
        }
        if (d.referredOn() == null) {
            throw new RuleViolation("referredOn", "NotNull");
        }
        List<Trainee> people = trainees.resolve(d.residentIds() == null ? List.of() : d.residentIds(), "residentIds", scope);
        JobReferral referral = referrals.saveAndFlush(new JobReferral(d, people.stream().map(Trainee::getId).toList()));
        audit.record("referral.create", SUBJECT_TYPE, referral.getId(), referral.getEmployer() + " people=" + referral.getPeople());
        return referral.getId();
    }

    /** Records what became of one referred trainee whom the caller sees. */
    @PreAuthorize("hasAuthority('employment:edit')")
    @Transactional
    public void recordOutcome(long id, long shownVersion, long traineeId, ReferralOutcome outcome, DataScope scope) {
        JobReferral referral = referrals.getById(id, scope);
        referral.requireVersion(shownVersion);
        if (!referral.getOutcomes().containsKey(traineeId) || outcome == null || roster.names(Set.of(traineeId), scope).isEmpty()) {
            throw new RuleViolation("referral.trainee.unknown");
        }
        referral.setOutcome(traineeId, outcome);
        referrals.saveAndFlush(referral);
        audit.record("referral.outcome", SUBJECT_TYPE, id, "trainee " + traineeId + " " + outcome);
    }
}
