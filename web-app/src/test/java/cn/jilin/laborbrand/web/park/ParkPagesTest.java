package cn.jilin.laborbrand.web.park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 二(三)3 and 二(二)3 through the pages: a city officer registers a park of its region with its brands and enterprises
 * and records a year's figures (audited; a stale page is a 409); another prefecture's park is not found and its ids are
 * refused; hostile input comes back with a Chinese message and stores nothing; the export is audited; the work list
 * asks for last year's figures; the province keeps the standards, which a city reads but cannot change.
 */
@PortalTest
class ParkPagesTest {

    private static final String CHANGCHUN = "220100";
    private static final String NANGUAN = "220102";
    private static final String YANBIAN = "222400";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private String cityOfficer(String bureau) {
        String username = Fixtures.uniqueUsername("park.city");
        fixtures.account(username, bureau, false, "CITY_OFFICER");
        return username;
    }

    private static MockHttpServletRequestBuilder park(String action, String name, String region, String version, Object brand, Object... enterprises) {
        MockHttpServletRequestBuilder request = post(action).with(csrf()).param("name", name).param("regionCode", region)
                .param("positioning", "汽车零部件上下游集聚，配套培训与物流").param("brandIds", String.valueOf(brand)).param("version", version);
        for (Object enterprise : enterprises) {
            request.param("organisationIds", String.valueOf(enterprise));
        }
        return request;
    }

    private static MockHttpServletRequestBuilder figures(long park, String year, String land, String financing, String jobs) {
        return post("/parks/" + park + "/figures").with(csrf()).param("year", year).param("landMu", land).param("buildingM2", "35000")
                .param("receivablesFinancing", financing).param("enterprisesInZones", "3").param("jobs", jobs).param("version", "0");
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private long parkId(String name) {
        return count("select id from industrial_park where name = ?", name);
    }

    @Test
    void aCityOfficerRegistersAParkRecordsItsFiguresAuditedAndAStalePageIsRefused() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        long brand = fixtures.brand("园区页面品牌", NANGUAN);
        long enterprise = fixtures.organisation("园区页面企业", CHANGCHUN, OrganisationKind.ENTERPRISE);
        String name = "长春汽车零部件劳务品牌产业园（页面" + System.nanoTime() % 100000 + "）";
        mvc.perform(get("/parks/new").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-typeahead=\"/parks/brand-options\"")))
                .andExpect(content().string(containsString("data-typeahead=\"/parks/enterprise-options\"")));
        mvc.perform(park("/parks", name, NANGUAN, "0", brand, enterprise).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "park.created"));
        long id = parkId(name);
        assertThat(count("select count(*) from industrial_park_brand where park_id = ? and brand_id = ?", id, brand)).isOne();
        assertThat(count("select count(*) from industrial_park_enterprise where park_id = ? and organisation_id = ?", id, enterprise)).isOne();
        assertThat(count("select count(*) from audit_event where action = 'industrial_park.create' and object_id = ?", String.valueOf(id))).isOne();

        mvc.perform(figures(id, "2024", "120.5", "2500000.00", "860").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "park.figures.recorded"));
        mvc.perform(figures(id, "2024", "1", "1", "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("该园区已填报此年度数据")));
        assertThat(count("select count(*) from industrial_park_figures where park_id = ?", id)).isOne();
        assertThat(count("select count(*) from audit_event where action = 'industrial_park.figures-create' and object_id = ?", String.valueOf(id))).isOne();
        mvc.perform(get("/parks/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2,500,000.00")))
                .andExpect(content().string(containsString("data-year=\"2024\"")));

        mvc.perform(park("/parks/" + id, name + "（更名）", CHANGCHUN, "0", brand).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(park("/parks/" + id, name + "（过期）", CHANGCHUN, "0", brand).with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select name from industrial_park where id = ?", String.class, id)).isEqualTo(name + "（更名）");
        assertThat(count("select count(*) from industrial_park_enterprise where park_id = ?", id)).isZero();
        // the park's page tells its history: registered, the year's figures, the change with what it was
        mvc.perform(get("/parks/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("填报年度数据")))
                .andExpect(content().string(containsString("2024 年度：盘活土地 120.5 亩")))
                                .andExpect(content().string(containsString("园区名称：" + name + " → " + name + "（更名）")))
                .andExpect(content().string(containsString("入驻企业：园区页面企业")));
        assertThat(count("select count(*) from audit_event where object_type = 'industrial_park' and object_id = ?", String.valueOf(id)))
                .as("one audit row per change").isEqualTo(3);
        long row = count("select id from industrial_park_figures where park_id = ?", id);
        mvc.perform(post("/parks/" + id + "/figures/" + row).with(csrf()).with(fixtures.as(officer)).param("year", "2024").param("landMu", "1")
                .param("buildingM2", "1").param("receivablesFinancing", "1").param("enterprisesInZones", "1").param("jobs", "1").param("version", "9"))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherPrefecturesParkIsNotFoundAndItsIdsAreRefused() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        long yanbianBrand = fixtures.brand("延边园区品牌", YANBIAN);
        long yanbianEnterprise = fixtures.organisation("延边园区企业", YANBIAN, OrganisationKind.ENTERPRISE);
        String yanbianName = "延边朝鲜族特色劳务品牌产业园（页面" + System.nanoTime() % 100000 + "）";
        mvc.perform(park("/parks", yanbianName, YANBIAN, "0", yanbianBrand, yanbianEnterprise).with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection());
        long yanbian = parkId(yanbianName);
        mvc.perform(get("/parks/" + yanbian).with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/parks/" + yanbian + "/edit").with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(park("/parks/" + yanbian, "越权改名", YANBIAN, "0", yanbianBrand).with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(figures(yanbian, "2024", "1", "1", "1").with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/parks").param("q", yanbianName).with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString("href=\"/parks/" + yanbian + "\""))));
        mvc.perform(get("/parks").param("q", yanbianName).with(fixtures.as("hrss.reviewer")))
                .andExpect(content().string(containsString("href=\"/parks/" + yanbian + "\"")));

        long brand = fixtures.brand("长春园区品牌", CHANGCHUN);
        long bureau = count("select min(id) from organisation where kind = 'HRSS_BUREAU' and region_code = ?", CHANGCHUN);
        String name = "越权园区" + System.nanoTime() % 100000;
        mvc.perform(park("/parks", name, CHANGCHUN, "0", yanbianBrand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("只能选择本辖区的劳务品牌")));
        mvc.perform(park("/parks", name, CHANGCHUN, "0", brand, yanbianEnterprise).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("只能选择本辖区组织机构目录中的企业")));
        mvc.perform(park("/parks", name, CHANGCHUN, "0", brand, bureau).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("政府部门不能作为入驻企业")));
        mvc.perform(park("/parks", name, YANBIAN, "0", brand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区内的市（州）或县（市、区）")));
        mvc.perform(park("/parks", name, CHANGCHUN, "0", 999_999_999L).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("只能选择本辖区的劳务品牌")));
        assertThat(count("select count(*) from industrial_park where name = ?", name)).isZero();
    }

    @Test
    void hostileInputIsShownAgainWithAChineseMessageAndStoresNothing() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        long brand = fixtures.brand("园区恶意品牌", CHANGCHUN);
        mvc.perform(park("/parks", "园".repeat(101), CHANGCHUN, "0", brand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("长度不能超过 100 个字符")));
        mvc.perform(park("/parks", "<script>alert(1)</script>", CHANGCHUN, "0", "abc").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("格式不正确")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(park("/parks", "版本错误园区", CHANGCHUN, "x", brand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入整数")));
        mvc.perform(park("/parks", " ", CHANGCHUN, "0", brand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")));
        assertThat(count("select count(*) from industrial_park where name like '%script%' or length(name) > 100")).isZero();

        String name = "恶意数据园区" + System.nanoTime() % 100000;
        mvc.perform(park("/parks", name, CHANGCHUN, "0", brand).with(fixtures.as(officer))).andExpect(status().is3xxRedirection());
        long id = parkId(name);
        mvc.perform(figures(id, "abc", "1", "1", "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入整数"))).andExpect(content().string(containsString("value=\"abc\"")));
        mvc.perform(figures(id, "2021", "1", "1", "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("年度须在 2022 年")));
        mvc.perform(figures(id, String.valueOf(LocalDate.now().getYear() + 1), "1", "1", "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("年度须在 2022 年")));
        mvc.perform(figures(id, "2024", "-5", "1", "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("不能为负数")));
        mvc.perform(figures(id, "2024", "1", "1.005", "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("位小数")));
        mvc.perform(figures(id, "2024", "1", "9".repeat(40), "1").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(figures(id, "2024", "1", "1", "99999999999").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入整数")));
        assertThat(count("select count(*) from industrial_park_figures where park_id = ?", id)).isZero();
    }

    @Test
    void theTypeAheadsFindBrandsAndEnterprisesOfTheCallersScopeOnlyAndAFailedFormKeepsTheChoices() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        String tag = "园区联想" + System.nanoTime() % 100000;
        long own = fixtures.brand(tag + "长春品牌", NANGUAN);
        long other = fixtures.brand(tag + "延边品牌", YANBIAN);
        long enterprise = fixtures.organisation(tag + "长春企业", CHANGCHUN, OrganisationKind.ENTERPRISE);
        long institution = fixtures.organisation(tag + "长春学校", NANGUAN, OrganisationKind.INSTITUTION);
        long otherEnterprise = fixtures.organisation(tag + "延边企业", YANBIAN, OrganisationKind.ENTERPRISE);
        long department = fixtures.organisation(tag + "长春某局", CHANGCHUN, OrganisationKind.LOCAL_DEPARTMENT);

        mvc.perform(get("/parks/brand-options").param("q", tag).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + own + ",")))
                .andExpect(content().string(not(containsString("\"id\":" + other + ","))));
        mvc.perform(get("/parks/enterprise-options").param("q", tag).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + enterprise + ",")))
                .andExpect(content().string(containsString("\"id\":" + institution + ",")))
                .andExpect(content().string(not(containsString("\"id\":" + otherEnterprise + ","))))
                .andExpect(content().string(not(containsString("\"id\":" + department + ","))));
        // the province finds both prefectures' brands
        mvc.perform(get("/parks/brand-options").param("q", tag).with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + other + ",")));
        // hostile queries: wildcards match nothing special, quotes and long text answer an empty list, never a 500
        for (String hostile : new String[]{"%", "_", "'; drop table labor_brand; --", "<script>", "园".repeat(5000), ""}) {
            mvc.perform(get("/parks/brand-options").param("q", hostile).with(fixtures.as(officer))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("\"id\":" + other + ","))));
            mvc.perform(get("/parks/enterprise-options").param("q", hostile).with(fixtures.as(officer))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("\"id\":" + otherEnterprise + ","))));
        }
        mvc.perform(get("/parks/brand-options").param("q", tag).with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());

        // a form that fails keeps the brand and enterprise chosen, with their names
        mvc.perform(park("/parks", " ", CHANGCHUN, "0", own, enterprise).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString(tag + "长春品牌")))
                .andExpect(content().string(containsString("name=\"brandIds\" value=\"" + own + "\"")))
                .andExpect(content().string(containsString("name=\"organisationIds\" value=\"" + enterprise + "\"")));
        // another prefecture's ids posted by hand are refused, and not shown back
        mvc.perform(park("/parks", "越权园区" + tag, CHANGCHUN, "0", other, otherEnterprise).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(tag + "延边品牌"))))
                .andExpect(content().string(not(containsString(tag + "延边企业"))));
        assertThat(count("select count(*) from industrial_park where name = ?", "越权园区" + tag)).isZero();
    }

    @Test
    void withoutThePermissionTheParksAreForbiddenAndAReviewerOnlyReads() throws Exception {
        String department = Fixtures.uniqueUsername("park.department");
        fixtures.account(department, "吉林省财政厅", false, "DEPARTMENT_OFFICER");
        mvc.perform(get("/parks").with(fixtures.as(department))).andExpect(status().isForbidden());
        mvc.perform(get("/standards").with(fixtures.as(department))).andExpect(status().isForbidden());
        long brand = fixtures.brand("园区审核人品牌", CHANGCHUN);
        mvc.perform(park("/parks", "审核人园区", CHANGCHUN, "0", brand).with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/parks").with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/parks/new\""))));
        assertThat(count("select count(*) from industrial_park where name = '审核人园区'")).isZero();
    }

    @Test
    void theExportIsAuditedAndTheWorkListAsksForLastYearsFigures() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        long brand = fixtures.brand("园区导出品牌", CHANGCHUN);
        String name = "待填报园区" + System.nanoTime() % 100000;
        mvc.perform(park("/parks", name, CHANGCHUN, "0", brand).with(fixtures.as(officer))).andExpect(status().is3xxRedirection());
        long exports = count("select count(*) from audit_event where action = 'park.export'");
        mvc.perform(get("/parks/export").param("q", name).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(count("select count(*) from audit_event where action = 'park.export'")).isEqualTo(exports + 1);

        int lastYear = LocalDate.now().getYear() - 1;
        String home = mvc.perform(get("/").with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(home).satisfiesAnyOf(h -> assertThat(h).contains("“" + name + "”尚未填报 " + lastYear + " 年度数据"),
                h -> assertThat(h).contains("个产业园区尚未填报上年度数据"));
    }

    @Test
    void theProvinceKeepsTheStandardsWhichACityReadsButCannotChange() throws Exception {
        long brand = fixtures.brand("标准页面品牌", YANBIAN);
        String title = "延边朝鲜族美食烹饪服务规范（页面" + System.nanoTime() % 100000 + "）";
        String number = "T/JLPR " + System.nanoTime() % 100000 + "—2024";
        mvc.perform(post("/standards").with(csrf()).with(fixtures.as("hrss.director")).param("kind", "GROUP").param("title", title)
                        .param("number", number).param("issuingBody", "吉林省烹饪协会").param("brandIds", String.valueOf(brand))
                        .param("issuedOn", "2024-03-01").param("effectiveFrom", "2024-02-01").param("status", "IN_FORCE").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("实施日期不能早于发布日期")))
                // the brands are chosen by typing (no list of every brand), and the chosen one is kept on the failed form
                .andExpect(content().string(containsString("data-typeahead=\"/brands/options\"")))
                .andExpect(content().string(containsString("name=\"brandIds\" value=\"" + brand + "\"")));
        mvc.perform(post("/standards").with(csrf()).with(fixtures.as("hrss.director")).param("kind", "NOPE").param("title", title)
                        .param("issuedOn", "2024-13-01").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("日期格式应为")));
        mvc.perform(post("/standards").with(csrf()).with(fixtures.as("hrss.director")).param("kind", "GROUP").param("title", title)
                        .param("number", number).param("issuingBody", "吉林省烹饪协会").param("brandIds", String.valueOf(brand))
                        .param("issuedOn", "2024-03-01").param("effectiveFrom", "2024-04-01").param("status", "IN_FORCE").param("version", "0"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "standard.created"));
        long id = count("select id from brand_standard where title = ?", title);
        String officer = cityOfficer("长春市人力资源和社会保障局");
        mvc.perform(get("/standards").param("q", title).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title)));
        mvc.perform(get("/standards/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("吉林省烹饪协会")));
        mvc.perform(post("/standards/" + id).with(csrf()).with(fixtures.as(officer)).param("kind", "GROUP").param("title", "改写")
                .param("version", "0")).andExpect(status().isForbidden());
        long exports = count("select count(*) from audit_event where action = 'standard.export'");
        mvc.perform(get("/standards/export").with(fixtures.as(officer))).andExpect(status().isOk());
        assertThat(count("select count(*) from audit_event where action = 'standard.export'")).isEqualTo(exports + 1);
        mvc.perform(post("/standards/" + id).with(csrf()).with(fixtures.as("hrss.director")).param("kind", "GROUP").param("title", title)
                        .param("number", number).param("issuingBody", "吉林省烹饪协会").param("brandIds", String.valueOf(brand))
                        .param("issuedOn", "2024-03-01").param("effectiveFrom", "2024-04-01").param("status", "WITHDRAWN")
                        .param("withdrawnOn", "2025-01-01").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/standards/" + id).with(csrf()).with(fixtures.as("hrss.director")).param("kind", "GROUP").param("title", title)
                        .param("number", number).param("issuingBody", "吉林省烹饪协会").param("brandIds", String.valueOf(brand))
                        .param("issuedOn", "2024-03-01").param("effectiveFrom", "2024-04-01").param("status", "IN_FORCE").param("version", "0"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select status from brand_standard where id = ?", String.class, id)).isEqualTo("WITHDRAWN");
        assertThat(count("select count(*) from audit_event where object_type = 'brand_standard' and object_id = ?", String.valueOf(id)))
                .as("one audit row per change").isEqualTo(2);
        mvc.perform(get("/standards/" + id).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("变更记录")))
                .andExpect(content().string(containsString("废止</strong>")))
                .andExpect(content().string(containsString("废止日期：— → 2025-01-01")));
    }
}
