package cn.jilin.laborbrand.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 二(一)2 through the pages: the province lists an area with its source, changes and removes it (confirmed, audited,
 * in the history; a stale page is a 409); a city reads the areas of its region only and changes none (403); the
 * livelihood view lists each area's livelihood brands, a city's covering its counties', and marks the gaps; hostile input
 * comes back with a Chinese message and stores nothing; the export is audited and holds what the caller may see.
 */
@PortalTest
class LivelihoodAreasPagesTest {

    private static final String LIAOYUAN = "220400";
    private static final String LONGSHAN = "220402";
    private static final String DONGFENG = "220421";
    private static final String JIUTAI = "220113";
    private static final String SOURCE = "吉林省易地扶贫搬迁安置区名单（页面测试）";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> sites = new ArrayList<>();

    @AfterEach
    void removeTheAreasMade() {
        sites.forEach(site -> jdbc.update("delete from region_attribute where site_name = ?", site));
    }

    private String site(String prefix) {
        String site = prefix + "安置区（测试" + System.nanoTime() % 1_000_000 + "）";
        sites.add(site);
        return site;
    }

    private String cityOfficer() {
        String username = Fixtures.uniqueUsername("livelihood.city");
        fixtures.account(username, "长春市人力资源和社会保障局", false, "CITY_OFFICER");
        return username;
    }

    private static MockHttpServletRequestBuilder area(String action, String region, String kind, String site, String source,
                                                      String sinceYear, String version) {
        return post(action).with(csrf()).param("regionCode", region).param("kind", kind).param("siteName", site)
                .param("sourceDocument", source).param("sinceYear", sinceYear).param("note", "").param("version", version);
    }

    private long id(String region, String kind, String site) {
        return jdbc.queryForObject("select id from region_attribute where region_code = ? and kind = ? and site_name = ?", Long.class,
                region, kind, site);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** The table row of the page that holds {@code text}. */
    private static String rowWith(String html, String text) {
        return Arrays.stream(html.split("<tr")).filter(r -> r.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }

    @Test
    void theProvinceListsAnAreaWithItsSourceChangesAndRemovesItAuditedAndInTheHistory() throws Exception {
        String site = site("东丰");
        mvc.perform(get("/catalog/livelihood-areas/new").with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"sourceDocument\"")));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RELOCATION_SITE", site, SOURCE, "2019", "0").with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "livelihood.area.created"));
        long id = id(DONGFENG, "RELOCATION_SITE", site);
        mvc.perform(get("/catalog/livelihood-areas").param("q", site).with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(SOURCE)))
                .andExpect(content().string(containsString("易地扶贫搬迁安置区")));

        mvc.perform(area("/catalog/livelihood-areas/" + id, DONGFENG, "RELOCATION_SITE", site, SOURCE + "（修订）", "2020", "0")
                .with(fixtures.as("hrss.director"))).andExpect(status().is3xxRedirection());
        mvc.perform(area("/catalog/livelihood-areas/" + id, DONGFENG, "RELOCATION_SITE", site, SOURCE + "（过期）", "2020", "0")
                .with(fixtures.as("hrss.director"))).andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select source_document from region_attribute where id = ?", String.class, id)).isEqualTo(SOURCE + "（修订）");
        mvc.perform(get("/catalog/livelihood-areas/" + id).with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-action=\"create\"")))
                .andExpect(content().string(containsString("data-action=\"edit\"")))
                .andExpect(content().string(containsString("data-confirm=\"确认将东丰县从“易地扶贫搬迁安置区”中移除")));

        mvc.perform(post("/catalog/livelihood-areas/" + id + "/remove").with(csrf()).with(fixtures.as("hrss.director")).param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/catalog/livelihood-areas/" + id + "/remove").with(csrf()).with(fixtures.as("hrss.director")).param("version", "1"))
                .andExpect(redirectedUrl("/catalog/livelihood-areas")).andExpect(flash().attribute("flashSuccess", "livelihood.area.removed"));
        assertThat(count("select count(*) from region_attribute where id = ?", id)).isZero();
        mvc.perform(get("/catalog/livelihood-areas/" + id).with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
        assertThat(count("select count(*) from workflow_step where subject_type = 'region_attribute' and subject_id = ?", id)).isEqualTo(3);
        assertThat(count("select count(*) from audit_event where action in ('region_attribute.create', 'region_attribute.edit', "
                + "'region_attribute.remove') and object_id = ?", String.valueOf(id))).isEqualTo(3);
    }

    @Test
    void aCityReadsTheAreasOfItsRegionOnlyAndCannotChangeThem() throws Exception {
        String officer = cityOfficer();
        long jiutai = id(JIUTAI, "RESOURCE_DEPLETED_CITY", "");
        long liaoyuan = id(LIAOYUAN, "RESOURCE_DEPLETED_CITY", "");
        mvc.perform(get("/catalog/livelihood-areas").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-area=\"" + JIUTAI + "\"")))
                .andExpect(content().string(not(containsString("data-area=\"" + LIAOYUAN + "\""))))
                .andExpect(content().string(not(containsString("href=\"/catalog/livelihood-areas/new\""))));
        mvc.perform(get("/catalog/livelihood-areas/" + jiutai).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("国发〔2013〕45号")))
                .andExpect(content().string(not(containsString("data-confirm=\""))));
        mvc.perform(get("/catalog/livelihood-areas/" + liaoyuan).with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/livelihood-areas/brands").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-area=\"" + JIUTAI + "\"")))
                .andExpect(content().string(not(containsString("data-area=\"" + LIAOYUAN + "\""))));

        String site = site("越权");
        mvc.perform(get("/catalog/livelihood-areas/new").with(fixtures.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/livelihood-areas/" + jiutai + "/edit").with(fixtures.as(officer))).andExpect(status().isForbidden());
        mvc.perform(area("/catalog/livelihood-areas", JIUTAI, "RELOCATION_SITE", site, SOURCE, "2019", "0").with(fixtures.as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(area("/catalog/livelihood-areas/" + jiutai, JIUTAI, "RESOURCE_DEPLETED_CITY", "", "改写", "2013", "0").with(fixtures.as(officer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/catalog/livelihood-areas/" + jiutai + "/remove").with(csrf()).with(fixtures.as(officer)).param("version", "0"))
                .andExpect(status().isForbidden());
        assertThat(count("select count(*) from region_attribute where id = ?", jiutai)).isOne();
        assertThat(count("select count(*) from region_attribute where site_name = ?", site)).isZero();

        String department = Fixtures.uniqueUsername("livelihood.department");
        fixtures.account(department, "吉林省财政厅", false, "DEPARTMENT_OFFICER");
        mvc.perform(get("/catalog/livelihood-areas").with(fixtures.as(department))).andExpect(status().isForbidden());
        mvc.perform(get("/catalog/livelihood-areas").with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-area=\"" + LIAOYUAN + "\"")))
                .andExpect(content().string(not(containsString("href=\"/catalog/livelihood-areas/new\""))));
    }

    @Test
    void theLivelihoodViewListsEachAreasBrandsACityCoveringItsCountiesAndMarksTheGaps() throws Exception {
        String covered = site("龙山");
        String gap = site("东丰空白");
        mvc.perform(area("/catalog/livelihood-areas", LONGSHAN, "RELOCATION_SITE", covered, SOURCE, "2019", "0").with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RELOCATION_SITE", gap, SOURCE, "2019", "0").with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection());
        long brand = fixtures.brand("龙山快递物流员", LONGSHAN, BrandType.LIVELIHOOD);
        String name = jdbc.queryForObject("select name from labor_brand where id = ?", String.class, brand);
        String skill = jdbc.queryForObject("select name from labor_brand where id = ?", String.class, fixtures.brand("东丰焊工", DONGFENG));

        String html = mvc.perform(get("/catalog/livelihood-areas/brands").with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kind=\"RELOCATION_SITE\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(rowWith(html, covered)).contains("data-gap=\"false\"").contains(name).contains("href=\"/brands/" + brand + "\"");
        assertThat(rowWith(html, gap)).contains("data-gap=\"true\"").contains("空白").doesNotContain(skill);
        // 辽源市, a resource-depleted city, is served by the brand of its 龙山区
        assertThat(rowWith(html, "data-area=\"" + LIAOYUAN + "\"")).contains(name);

        mvc.perform(get("/catalog/livelihood-areas/brands").param("kind", "RELOCATION_SITE").param("gaps", "true").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(gap)))
                .andExpect(content().string(not(containsString(covered))))
                .andExpect(content().string(not(containsString("data-area=\"" + LIAOYUAN + "\""))));
    }

    @Test
    void hostileValuesComeBackWithAChineseMessageAndStoreNothing() throws Exception {
        String site = site("恶意");
        String director = "hrss.director";
        mvc.perform(area("/catalog/livelihood-areas", "229999", "RELOCATION_SITE", site, SOURCE, "2019", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择本省的市（州）或县（市、区）")));
        mvc.perform(area("/catalog/livelihood-areas", "<script>alert(1)</script>", "RELOCATION_SITE", site, SOURCE, "2019", "0")
                        .with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("长度不能超过")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RELOCATION_SITE", site, "  ", "2019", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("此项为必填项")));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "NOPE", site, SOURCE, "abc", "x").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("格式不正确")))
                .andExpect(content().string(containsString("请输入整数")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RELOCATION_SITE", site, SOURCE, "1900", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("认定年份应在1949年至今年之间")));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RELOCATION_SITE", "", SOURCE, "2019", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("易地扶贫搬迁安置区须填写安置区名称")));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RURAL_REVITALISATION_COUNTY", site, SOURCE, "2019", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("只有易地扶贫搬迁安置区填写安置区名称")));
        mvc.perform(area("/catalog/livelihood-areas", DONGFENG, "RELOCATION_SITE", "安".repeat(101), SOURCE, "2019", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("长度不能超过 100 个字符")));
        mvc.perform(area("/catalog/livelihood-areas", LIAOYUAN, "RESOURCE_DEPLETED_CITY", "", "重复登记", "2013", "0").with(fixtures.as(director)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("该地区已登记为此类别")));
        assertThat(count("select count(*) from region_attribute where site_name = ? or source_document = '重复登记' or region_code = '229999'", site))
                .isZero();
        mvc.perform(get("/catalog/livelihood-areas").param("kind", "NOPE").with(fixtures.as(director))).andExpect(status().isBadRequest());
        mvc.perform(get("/catalog/livelihood-areas/brands").param("gaps", "perhaps").with(fixtures.as(director))).andExpect(status().isBadRequest());
        mvc.perform(get("/catalog/livelihood-areas").param("region", "<script>").param("q", "%_\\").with(fixtures.as(director)))
                .andExpect(status().isOk());
    }

    @Test
    void theExportIsAuditedAndHoldsTheAreasOfTheCallersRegion() throws Exception {
        String officer = cityOfficer();
        long exports = count("select count(*) from audit_event where action = 'region.attribute.export'");
        byte[] xlsx = mvc.perform(get("/catalog/livelihood-areas/export").param("kind", "RESOURCE_DEPLETED_CITY").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(count("select count(*) from audit_event where action = 'region.attribute.export'")).isEqualTo(exports + 1);
        List<String> codes = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                if (row.getRowNum() > 0) {
                    codes.add(row.getCell(2).toString());
                }
            }
        }
        assertThat(codes).containsExactly(JIUTAI);
    }
}
