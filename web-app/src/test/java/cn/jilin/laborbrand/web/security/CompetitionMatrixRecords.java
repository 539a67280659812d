package cn.jilin.laborbrand.web.security;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.promotion.competition.CompetitionDetails;
import cn.jilin.laborbrand.promotion.competition.CompetitionLevel;
import cn.jilin.laborbrand.promotion.competition.CompetitionService;
import cn.jilin.laborbrand.promotion.competition.ResultDetails;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Competition records for the authorisation matrix: a competition of the province (every holder of campaign:view sees
 * it; the public sees it too, as it has a result) with one event and one result, made through the service as the
 * province would.
 */
@Component
class CompetitionMatrixRecords {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CompetitionService competitions;

    CompetitionMatrixRecords(CompetitionService competitions) {
        this.competitions = competitions;
    }

    /** A province competition with an event and a result: names id, eventId and resultId. */
    Map<String, String> competition() {
        return SystemActor.call(() -> {
            DataScope province = DataScope.province();
            long id = competitions.create(new CompetitionDetails("矩阵大赛" + SEQUENCE.incrementAndGet(), 2026, "省人社厅", "电工",
                    CompetitionLevel.PROVINCE, null));
            long event = competitions.addEvent(id, "矩阵项目", LocalDate.of(2026, 6, 1), "长春", province);
            long result = competitions.addResult(id, new ResultDetails(null, 1, "一等奖", "矩阵选手", "220100", null, null), province);
            return Map.of("id", String.valueOf(id), "eventId", String.valueOf(event), "resultId", String.valueOf(result));
        }, "campaign:view", "campaign:manage");
    }
}
