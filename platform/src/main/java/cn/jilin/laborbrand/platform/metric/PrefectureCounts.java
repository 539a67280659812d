package cn.jilin.laborbrand.platform.metric;

import cn.jilin.laborbrand.platform.region.RegionService;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A metric read from one grouped query: each row a region code and a count. The total is every row's (a row of no
 * known region — the province's own, say — counts in the total only); the breakdown adds the counties to their
 * prefecture-level unit.
 */
public final class PrefectureCounts {

    private PrefectureCounts() {
    }

    public static MetricReading read(JdbcTemplate jdbc, RegionService regions, String sql, Object... args) {
        Map<String, Long> byPrefecture = new HashMap<>();
        long[] total = {0};
        jdbc.query(sql, rs -> {
            long count = rs.getLong(2);
            total[0] += count;
            String region = rs.getString(1);
            if (region != null) {
                regions.prefectureOf(region).ifPresent(p -> byPrefecture.merge(p, count, Long::sum));
            }
        }, args);
        return new MetricReading(total[0], byPrefecture);
    }
}
