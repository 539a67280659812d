package cn.jilin.laborbrand.registry.brand;

import cn.jilin.laborbrand.platform.PlatformTime;
import cn.jilin.laborbrand.platform.attachment.AttachmentService;
import cn.jilin.laborbrand.platform.attachment.FileContent;
import cn.jilin.laborbrand.platform.region.RegionService;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 二(二)3 and 三(四): what anyone may see of labor brands without signing in, in one place — the designated brands
 * (a level above none, still active), their public figures, logo and leading enterprises, and counts by prefecture,
 * level and year designated. A brand that is not designated does not exist here (404 on its page).
 */
@Service
public class PublicBrands {

    /** The designated, active brands: the one definition of "published" for brands. */
    static final String PUBLISHED = "b.level <> 'NONE' and b.status = 'ACTIVE'";

    private static final String YEAR = "(select extract(year from max(c.decided_at at time zone :zone))::int from brand_level_change c "
            + "where c.brand_id = b.id and c.to_level = b.level)";

    private static final String COLUMNS = "select b.id, b.name, b.region_code, b.level, " + YEAR + " as year_designated, b.scope, b.type, "
            + "b.industry, b.occupations, b.workforce_size, b.annual_labor_income, b.trained_count, b.certified_count, b.trademark_number, "
            + "b.logo_attachment_id is not null as has_logo, b.demo from labor_brand b";

    private final NamedParameterJdbcTemplate jdbc;
    private final AttachmentService attachments;
    private final RegionService regions;

    PublicBrands(NamedParameterJdbcTemplate jdbc, AttachmentService attachments, RegionService regions) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.regions = regions;
    }

    /** A page of the directory, filtered and in one of the offered orders. */
    @Transactional(readOnly = true)
    public Page<PublicBrand> search(PublicBrandFilter filter, PublicBrandSort sort, Pageable pageable) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("zone", PlatformTime.ZONE.getId());
        String where = where(filter, parameters);
        Long total = jdbc.queryForObject("select count(*) from labor_brand b" + where, parameters, Long.class);
        parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<PublicBrand> rows = jdbc.query(COLUMNS + where + " order by " + (sort == null ? PublicBrandSort.LEVEL : sort).orderBy
                + " limit :limit offset :offset", parameters, PublicBrands::row);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Every designated brand matching the filter, in the given order, for a download of the whole dataset. */
    @Transactional(readOnly = true)
    public List<PublicBrand> all(PublicBrandFilter filter, PublicBrandSort sort) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("zone", PlatformTime.ZONE.getId());
        String where = where(filter, parameters);
        return jdbc.query(COLUMNS + where + " order by " + (sort == null ? PublicBrandSort.LEVEL : sort).orderBy, parameters, PublicBrands::row);
    }

    /** The public page of a designated brand; empty for any other id. */
    @Transactional(readOnly = true)
    public Optional<PublicBrandProfile> profile(long id) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("zone", PlatformTime.ZONE.getId()).addValue("id", id);
        List<PublicBrand> found = jdbc.query(COLUMNS + " where b.id = :id and " + PUBLISHED, parameters, PublicBrands::row);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<String> enterprises = jdbc.queryForList("select o.name from leading_enterprise e join organisation o on o.id = e.organisation_id "
                + "where e.brand_id = :id order by o.name", parameters, String.class);
        return Optional.of(new PublicBrandProfile(found.get(0), enterprises));
    }

    /** The logo of a designated brand; empty when the brand is not designated or has none. */
    @Transactional(readOnly = true)
    public Optional<FileContent> logo(long id) {
        List<Long> logo = jdbc.queryForList("select b.logo_attachment_id from labor_brand b where b.id = :id and b.logo_attachment_id is not null and "
                + PUBLISHED, new MapSqlParameterSource("id", id), Long.class);
        return logo.stream().findFirst().map(attachment -> attachments.content(BrandService.OWNER_TYPE, id, attachment));
    }

    /** The names of those of these brands that are designated (for records of other modules that name the brands they serve). */
    @Transactional(readOnly = true)
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.query("select b.id, b.name from labor_brand b where b.id in (:ids) and " + PUBLISHED + " order by b.level_rank desc, b.name",
                new MapSqlParameterSource("ids", ids), rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    /** Designated brands per prefecture-level unit (every unit present, 0 where none), in the plan's order. */
    @Transactional(readOnly = true)
    public Map<String, Long> countByPrefecture() {
        Map<String, Long> counts = new LinkedHashMap<>();
        regions.prefectures().forEach(p -> counts.put(p.getCode(), 0L));
        jdbc.query("select b.region_code, count(*) from labor_brand b where " + PUBLISHED + " group by b.region_code", new MapSqlParameterSource(), rs -> {
            long count = rs.getLong(2);
            regions.prefectureOf(rs.getString(1)).ifPresent(p -> counts.merge(p, count, Long::sum));
        });
        return counts;
    }

    /** Designated brands per level, national first (every level present). */
    @Transactional(readOnly = true)
    public Map<BrandLevel, Long> countByLevel() {
        Map<BrandLevel, Long> counts = new LinkedHashMap<>();
        List.of(BrandLevel.NATIONAL, BrandLevel.PROVINCIAL, BrandLevel.MUNICIPAL).forEach(l -> counts.put(l, 0L));
        jdbc.query("select b.level, count(*) from labor_brand b where " + PUBLISHED + " group by b.level", new MapSqlParameterSource(),
                rs -> {
                    counts.put(BrandLevel.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    /** Designated brands per year they reached their present level, oldest first; a null key for no recorded step. */
    @Transactional(readOnly = true)
    public Map<Integer, Long> countByYearDesignated() {
        Map<Integer, Long> counts = new LinkedHashMap<>();
        jdbc.query("select " + YEAR + " as year, count(*) from labor_brand b where " + PUBLISHED + " group by 1 order by 1 nulls last",
                new MapSqlParameterSource("zone", PlatformTime.ZONE.getId()), rs -> {
                    int year = rs.getInt(1);
                    counts.put(rs.wasNull() ? null : year, rs.getLong(2));
                });
        return counts;
    }

    private static String where(PublicBrandFilter filter, MapSqlParameterSource parameters) {
        List<String> all = new ArrayList<>(List.of(PUBLISHED));
        if (filter.regionCodes() != null && !filter.regionCodes().isEmpty()) {
            all.add("b.region_code in (:regions)");
            parameters.addValue("regions", filter.regionCodes());
        }
        if (filter.level() != null) {
            all.add("b.level = :level");
            parameters.addValue("level", filter.level().name());
        }
        if (filter.industry() != null) {
            all.add("b.industry = :industry");
            parameters.addValue("industry", filter.industry().name());
        }
        if (filter.type() != null) {
            all.add("b.type = :type");
            parameters.addValue("type", filter.type().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add("(b.name like :text or b.occupations like :text)");
            parameters.addValue("text", "%" + filter.text().strip().replace("\\", "").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return " where " + String.join(" and ", all);
    }

    private static PublicBrand row(ResultSet rs, int i) throws SQLException {
        int year = rs.getInt("year_designated");
        Integer yearDesignated = rs.wasNull() ? null : year;
        return new PublicBrand(rs.getLong("id"), rs.getString("name"), rs.getString("region_code"), BrandLevel.valueOf(rs.getString("level")),
                yearDesignated, BrandScope.valueOf(rs.getString("scope")), BrandType.valueOf(rs.getString("type")),
                IndustrySection.valueOf(rs.getString("industry")), rs.getString("occupations"), rs.getInt("workforce_size"),
                rs.getBigDecimal("annual_labor_income"), rs.getInt("trained_count"), rs.getInt("certified_count"),
                rs.getString("trademark_number"), rs.getBoolean("has_logo"), rs.getBoolean("demo"));
    }
}
