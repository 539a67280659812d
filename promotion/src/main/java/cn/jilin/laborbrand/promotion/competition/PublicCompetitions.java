package cn.jilin.laborbrand.promotion.competition;

import cn.jilin.laborbrand.registry.brand.BrandName;
import cn.jilin.laborbrand.registry.brand.BrandService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competition results as public data (三(三) 宣传展示): competitions with at least one result and their winners — place,
 * award, name, brand, region, event. Never the certificate number, nor anything else about the person. Open to anyone.
 */
@Service
public class PublicCompetitions {

    private final CompetitionRepository competitions;
    private final CompetitionEventRepository events;
    private final CompetitionResultRepository results;
    private final BrandService brands;

    PublicCompetitions(CompetitionRepository competitions, CompetitionEventRepository events, CompetitionResultRepository results,
                       BrandService brands) {
        this.competitions = competitions;
        this.events = events;
        this.results = results;
        this.brands = brands;
    }

    /** A competition the public sees: what it was and its winners. */
    public record PublicCompetition(long id, String name, int year, String organiser, String occupation, CompetitionLevel level,
                                    String regionCode, boolean demo, List<Winner> winners) {
    }

    /** One winner: no certificate number, no ID, no phone. */
    public record Winner(int rank, String award, String personName, String regionCode, Long brandId, String brandName, String eventName,
                         LocalDate heldOn) {
    }

    /** Competitions with results, newest first (winners left empty: the list shows counts only). */
    @Transactional(readOnly = true)
    public Page<Competition> list(Integer year, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(Math.max(pageable.getPageSize(), 1), 100), CompetitionService.newestFirst());
        return competitions.findAll(withResults().and((root, query, cb) -> year == null ? cb.conjunction() : cb.equal(root.get("year"), year)), page);
    }

    /** One competition with results, and its winners in event and rank order; empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<PublicCompetition> one(long id) {
        Specification<Competition> byId = (root, query, cb) -> cb.equal(root.get("id"), id);
        return competitions.findOne(byId.and(withResults())).map(c -> {
            List<CompetitionResult> rows = results.findByCompetitionIdOrderByEventIdAscRankAscIdAsc(c.getId());
            Map<Long, CompetitionEvent> byEvent = events.findByCompetitionIdOrderByHeldOnAscIdAsc(c.getId()).stream()
                    .collect(Collectors.toMap(CompetitionEvent::getId, Function.identity()));
            Map<Long, BrandName> names = brands.names(rows.stream().map(CompetitionResult::getBrandId).filter(Objects::nonNull).collect(Collectors.toSet()));
            List<Winner> winners = rows.stream().map(r -> {
                CompetitionEvent e = r.getEventId() == null ? null : byEvent.get(r.getEventId());
                BrandName brand = r.getBrandId() == null ? null : names.get(r.getBrandId());
                return new Winner(r.getRank(), r.getAward(), r.getPersonName(), r.getRegionCode(), brand == null ? null : r.getBrandId(),
                        brand == null ? null : brand.name(), e == null ? null : e.getName(), e == null ? null : e.getHeldOn());
            }).toList();
            return new PublicCompetition(c.getId(), c.getName(), c.getYear(), c.getOrganiser(), c.getOccupation(), c.getLevel(), c.getRegionCode(),
                    c.isDemo(), winners);
        });
    }

    private static Specification<Competition> withResults() {
        return (root, query, cb) -> {
            var sub = query.subquery(Long.class);
            var r = sub.from(CompetitionResult.class);
            sub.select(r.get("id")).where(cb.equal(r.get("competitionId"), root.get("id")));
            return cb.exists(sub);
        };
    }
}
