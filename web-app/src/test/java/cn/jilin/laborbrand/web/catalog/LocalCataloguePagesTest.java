package cn.jilin.laborbrand.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The cities' own catalogues through the pages (二(一)1, 二(一)3): a city officer lists its brand in its own library, adds
 * a key project and records its development plan with a document, all audited; the province reads the roll-up and
 * every city's page but cannot act on a city's records; another city's pages are not found; hostile input comes back
 * as a Chinese message and stores nothing.
 */
@PortalTest
class LocalCataloguePagesTest {

    private static final String CHANGCHUN = "220100";
    private static final String NANGUAN = "220102";
    private static final String LIAOYUAN = "220400";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private String account(String organisation, String role) {
        String username = Fixtures.uniqueUsername("local.catalog");
        fixtures.account(username, organisation, false, role);
        return username;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private static MockHttpServletRequestBuilder project(String name, String region, String year, String brand) {
        return post("/catalog/projects").with(csrf()).param("name", name).param("regionCode", region)
                .param("description", "三年培训汽车装调工 3000 人次").param("leadOrganisation", "长春市人力资源和社会保障局")
                .param("year", year).param("brandId", brand).param("version", "0");
    }

    private static MockHttpServletRequestBuilder plan(String title, String issuedOn, String first, String last, Object... brands) {
        MockHttpServletRequestBuilder request = post("/catalog/plans").with(csrf()).param("title", title).param("issuer", "长春市人力资源和社会保障局")
                .param("issuedOn", issuedOn).param("firstYear", first).param("lastYear", last).param("summary", "做大做强").param("version", "0");
        for (Object brand : brands) {
            request.param("brandIds", String.valueOf(brand));
        }
        return request;
    }

    @Test
    void aCityKeepsItsOwnLibraryProjectsAndPlanAndTheProvinceReadsTheRollUp() throws Exception {
        String officer = account("长春市人力资源和社会保障局", "CITY_OFFICER");
        String province = account("吉林省人力资源和社会保障厅", "PROVINCE_MANAGER");
        long brand = fixtures.brand("地方资源库页面品牌", NANGUAN);

        // the brand page offers the city's own library; listing it there leaves the province's catalogue alone
        mvc.perform(get("/brands/" + brand).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/catalog/new?brandId=" + brand)));
        mvc.perform(get("/catalog/new").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("将列入：长春市重点劳务品牌资源库")));
        mvc.perform(post("/catalog").with(csrf()).with(fixtures.as(officer)).param("brandId", String.valueOf(brand)).param("year", "2025")
                .param("reason", "本市重点")).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from catalog_entry where brand_id = ? and catalog_region = ?", brand, CHANGCHUN)).isOne();
        assertThat(count("select count(*) from catalog_entry where brand_id = ? and catalog_region is null", brand)).isZero();
        mvc.perform(get("/catalog?catalogue=" + CHANGCHUN + "&q=地方资源库页面品牌").with(fixtures.as(province))).andExpect(status().isOk())
                .andExpect(content().string(containsString("地方资源库页面品牌")));
        mvc.perform(get("/catalog?q=地方资源库页面品牌").with(fixtures.as(province))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/brands/" + brand + "\""))));

        String name = "长春汽车产业工人技能提升（页面" + System.nanoTime() % 100000 + "）";
        mvc.perform(project(name, NANGUAN, "2025", String.valueOf(brand)).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "catalog.project.added"));
        long projectId = count("select id from catalog_project where name = ?", name);
        assertThat(count("select count(*) from catalog_project where id = ? and catalog_region = ?", projectId, CHANGCHUN)).isOne();
        assertThat(count("select count(*) from audit_event where action = 'catalog_project.add' and object_id = ?", String.valueOf(projectId))).isOne();

        String title = "长春市劳务品牌发展规划（页面" + System.nanoTime() % 100000 + "）";
        mvc.perform(plan(title, "2025-03-18", "2025", "2027", brand).with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "catalog.plan.added"));
        long planId = count("select id from brand_development_plan where title = ?", title);
        mvc.perform(multipart("/catalog/plans/" + planId + "/documents").file(new MockMultipartFile("file", "规划.pdf", "application/pdf",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes())).with(csrf()).with(fixtures.as(officer)))
                .andExpect(flash().attribute("flashSuccess", "catalog.plan.document.saved"));
        mvc.perform(multipart("/catalog/plans/" + planId + "/documents").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                "<script>alert(1)</script>".getBytes())).with(csrf()).with(fixtures.as(officer)))
                .andExpect(flash().attribute("flashError", "attachment.wrongType"));
        long document = count("select id from attachment where owner_type = 'brand_development_plan' and owner_id = ?", planId);

        // the province reads the roll-up, the city's page, the plan and its document, but does not act on them
        mvc.perform(get("/catalog/cities").with(fixtures.as(province))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/catalog/cities/" + CHANGCHUN)))
                .andExpect(content().string(containsString("/catalog/cities/" + LIAOYUAN)));
        mvc.perform(get("/catalog/cities/" + CHANGCHUN).with(fixtures.as(province))).andExpect(status().isOk())
                .andExpect(content().string(containsString(title))).andExpect(content().string(containsString(name)));
        mvc.perform(get("/catalog/plans/" + planId).with(fixtures.as(province))).andExpect(status().isOk())
                .andExpect(content().string(containsString("地方资源库页面品牌")))
                .andExpect(content().string(not(containsString("/catalog/plans/" + planId + "/edit"))));
        mvc.perform(get("/catalog/plans/" + planId + "/documents/" + document).with(fixtures.as(province))).andExpect(status().isOk());
        mvc.perform(post("/catalog/projects/" + projectId + "/remove").with(csrf()).with(fixtures.as(province)).param("reason", "越权")
                .param("version", "0")).andExpect(flash().attribute("flashError", "catalog.owner.other"));
        assertThat(count("select count(*) from catalog_project where id = ? and status = 'LISTED'", projectId)).isOne();

        // the city removes its project with a reason
        mvc.perform(post("/catalog/projects/" + projectId + "/remove").with(csrf()).with(fixtures.as(officer)).param("reason", "项目已完成")
                .param("version", "0")).andExpect(flash().attribute("flashSuccess", "catalog.project.removed"));
        mvc.perform(get("/catalog/projects/export?catalogue=" + CHANGCHUN).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
    }

    @Test
    void anotherCitysLibraryIsNotFoundAndHostileInputStoresNothing() throws Exception {
        String liaoyuan = account("辽源市人力资源和社会保障局", "CITY_OFFICER");
        String changchun = account("长春市人力资源和社会保障局", "CITY_OFFICER");
        long brand = fixtures.brand("地方资源库越界品牌", NANGUAN);
        String title = "长春越界测试规划" + System.nanoTime() % 100000;
        mvc.perform(plan(title, "2025-03-18", "2025", "2027", brand).with(fixtures.as(changchun))).andExpect(status().is3xxRedirection());
        long planId = count("select id from brand_development_plan where title = ?", title);

        mvc.perform(get("/catalog/cities/" + CHANGCHUN).with(fixtures.as(liaoyuan))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/plans/" + planId).with(fixtures.as(liaoyuan))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/plans/" + planId + "/edit").with(fixtures.as(liaoyuan))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/cities").with(fixtures.as(liaoyuan))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/catalog/cities/" + CHANGCHUN))));
        // 长春's brand in 辽源's plan or project: refused, nothing stored
        mvc.perform(plan("辽源越界规划", "2025-03-18", "2025", "2027", brand).with(fixtures.as(liaoyuan))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区的劳务品牌")));
        mvc.perform(project("辽源越界项目", NANGUAN, "2025", "").with(fixtures.as(liaoyuan))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本辖区内的实施地区")));
        assertThat(count("select count(*) from brand_development_plan where title = '辽源越界规划'")).isZero();
        assertThat(count("select count(*) from catalog_project where name = '辽源越界项目'")).isZero();

        // hostile values: a clear message, the typed text kept, no 500
        mvc.perform(plan("<script>alert(1)</script>", "not-a-date", "abc", "2027", "x").with(fixtures.as(changchun)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("&lt;script&gt;")));
        mvc.perform(plan("倒置规划", "2025-03-18", "2027", "2025").with(fixtures.as(changchun))).andExpect(status().isOk())
                .andExpect(content().string(containsString("终止年不早于起始年")));
        mvc.perform(project("x".repeat(101), "'; drop table catalog_project; --", "１９９９", "-1").with(fixtures.as(changchun)))
                .andExpect(status().isOk());
        mvc.perform(get("/catalog?catalogue=<script>&page=-1").with(fixtures.as(changchun))).andExpect(status().isOk());
        mvc.perform(get("/catalog/projects?catalogue=999999&status=NOPE").with(fixtures.as(changchun))).andExpect(status().isBadRequest());
        assertThat(count("select count(*) from brand_development_plan where title in ('倒置规划', '<script>alert(1)</script>')")).isZero();

        // the province keeps no city's plan, and a county officer keeps no catalogue
        String province = account("吉林省人力资源和社会保障厅", "PROVINCE_MANAGER");
        mvc.perform(plan("省级代登规划", "2025-03-18", "2025", "2027").with(fixtures.as(province))).andExpect(status().isOk())
                .andExpect(content().string(containsString("品牌发展规划由市（州）人社部门登记")));
        String county = account("长春市农安县人力资源和社会保障局", "CITY_OFFICER");
        mvc.perform(get("/catalog/new").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("本单位不维护目录")));
    }

    @Test
    void aCityWithoutItsDevelopmentPlanIsAskedForItOnItsWorkList() throws Exception {
        String baicheng = account("白城市人力资源和社会保障局", "CITY_OFFICER");
        mvc.perform(get("/").with(fixtures.as(baicheng))).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记本地区劳务品牌发展规划和建设方案")));
        mvc.perform(plan("白城市劳务品牌发展规划" + System.nanoTime() % 100000, "2025-05-20", "2025", "2027").with(fixtures.as(baicheng)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(fixtures.as(baicheng))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("登记本地区劳务品牌发展规划和建设方案"))));
        // a county's officer keeps no catalogue and is not asked
        String county = account("长春市农安县人力资源和社会保障局", "CITY_OFFICER");
        mvc.perform(get("/").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("登记本地区劳务品牌发展规划和建设方案"))));
    }
}
