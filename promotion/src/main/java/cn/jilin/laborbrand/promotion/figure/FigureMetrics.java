package cn.jilin.laborbrand.promotion.figure;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** 三(三) 推出典型人物: typical figures on the public pages now (published, consent in force), by prefecture. */
@Configuration(proxyBeanMethods = false)
class FigureMetrics {

    static final String PUBLISHED = "promotion.figures.published";

    private static final String COUNT = """
            select case r.level when 'COUNTY' then r.parent_code when 'PREFECTURE' then r.code end as prefecture, count(*) as n
            from typical_figure f join region r on r.code = f.region_code
            where f.published and f.consent_attachment_id is not null and f.consent_signed_on is not null
              and f.consent_withdrawn_on is null
            group by 1""";

    @Bean
    PlanMetric publishedFiguresMetric(JdbcTemplate jdbc) {
        return PlanMetric.of(PUBLISHED, () -> {
            long[] total = {0};
            Map<String, Long> byPrefecture = new HashMap<>();
            jdbc.query(COUNT, rs -> {
                total[0] += rs.getLong("n");
                if (rs.getString("prefecture") != null) {
                    byPrefecture.put(rs.getString("prefecture"), rs.getLong("n"));
                }
            });
            return new MetricReading(total[0], byPrefecture);
        });
    }
}
