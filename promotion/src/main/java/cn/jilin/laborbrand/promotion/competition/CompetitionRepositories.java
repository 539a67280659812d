package cn.jilin.laborbrand.promotion.competition;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

interface CompetitionRepository extends JpaRepository<Competition, Long>, JpaSpecificationExecutor<Competition> {
}

interface CompetitionEventRepository extends Repository<CompetitionEvent, Long> {

    List<CompetitionEvent> findByCompetitionIdOrderByHeldOnAscIdAsc(long competitionId);

    CompetitionEvent saveAndFlush(CompetitionEvent event);

    Optional<CompetitionEvent> findById(Long id);

    void delete(CompetitionEvent event);
}

interface CompetitionResultRepository extends Repository<CompetitionResult, Long> {

    List<CompetitionResult> findByCompetitionIdOrderByEventIdAscRankAscIdAsc(long competitionId);

    Optional<CompetitionResult> findById(Long id);

    CompetitionResult saveAndFlush(CompetitionResult result);

    void delete(CompetitionResult result);

    boolean existsByEventId(Long eventId);
}
