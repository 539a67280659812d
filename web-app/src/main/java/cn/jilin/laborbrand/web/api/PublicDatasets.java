package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.platform.excel.SpreadsheetExport;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.registry.brand.PublicBrand;
import cn.jilin.laborbrand.registry.brand.PublicBrandProfile;
import cn.jilin.laborbrand.training.base.PublicBase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The public datasets of /api/v1 and /public/data in one place: the record each row becomes, its columns in the CSV
 * download, and the data dictionary (field, type, meaning in Chinese and English) that the page and
 * {@code /api/v1/dictionary} both show.
 */
@Component
public class PublicDatasets {

    /** A designated brand as a row of the brands dataset. */
    public record BrandRecord(long id, String name, String regionCode, String regionName, String level, Integer yearDesignated,
                              String scope, String type, String industry, String occupations, int workforceSize,
                              BigDecimal annualLaborIncome, int trainedCount, int certifiedCount, String trademarkNumber,
                              String logoUrl, String pageUrl) {
    }

    /** A designated brand with the names of its leading enterprises. */
    public record BrandProfileRecord(BrandRecord brand, List<String> leadingEnterprises) {
    }

    /** A designated cultivation base as a row of the bases dataset. */
    public record BaseRecord(long id, String name, String regionCode, String regionName, String level, Integer yearDesignated,
                             int capacity, List<String> brands) {
    }

    /** A count of designated brands under one key (a prefecture's code, a level, a year). */
    public record CountRecord(String key, String name, long count) {
    }

    /** One field of a dataset: its name in JSON and CSV, its type, and what it means. */
    public record Field(String name, String type, String meaningZh, String meaningEn) {
    }

    /** A dataset as the dictionary lists it. */
    public record Dataset(String code, String titleZh, String titleEn, String json, String csv, List<Field> fields) {
    }

    private record Column<T>(Field field, Function<T, Object> value) {
    }

    private static <T> Column<T> column(String name, String type, String zh, String en, Function<T, Object> value) {
        return new Column<>(new Field(name, type, zh, en), value);
    }

    private static final List<Column<BrandRecord>> BRAND_COLUMNS = List.of(
            column("id", "integer", "品牌编号（本平台）", "Brand id on this platform", BrandRecord::id),
            column("name", "string", "品牌名称", "Brand name", BrandRecord::name),
            column("regionCode", "string", "所在地区代码（GB/T 2260）", "Home region code (GB/T 2260)", BrandRecord::regionCode),
            column("regionName", "string", "所在地区名称", "Home region name", BrandRecord::regionName),
            column("level", "string", "认定级别：NATIONAL 国家级、PROVINCIAL 省级、MUNICIPAL 市（县）级",
                    "Designated level: NATIONAL, PROVINCIAL, MUNICIPAL (city or county)", BrandRecord::level),
            column("yearDesignated", "integer", "认定为现级别的年份（北京时间）", "Year the present level was designated (Beijing time)",
                    BrandRecord::yearDesignated),
            column("scope", "string", "品牌类别：REGIONAL 区域品牌、INDUSTRY 行业品牌", "Brand scope: REGIONAL or INDUSTRY", BrandRecord::scope),
            column("type", "string", "品牌类型：SKILL 技能型、SERVICE 服务型、LIVELIHOOD 民生保障型、CULTURE_TOURISM 文化旅游类",
                    "Brand type: SKILL, SERVICE, LIVELIHOOD, CULTURE_TOURISM", BrandRecord::type),
            column("industry", "string", "所属行业门类（GB/T 4754-2017，A–T）", "Industry section (GB/T 4754-2017, A–T)", BrandRecord::industry),
            column("occupations", "string", "主要职业（工种）", "Main occupations", BrandRecord::occupations),
            column("workforceSize", "integer", "从业人数（人）", "Workforce (people)", BrandRecord::workforceSize),
            column("annualLaborIncome", "number", "年劳务收入（元）", "Annual labour income (yuan)", BrandRecord::annualLaborIncome),
            column("trainedCount", "integer", "培训人数（人次）", "People trained", BrandRecord::trainedCount),
            column("certifiedCount", "integer", "取得证书人数（人）", "People certified", BrandRecord::certifiedCount),
            column("trademarkNumber", "string", "注册商标号", "Registered trademark number", BrandRecord::trademarkNumber),
            column("logoUrl", "string", "品牌标识图片地址（无则为空）", "Address of the brand logo (empty when none)", BrandRecord::logoUrl),
            column("pageUrl", "string", "品牌展示页地址", "Address of the brand's public page", BrandRecord::pageUrl));

    private static final List<Column<BaseRecord>> BASE_COLUMNS = List.of(
            column("id", "integer", "基地编号（本平台）", "Base id on this platform", BaseRecord::id),
            column("name", "string", "培育基地名称", "Cultivation base name", BaseRecord::name),
            column("regionCode", "string", "所在地区代码（GB/T 2260）", "Region code (GB/T 2260)", BaseRecord::regionCode),
            column("regionName", "string", "所在地区名称", "Region name", BaseRecord::regionName),
            column("level", "string", "认定级别：PROVINCIAL 省级、MUNICIPAL 市级", "Designated level: PROVINCIAL or MUNICIPAL", BaseRecord::level),
            column("yearDesignated", "integer", "认定年份（北京时间）", "Year designated (Beijing time)", BaseRecord::yearDesignated),
            column("capacity", "integer", "年培训能力（人）", "Training capacity a year (people)", BaseRecord::capacity),
            column("brands", "string[]", "培育的已认定劳务品牌（CSV 中以“；”分隔）", "Designated brands it grows (separated by “；” in CSV)",
                    BaseRecord::brands));

    private static final List<Field> COUNT_FIELDS = List.of(
            new Field("key", "string", "分组键：市（州）代码、级别或认定年份", "Group key: prefecture code, level or year designated"),
            new Field("name", "string", "分组名称（市州名称或级别中文名）", "Group name (prefecture or level in Chinese)"),
            new Field("count", "integer", "已认定劳务品牌数", "Designated labor brands"));

    public static final List<Dataset> DATASETS = List.of(
            new Dataset("brands", "已认定劳务品牌", "Designated labor brands", "/api/v1/brands", "/api/v1/brands.csv",
                    BRAND_COLUMNS.stream().map(Column::field).toList()),
            new Dataset("bases", "劳务品牌培育基地", "Labor brand cultivation bases", "/api/v1/bases", "/api/v1/bases.csv",
                    BASE_COLUMNS.stream().map(Column::field).toList()),
            new Dataset("brand-aggregates", "劳务品牌统计（按地区、级别、年份）", "Brand counts by region, level and year",
                    "/api/v1/aggregates/brands?by=region", null, COUNT_FIELDS));

    private final RegionService regions;

    PublicDatasets(RegionService regions) {
        this.regions = regions;
    }

    public BrandRecord brand(PublicBrand b) {
        return new BrandRecord(b.id(), b.name(), b.regionCode(), regions.name(b.regionCode()), b.level().name(), b.yearDesignated(),
                b.scope().name(), b.type().name(), b.industry().name(), b.occupations(), b.workforceSize(), b.annualLaborIncome(),
                b.trainedCount(), b.certifiedCount(), b.trademarkNumber(), b.hasLogo() ? "/public/brands/" + b.id() + "/logo" : null,
                "/public/brands/" + b.id());
    }

    public BrandProfileRecord profile(PublicBrandProfile p) {
        return new BrandProfileRecord(brand(p.brand()), p.leadingEnterprises());
    }

    public BaseRecord base(PublicBase b) {
        return new BaseRecord(b.id(), b.name(), b.regionCode(), regions.name(b.regionCode()), b.level().name(), b.yearDesignated(),
                b.capacity(), b.brands());
    }

    byte[] brandsCsv(List<BrandRecord> rows) {
        return csv(BRAND_COLUMNS, rows);
    }

    byte[] basesCsv(List<BaseRecord> rows) {
        return csv(BASE_COLUMNS, rows);
    }

    /** UTF-8 with a byte-order mark (so that Excel reads Chinese), RFC 4180 quoting, text that a spreadsheet would run made inert. */
    private static <T> byte[] csv(List<Column<T>> columns, List<T> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(columns.stream().map(c -> cell(c.field().name())).collect(Collectors.joining(","))).append("\r\n");
        for (T row : rows) {
            out.append(columns.stream().map(c -> cell(c.value().apply(row))).collect(Collectors.joining(","))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal d ? d.toPlainString() : number.toString();
        }
        String text = value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining("；")) : value.toString();
        text = SpreadsheetExport.neutralise(text);
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
