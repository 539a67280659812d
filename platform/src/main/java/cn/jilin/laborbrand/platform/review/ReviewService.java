package cn.jilin.laborbrand.platform.review;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.Text;
import cn.jilin.laborbrand.platform.audit.AuditActor;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.crypto.PersonalDataCipher;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.scope.Unscoped;
import org.springframework.data.domain.Sort;

/**
 * Expert review (专家评审, 三(二)), for any record that needs one — brand applications now, selection campaigns later.
 * HRSS assigns experts from the pool; an expert declares on conflicts of interest before seeing the record, then scores
 * it on the rubric's weighted criteria. The owning workflow decides when scoring is open; this service keeps the rules
 * of the review itself.
 */
@Service
public class ReviewService {

    /** The fewest experts a review may have (and the fewest scored reviews a decision needs). */
    public static final int MIN_EXPERTS = 3;

    private final ExpertRepository experts;
    private final ReviewAssignmentRepository assignments;
    private final ReviewScoreRepository scores;
    private final ReviewCriterionRepository criteria;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final AuditService audit;
    private final Clock clock;

    ReviewService(ExpertRepository experts, ReviewAssignmentRepository assignments, ReviewScoreRepository scores,
                  ReviewCriterionRepository criteria, RegionService regions, PersonalDataCipher cipher, AuditService audit, Clock clock) {
        this.experts = experts;
        this.assignments = assignments;
        this.scores = scores;
        this.criteria = criteria;
        this.regions = regions;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Adds an expert to the pool; the phone is kept encrypted. */
    @PreAuthorize("hasAuthority('expert:manage') or hasAuthority('demo:provision')")
    @Transactional
    public long addExpert(Long accountId, String name, String organisation, String title, String fields, String homeRegionCode, String phone) {
        String normalisedPhone = phone == null || phone.isBlank() ? null : phone.replaceAll("\\s", "");
        Expert expert = experts.save(new Expert(accountId, name, organisation, title, fields, homeRegionCode,
                cipher.encrypt(normalisedPhone), cipher.blindIndex(normalisedPhone)));
        audit.record("expert.create", "expert", expert.getId(), name);
        return expert.getId();
    }

    /** The expert record of a sign-in account, if it belongs to the pool. */
    @Transactional(readOnly = true)
    public Optional<Expert> expertOfAccount(long accountId) {
        return experts.findByAccountId(accountId);
    }

    /** Active experts of the caller's scope for an assignment screen, each flagged when from the record's own prefecture. */
    @PreAuthorize("hasAuthority('review:assign')")
    @Transactional(readOnly = true)
    public List<ExpertChoice> candidates(String subjectRegionCode, DataScope scope) {
        Map<Long, Long> conflicts = new HashMap<>();
        for (Object[] row : assignments.countConflictsByExpert()) {
            conflicts.put((Long) row[0], (Long) row[1]);
        }
        return experts.findAll((root, query, cb) -> cb.isTrue(root.get("active")), scope, Sort.by("name")).stream()
                .map(e -> new ExpertChoice(e.getId(), e.getName(), e.getOrganisation(), e.getTitle(), e.getFields(),
                        e.getHomeRegionCode(), samePrefecture(e.getHomeRegionCode(), subjectRegionCode),
                        conflicts.getOrDefault(e.getId(), 0L)))
                .toList();
    }

    /**
     * Assigns experts to review a record. Called by the owning workflow inside its transition; at least
     * {@value #MIN_EXPERTS} active experts, each once.
     */
    @PreAuthorize("hasAuthority('review:assign')")
    @Transactional
    public void assign(String subjectType, long subjectId, String subjectRegionCode, String rubric, Collection<Long> expertIds) {
        Set<Long> unique = new LinkedHashSet<>(expertIds == null ? List.of() : expertIds);
        if (unique.size() < MIN_EXPERTS) {
            throw new RuleViolation("expertIds", "review.assign.tooFew");
        }
        List<Expert> chosen = experts.findByIdIn(unique);
        if (chosen.size() != unique.size() || chosen.stream().anyMatch(e -> !e.isActive())) {
            throw new RuleViolation("expertIds", "review.assign.unknownExpert");
        }
        Set<Long> already = assignments.findBySubjectTypeAndSubjectIdOrderById(subjectType, subjectId).stream()
                .map(ReviewAssignment::getExpertId).collect(Collectors.toSet());
        for (Expert expert : chosen) {
            if (already.contains(expert.getId())) {
                continue;
            }
            ReviewAssignment assignment = assignments.save(new ReviewAssignment(subjectType, subjectId, subjectRegionCode, rubric,
                    expert, samePrefecture(expert.getHomeRegionCode(), subjectRegionCode)));
            audit.record("review.assign", subjectType, subjectId, "expert " + expert.getId() + " assignment " + assignment.getId());
        }
    }

    /** The signed-in expert's own assignment, or 404: nobody reaches another expert's review. */
    @PreAuthorize("hasAuthority('review:score')")
    @Unscoped("the signed-in expert's own assignment: the query is by the caller's own account, whatever their role's scope")
    @Transactional(readOnly = true)
    public ReviewAssignment myAssignment(long assignmentId) {
        return ownAssignment(assignmentId);
    }

    /** The signed-in expert declares on conflicts of interest; a conflict withdraws them from this review. */
    @PreAuthorize("hasAuthority('review:score')")
    @Transactional
    public void declare(long assignmentId, boolean conflict, String note) {
        ReviewAssignment assignment = ownAssignment(assignmentId);
        if (assignment.getDeclaration() != Declaration.PENDING) {
            throw new RuleViolation("review.declare.already");
        }
        if (conflict && (note == null || note.isBlank())) {
            throw new RuleViolation("note", "review.declare.noteRequired");
        }
        assignment.declare(conflict, Text.orNull(note), clock.instant());
        assignments.saveAndFlush(assignment);
        audit.record(conflict ? "review.conflict" : "review.noConflict", assignment.getSubjectType(), assignment.getSubjectId(),
                "assignment " + assignmentId + (conflict ? " " + note.strip() : ""));
    }

    /**
     * The signed-in expert scores every criterion of the rubric (0–100) with a comment. Only after declaring no
     * conflict, and once; whether scoring is still open is the owning workflow's call.
     */
    @PreAuthorize("hasAuthority('review:score')")
    @Transactional
    public BigDecimal score(long assignmentId, long shownVersion, Map<String, Integer> given, String comment) {
        ReviewAssignment assignment = ownAssignment(assignmentId);
        assignment.requireVersion(shownVersion);
        if (assignment.getDeclaration() != Declaration.NO_CONFLICT) {
            throw new RuleViolation("review.score.declareFirst");
        }
        if (assignment.isScored()) {
            throw new RuleViolation("review.score.already");
        }
        List<ReviewCriterion> rubric = criteria.findByRubricOrderBySortOrder(assignment.getRubric());
        BigDecimal weighted = BigDecimal.ZERO;
        for (ReviewCriterion criterion : rubric) {
            Integer value = given == null ? null : given.get(criterion.getCode());
            if (value == null || value < 0 || value > 100) {
                throw new RuleViolation("scores[" + criterion.getCode() + "]", "review.score.range");
            }
            weighted = weighted.add(criterion.getWeight().multiply(BigDecimal.valueOf(value)));
        }
        if (comment == null || comment.isBlank()) {
            throw new RuleViolation("comment", "review.score.commentRequired");
        }
        for (ReviewCriterion criterion : rubric) {
            scores.save(new ReviewScore(assignmentId, criterion.getCode(), given.get(criterion.getCode())));
        }
        BigDecimal result = weighted.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        assignment.scored(result, comment.strip(), clock.instant());
        assignments.saveAndFlush(assignment);
        audit.record("review.score", assignment.getSubjectType(), assignment.getSubjectId(), "assignment " + assignmentId + " score " + result);
        return result;
    }

    /** The signed-in expert's assignments, newest first, for their work list. */
    @PreAuthorize("hasAuthority('review:score')")
    @Unscoped("the signed-in expert's own assignments: the query is by the caller's own account, whatever their role's scope")
    @Transactional(readOnly = true)
    public List<ExpertTask> myTasks() {
        return assignments.findByExpertAccountIdOrderByIdDesc(currentAccount()).stream()
                .map(a -> new ExpertTask(a.getId(), a.getSubjectType(), a.getSubjectId(), a.getSubjectRegionCode(), a.getDeclaration(),
                        a.isScored(), a.getWeightedScore(), a.getCreatedAt()))
                .toList();
    }

    /** The signed-in expert's assignment on one record, if any. */
    @Transactional(readOnly = true)
    public Optional<ReviewAssignment> myAssignmentOn(String subjectType, long subjectId) {
        Long account = AuditActor.current().accountId();
        return assignments.findBySubjectTypeAndSubjectIdOrderById(subjectType, subjectId).stream()
                .filter(a -> account != null && account.equals(a.getExpertAccountId())).findFirst();
    }

    /** How many experts have scored each of the records (one query for the lot; 0 for a record with none). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> scoredCounts(String subjectType, java.util.Collection<Long> subjectIds) {
        Map<Long, Integer> counts = new HashMap<>();
        subjectIds.forEach(id -> counts.put(id, 0));
        if (!subjectIds.isEmpty()) {
            for (Object[] row : assignments.countScored(subjectType, subjectIds)) {
                counts.put((Long) row[0], ((Long) row[1]).intValue());
            }
        }
        return counts;
    }

    /** The criteria of a rubric with their weights. */
    @Transactional(readOnly = true)
    public List<ReviewSummary.Criterion> rubric(String rubric) {
        return criteria.findByRubricOrderBySortOrder(rubric).stream()
                .map(c -> new ReviewSummary.Criterion(c.getCode(), c.getWeight())).toList();
    }

    /** Every expert's part in a record's review, with the weighted mean and spread of the scored ones. */
    @Transactional(readOnly = true)
    public ReviewSummary summary(String subjectType, long subjectId, String rubric) {
        List<ReviewAssignment> list = assignments.findBySubjectTypeAndSubjectIdOrderById(subjectType, subjectId);
        Map<Long, Expert> byId = experts.findByIdIn(list.stream().map(ReviewAssignment::getExpertId).toList()).stream()
                .collect(Collectors.toMap(Expert::getId, e -> e));
        Map<Long, Map<String, Integer>> scoresByAssignment = new HashMap<>();
        for (ReviewScore s : scores.findByAssignmentIdIn(list.stream().map(ReviewAssignment::getId).toList())) {
            scoresByAssignment.computeIfAbsent(s.getAssignmentId(), k -> new LinkedHashMap<>()).put(s.getCriterionCode(), s.getScore());
        }
        List<ReviewSummary.ExpertReview> reviews = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        for (ReviewAssignment a : list) {
            Expert e = byId.get(a.getExpertId());
            reviews.add(new ReviewSummary.ExpertReview(a.getId(), a.getExpertId(), e.getName(), e.getOrganisation(), e.getHomeRegionCode(),
                    a.isSameRegion(), a.getDeclaration(), a.getDeclarationNote(), scoresByAssignment.getOrDefault(a.getId(), Map.of()),
                    a.getWeightedScore(), a.getComment(), a.getScoredAt()));
            if (a.isScored()) {
                weighted.add(a.getWeightedScore());
            }
        }
        return new ReviewSummary(rubric(rubric), reviews, weighted.size(), mean(weighted), spread(weighted), deviation(weighted));
    }

    private ReviewAssignment ownAssignment(long assignmentId) {
        ReviewAssignment assignment = assignments.findById(assignmentId).orElseThrow(() -> new NotFoundException("assignment", assignmentId));
        if (!Objects.equals(assignment.getExpertAccountId(), currentAccount())) {
            throw new NotFoundException("assignment", assignmentId);
        }
        return assignment;
    }

    private static long currentAccount() {
        Long account = AuditActor.current().accountId();
        if (account == null) {
            throw new AccessDeniedException("an expert's own review needs a signed-in expert");
        }
        return account;
    }

    private boolean samePrefecture(String a, String b) {
        Optional<String> pa = regions.prefectureOf(a);
        return pa.isPresent() && pa.equals(regions.prefectureOf(b));
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal spread(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().max(BigDecimal::compareTo).orElseThrow().subtract(values.stream().min(BigDecimal::compareTo).orElseThrow());
    }

    private static BigDecimal deviation(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
        BigDecimal variance = values.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
        return variance.sqrt(MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
    }
}
