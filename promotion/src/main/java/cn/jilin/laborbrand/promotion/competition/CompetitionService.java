package cn.jilin.laborbrand.promotion.competition;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.audit.AuditService;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 技能大赛 (三(三)): the province records competitions, their events and results; a result names the certificate its
 * person holds where one is on record (looked up through {@link CertificateRegister}). Everyone with
 * {@code campaign:view} sees the province's competitions; a city sees those of its own region besides.
 */
@Service
public class CompetitionService {

    static final String PROVINCE = "220000";

    private final CompetitionRepository competitions;
    private final CompetitionEventRepository events;
    private final CompetitionResultRepository results;
    private final ObjectProvider<CertificateRegister> certificates;
    private final RegionService regions;
    private final AuditService audit;

    CompetitionService(CompetitionRepository competitions, CompetitionEventRepository events, CompetitionResultRepository results,
                       ObjectProvider<CertificateRegister> certificates, RegionService regions, AuditService audit) {
        this.competitions = competitions;
        this.events = events;
        this.results = results;
        this.certificates = certificates;
        this.regions = regions;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public long create(CompetitionDetails d) {
        Competition competition = competitions.saveAndFlush(new Competition(d, checkedRegion(d)));
        audit.record("competition.create", Competition.SUBJECT_TYPE, competition.getId(), competition.getName());
        return competition.getId();
    }

    /** Changes a competition the caller sees, from a form shown at {@code shownVersion}. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public void update(long id, long shownVersion, CompetitionDetails d, DataScope scope) {
        Competition competition = get(id, scope);
        competition.requireVersion(shownVersion);
        competition.revise(d, checkedRegion(d));
        competitions.saveAndFlush(competition);
        audit.record("competition.update", Competition.SUBJECT_TYPE, id, competition.getName());
    }

    /** The checked details' region: the province's code, or the city a city's competition is held in. */
    private String checkedRegion(CompetitionDetails d) {
        if (d.name() == null || d.name().isBlank() || d.name().strip().length() > 200) {
            throw new RuleViolation("name", "competition.name.required");
        }
        if (d.year() < 2000 || d.year() > 2100) {
            throw new RuleViolation("year", "campaign.year.range");
        }
        if (d.organiser() == null || d.organiser().isBlank() || d.organiser().strip().length() > 200) {
            throw new RuleViolation("organiser", "competition.organiser.required");
        }
        if (d.occupation() == null || d.occupation().isBlank() || d.occupation().strip().length() > 100) {
            throw new RuleViolation("occupation", "competition.occupation.required");
        }
        if (d.level() == null) {
            throw new RuleViolation("level", "competition.level.required");
        }
        if (d.level() == CompetitionLevel.CITY) {
            if (d.regionCode() == null || regions.prefectures().stream().noneMatch(r -> r.getCode().equals(d.regionCode()))) {
                throw new RuleViolation("regionCode", "competition.region.required");
            }
            return d.regionCode();
        }
        return PROVINCE;
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public Page<Competition> search(CompetitionFilter filter, DataScope scope, Pageable pageable) {
        return competitions.findAll(within(scope).and(matching(filter)), pageable);
    }

    /** The list as filtered, for its Excel export (at most 5,000 rows, newest first); recorded. */
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional
    public List<Competition> export(CompetitionFilter filter, DataScope scope) {
        List<Competition> rows = competitions.findAll(within(scope).and(matching(filter)), org.springframework.data.domain.PageRequest.of(0, 5000,
                newestFirst())).getContent();
        audit.record("competition.list.export", Competition.SUBJECT_TYPE, null, "rows=" + rows.size());
        return rows;
    }

    /** The certificate each result names, as on record now (by result id), for the detail page. */
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public java.util.Map<Long, CertificateRegister.LinkedCertificate> certificates(long id, DataScope scope) {
        java.util.Map<Long, CertificateRegister.LinkedCertificate> linked = new java.util.HashMap<>();
        for (CompetitionResult r : results(id, scope)) {
            if (r.getCertificateNumber() != null) {
                register().find(r.getCertificateNumber(), r.getPersonName()).ifPresent(c -> linked.put(r.getId(), c));
            }
        }
        return linked;
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public Competition get(long id, DataScope scope) {
        Specification<Competition> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return competitions.findOne(byId.and(within(scope))).orElseThrow(() -> new NotFoundException(Competition.SUBJECT_TYPE, id));
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public List<CompetitionEvent> events(long id, DataScope scope) {
        return events.findByCompetitionIdOrderByHeldOnAscIdAsc(get(id, scope).getId());
    }

    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional(readOnly = true)
    public List<CompetitionResult> results(long id, DataScope scope) {
        return results.findByCompetitionIdOrderByEventIdAscRankAscIdAsc(get(id, scope).getId());
    }

    /** Every competition the caller sees with its results, for the export; recorded. */
    @PreAuthorize("hasAuthority('campaign:view')")
    @Transactional
    public List<CompetitionResult> exportResults(long id, DataScope scope) {
        List<CompetitionResult> rows = results(id, scope);
        audit.record("competition.export", Competition.SUBJECT_TYPE, id, "rows=" + rows.size());
        return rows;
    }

    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public long addEvent(long id, String name, LocalDate heldOn, String place, DataScope scope) {
        Competition competition = get(id, scope);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new RuleViolation("name", "competition.event.name");
        }
        if (heldOn == null) {
            throw new RuleViolation("heldOn", "competition.event.date");
        }
        if (place == null || place.isBlank() || place.strip().length() > 200) {
            throw new RuleViolation("place", "competition.event.place");
        }
        CompetitionEvent event = events.saveAndFlush(new CompetitionEvent(competition.getId(), name.strip(), heldOn, place.strip()));
        audit.record("competition.event.create", Competition.SUBJECT_TYPE, id, "event " + event.getId());
        return event.getId();
    }

    /** A result; its certificate number is linked when a certificate of that number and name is on record. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public long addResult(long id, ResultDetails d, DataScope scope) {
        Competition competition = get(id, scope);
        if (d.eventId() != null && events.findByCompetitionIdOrderByHeldOnAscIdAsc(id).stream().noneMatch(e -> e.getId().equals(d.eventId()))) {
            throw new RuleViolation("eventId", "competition.result.event");
        }
        if (d.rank() < 1 || d.rank() > 1000) {
            throw new RuleViolation("rank", "competition.result.rank");
        }
        if (d.award() == null || d.award().isBlank() || d.award().strip().length() > 50) {
            throw new RuleViolation("award", "competition.result.award");
        }
        if (d.personName() == null || d.personName().isBlank() || d.personName().strip().length() > 50) {
            throw new RuleViolation("personName", "competition.result.person");
        }
        if (d.regionCode() == null || regions.find(d.regionCode()).isEmpty()) {
            throw new RuleViolation("regionCode", "competition.region.required");
        }
        if (d.certificateNumber() != null && d.certificateNumber().strip().length() > 40) {
            throw new RuleViolation("certificateNumber", "competition.result.certificate");
        }
        // a number given must name a certificate of this person on record: a typo is refused, not stored unlinked
        String issuer = d.certificateNumber() == null || d.certificateNumber().isBlank() ? null
                : register().find(d.certificateNumber().strip(), d.personName().strip()).map(CertificateRegister.LinkedCertificate::issuer)
                        .orElseThrow(() -> new RuleViolation("certificateNumber", "competition.result.certificate.unknown"));
        CompetitionResult result = results.saveAndFlush(new CompetitionResult(competition.getId(), d, issuer));
        audit.record("competition.result.create", Competition.SUBJECT_TYPE, id, "result " + result.getId());
        return result.getId();
    }

    /** Removes an event; refused while results name it. */
    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public void removeEvent(long id, long eventId, DataScope scope) {
        Competition competition = get(id, scope);
        CompetitionEvent event = events.findById(eventId).filter(e -> e.getCompetitionId() == competition.getId())
                .orElseThrow(() -> new NotFoundException("competition_event", eventId));
        if (results.existsByEventId(eventId)) {
            throw new RuleViolation("eventId", "competition.event.inUse");
        }
        events.delete(event);
        audit.record("competition.event.delete", Competition.SUBJECT_TYPE, id, "event " + eventId);
    }

    @PreAuthorize("hasAuthority('campaign:manage')")
    @Transactional
    public void removeResult(long id, long resultId, DataScope scope) {
        Competition competition = get(id, scope);
        CompetitionResult result = results.findById(resultId).filter(r -> r.getCompetitionId() == competition.getId())
                .orElseThrow(() -> new NotFoundException("competition_result", resultId));
        results.delete(result);
        audit.record("competition.result.delete", Competition.SUBJECT_TYPE, id, "result " + resultId);
    }

    private CertificateRegister register() {
        return certificates.getIfAvailable(() -> (number, name) -> java.util.Optional.empty());
    }

    private static Specification<Competition> matching(CompetitionFilter f) {
        return (root, query, cb) -> cb.and(
                f.year() == null ? cb.conjunction() : cb.equal(root.get("year"), f.year()),
                f.level() == null ? cb.conjunction() : cb.equal(root.get("level"), f.level()),
                f.regionCode() == null || f.regionCode().isBlank() ? cb.conjunction() : cb.equal(root.get("regionCode"), f.regionCode()),
                f.text() == null || f.text().isBlank() ? cb.conjunction()
                        : cb.like(cb.lower(root.get("name")), "%" + f.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", '\\'));
    }

    /** The scope in the query: the province sees all; a city the province's competitions and its own; others none. */
    private static Specification<Competition> within(DataScope scope) {
        return (root, query, cb) -> switch (scope.kind()) {
            case PROVINCE -> cb.conjunction();
            case REGION -> cb.or(cb.equal(root.get("level"), CompetitionLevel.PROVINCE), root.get("regionCode").in(scope.regionCodes()));
            default -> cb.disjunction();
        };
    }

    public static Sort newestFirst() {
        return Sort.by(Sort.Order.desc("year"), Sort.Order.desc("id"));
    }
}
