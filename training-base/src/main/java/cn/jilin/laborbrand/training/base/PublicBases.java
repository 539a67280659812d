package cn.jilin.laborbrand.training.base;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.registry.brand.PublicBrands;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(一)2: the designated cultivation bases anyone may see (a level above none and not revoked, as the plan's targets
 * count them), provincial first, with the designated brands they grow.
 */
@Service
public class PublicBases {

    private static final String PUBLISHED = " from cultivation_base c where c.level <> 'NONE' and c.state <> 'REVOKED'";

    private final NamedParameterJdbcTemplate jdbc;
    private final PublicBrands brands;

    PublicBases(NamedParameterJdbcTemplate jdbc, PublicBrands brands) {
        this.jdbc = jdbc;
        this.brands = brands;
    }

    @Transactional(readOnly = true)
    public Page<PublicBase> search(Pageable pageable) {
        Long total = jdbc.queryForObject("select count(*)" + PUBLISHED, new MapSqlParameterSource(), Long.class);
        return new PageImpl<>(read(" limit :limit offset :offset", new MapSqlParameterSource("limit", pageable.getPageSize())
                .addValue("offset", pageable.getOffset())), pageable, total == null ? 0 : total);
    }

    /** Every published base, for a download of the whole dataset. */
    @Transactional(readOnly = true)
    public List<PublicBase> all() {
        return read("", new MapSqlParameterSource());
    }

    private List<PublicBase> read(String limit, MapSqlParameterSource parameters) {
        parameters.addValue("zone", PlatformTime.ZONE.getId());
        List<Object[]> rows = jdbc.query("select c.id, c.name, c.region_code, c.level, extract(year from c.designated_at at time zone :zone)::int, "
                + "c.capacity, c.demo" + PUBLISHED + " order by c.level_rank desc, c.region_code, c.name, c.id" + limit, parameters, (rs, i) -> {
                    int read = rs.getInt(5);
                    Integer year = rs.wasNull() ? null : read;
                    return new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), BaseLevel.valueOf(rs.getString(4)),
                        year, rs.getInt(6), rs.getBoolean(7)};
                });
        Map<Long, List<Long>> brandIds = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.query("select base_id, brand_id from cultivation_base_brand where base_id in (:ids)",
                    new MapSqlParameterSource("ids", rows.stream().map(r -> (Long) r[0]).toList()), rs -> {
                        brandIds.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2));
                    });
        }
        Map<Long, String> names = brands.names(brandIds.values().stream().flatMap(List::stream).distinct().toList());
        return rows.stream().map(r -> new PublicBase((Long) r[0], (String) r[1], (String) r[2], (BaseLevel) r[3], (Integer) r[4], (Integer) r[5],
                brandIds.getOrDefault((Long) r[0], List.of()).stream().filter(names::containsKey).map(names::get).toList(), (Boolean) r[6])).toList();
    }
}
