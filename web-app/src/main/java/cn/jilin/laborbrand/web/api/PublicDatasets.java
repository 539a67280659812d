package cn.jilin.laborbrand.web.api;

import cn.jilin.laborbrand.promotion.event.PublicEvent;
import cn.jilin.laborbrand.promotion.figure.PublicFigure;
import java.time.LocalDate;
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

    /** A published typical figure: the name and story only as far as the person's consent covers them (else null). */
    public record FigureRecord(long id, String name, String role, long brandId, String brandName, String regionCode, String regionName,
                               String headline, String story, String photoUrl, String pageUrl) {
    }

    /** A public promotion event with the brands taking part and its outcomes once recorded. */
    public record EventRecord(long id, String kind, String title, LocalDate startsOn, LocalDate endsOn, String place, String organiser,
                              String regionCode, String regionName, List<String> brands, Integer visitors, Integer agreements,
                              Integer jobsOffered, String pageUrl) {
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

    private static final List<Column<FigureRecord>> FIGURE_COLUMNS = List.of(
            column("id", "integer", "人物编号（本平台）", "Figure id on this platform", FigureRecord::id),
            column("name", "string", "姓名（本人同意公开姓名时才有，否则为空）", "Name (only where the person consented to it, else empty)",
                    FigureRecord::name),
            column("role", "string", "人物类型：LEADER 带头人、FOUNDER 创立人、INHERITOR 传承人、PACESETTER 领军人、AMBASSADOR 形象代言人",
                    "Role: LEADER, FOUNDER, INHERITOR, PACESETTER, AMBASSADOR", FigureRecord::role),
            column("brandId", "integer", "所属劳务品牌编号", "Id of the labor brand", FigureRecord::brandId),
            column("brandName", "string", "所属劳务品牌名称", "Name of the labor brand", FigureRecord::brandName),
            column("regionCode", "string", "地区代码（GB/T 2260）", "Region code (GB/T 2260)", FigureRecord::regionCode),
            column("regionName", "string", "地区名称", "Region name", FigureRecord::regionName),
            column("headline", "string", "一句话简介", "One-line introduction", FigureRecord::headline),
            column("story", "string", "事迹（本人同意公开时才有）", "Story (only where the person consented to it)", FigureRecord::story),
            column("photoUrl", "string", "照片地址（本人同意公开照片时才有）", "Photo address (only where the person consented to it)",
                    FigureRecord::photoUrl),
            column("pageUrl", "string", "人物展示页地址", "Address of the figure's public page", FigureRecord::pageUrl));

    private static final List<Column<EventRecord>> EVENT_COLUMNS = List.of(
            column("id", "integer", "活动编号（本平台）", "Event id on this platform", EventRecord::id),
            column("kind", "string", "活动类型（EXHIBITION 展示交流、FORUM 专业论坛、JOB_FAIR 招聘会、PUBLICITY_WEEK 宣传周等）",
                    "Kind (EXHIBITION, FORUM, JOB_FAIR, PUBLICITY_WEEK …)", EventRecord::kind),
            column("title", "string", "活动名称", "Title", EventRecord::title),
            column("startsOn", "date", "开始日期（YYYY-MM-DD）", "First day (YYYY-MM-DD)", EventRecord::startsOn),
            column("endsOn", "date", "结束日期（YYYY-MM-DD）", "Last day (YYYY-MM-DD)", EventRecord::endsOn),
            column("place", "string", "地点", "Place", EventRecord::place),
            column("organiser", "string", "主办单位", "Organiser", EventRecord::organiser),
            column("regionCode", "string", "地区代码（GB/T 2260）", "Region code (GB/T 2260)", EventRecord::regionCode),
            column("regionName", "string", "地区名称", "Region name", EventRecord::regionName),
            column("brands", "string[]", "参加的劳务品牌（CSV 中以“；”分隔）", "Brands taking part (separated by “；” in CSV)", EventRecord::brands),
            column("visitors", "integer", "参观（参加）人数，活动后填报", "Visitors, recorded after the event", EventRecord::visitors),
            column("agreements", "integer", "签约项目（协议）数，活动后填报", "Agreements signed, recorded after the event", EventRecord::agreements),
            column("jobsOffered", "integer", "提供岗位数，活动后填报", "Jobs offered, recorded after the event", EventRecord::jobsOffered),
            column("pageUrl", "string", "活动展示页地址", "Address of the event's public page", EventRecord::pageUrl));

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
                    "/api/v1/aggregates/brands?by=region", null, COUNT_FIELDS),
            new Dataset("figures", "劳务品牌典型人物", "Typical figures of labor brands", "/api/v1/figures", "/api/v1/figures.csv",
                    FIGURE_COLUMNS.stream().map(Column::field).toList()),
            new Dataset("events", "劳务品牌推介活动", "Labor brand promotion events", "/api/v1/events", "/api/v1/events.csv",
                    EVENT_COLUMNS.stream().map(Column::field).toList()));

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

    public FigureRecord figure(PublicFigure f) {
        return new FigureRecord(f.id(), f.name(), f.role().name(), f.brandId(), f.brandName(), f.regionCode(), regions.name(f.regionCode()),
                f.headline(), f.story(), f.hasPhoto() ? "/public/figures/" + f.id() + "/photo" : null, "/public/figures/" + f.id());
    }

    public EventRecord event(PublicEvent e) {
        return new EventRecord(e.id(), e.kind().name(), e.title(), e.startsOn(), e.endsOn(), e.place(), e.organiser(), e.regionCode(),
                e.regionCode() == null ? null : regions.name(e.regionCode()), e.brands().stream().map(PublicEvent.Brand::name).toList(),
                e.visitors(), e.agreements(), e.jobsOffered(), "/public/events/" + e.id());
    }

    byte[] figuresCsv(List<FigureRecord> rows) {
        return csv(FIGURE_COLUMNS, rows);
    }

    byte[] eventsCsv(List<EventRecord> rows) {
        return csv(EVENT_COLUMNS, rows);
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
