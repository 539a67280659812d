package cn.jilin.laborbrand.web.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.metric.MetricReading;
import cn.jilin.laborbrand.platform.metric.PlanMetric;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class BrandPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<PlanMetric> metrics;

    private long brandId(String name) {
        return jdbc.queryForObject("select id from labor_brand where name = ?", Long.class, name);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from labor_brand where id = ?", Long.class, id);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    /** A complete, valid brand form; {@code overrides} are name/value pairs replacing its fields. */
    private MockHttpServletRequestBuilder brandForm(String path, String name, String region, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("regionCode", region);
        fields.put("scope", "REGIONAL");
        fields.put("type", "SKILL");
        fields.put("industry", "C");
        fields.put("occupations", "焊工");
        fields.put("maturity", "EMERGING");
        fields.put("workforceSize", "1200");
        fields.put("annualLaborIncome", "60000000.50");
        fields.put("trainedCount", "300");
        fields.put("certifiedCount", "120");
        fields.put("status", "ACTIVE");
        fields.put("version", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void aLiaoyuanOfficerGets404ForAChangchunBrandAndNeverSeesItInListsOrExports() throws Exception {
        long changchun = brandId("吉林汽车精工");
        mvc.perform(get("/brands/" + changchun).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/brands/" + changchun + "/edit").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/brands").param("size", "200").with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("辽源织袜工")))
                .andExpect(content().string(not(containsString("吉林汽车精工"))));
        byte[] xlsx = mvc.perform(get("/brands/export").with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                names.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(names).contains("辽源织袜工", "东丰梅花鹿养殖工").doesNotContain("吉林汽车精工", "吉林大米农技工");
        mvc.perform(get("/brands/" + changchun).with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
    }

    @Test
    void theListFiltersByRegionIncludingCountiesAndSortsNationalFirst() throws Exception {
        String page = mvc.perform(get("/brands").param("region", "220600").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("长白山人参工", "松花石雕刻工").doesNotContain("辽源织袜工");
        String all = mvc.perform(get("/brands").param("size", "200").with(fixtures.as("hrss.reviewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(all.indexOf("辽源织袜工")).isLessThan(all.indexOf("延边泡菜工"));
        assertThat(all.indexOf("延边泡菜工")).isLessThan(all.indexOf("松花石雕刻工"));
    }

    @Test
    void aCityOfficerRegistersABrandOfItsRegionAndTheChangeIsAudited() throws Exception {
        String name = "长春测试品牌" + System.nanoTime() % 100000;
        mvc.perform(brandForm("/brands", name, "220104").with(fixtures.as("changchun.officer")))
                .andExpect(redirectedUrlPattern("/brands/*"));
        long id = brandId(name);
        assertThat(count("select count(*) from audit_event where action = 'brand.create' and object_id = ?", String.valueOf(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select level from labor_brand where id = ?", String.class, id)).isEqualTo("NONE");

        mvc.perform(brandForm("/brands/" + id, name, "220104", "workforceSize", "1500", "version", String.valueOf(version(id)))
                        .with(fixtures.as("changchun.officer")))
                .andExpect(redirectedUrl("/brands/" + id));
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'brand.edit' and object_id = ? order by id desc limit 1",
                String.class, String.valueOf(id))).contains("workforceSize: 1200 → 1500");
    }

    @Test
    void anInvalidFormComesBackWithTheInputKeptAndNothingStored() throws Exception {
        long before = count("select count(*) from labor_brand");
        mvc.perform(brandForm("/brands", "", "220104", "workforceSize", "-5", "industry", "", "occupations", "保留的工种")
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("不能为负数")))
                .andExpect(content().string(containsString("value=\"保留的工种\"")))
                .andExpect(content().string(containsString("value=\"-5\"")));
        mvc.perform(brandForm("/brands", "吉林汽车精工", "220100").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本地区已有同名品牌")));
        mvc.perform(brandForm("/brands", "跨区品牌", "220402").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能登记本辖区的品牌")));
        assertThat(count("select count(*) from labor_brand")).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAsHandledBySomeoneElse() throws Exception {
        String name = "并发测试品牌" + System.nanoTime() % 100000;
        mvc.perform(brandForm("/brands", name, "220102").with(fixtures.as("changchun.officer")));
        long id = brandId(name);
        long shown = version(id);
        mvc.perform(brandForm("/brands/" + id, name, "220102", "version", String.valueOf(shown), "trainedCount", "400")
                .with(fixtures.as("changchun.officer"))).andExpect(redirectedUrl("/brands/" + id));
        mvc.perform(brandForm("/brands/" + id, name, "220102", "version", String.valueOf(shown), "trainedCount", "999")
                        .with(fixtures.as("hrss.director")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理")));
        assertThat(count("select trained_count from labor_brand where id = ?", id)).isEqualTo(400);
    }

    @Test
    void onlyHrssLowersALevelAndOnlyWithAReason() throws Exception {
        String name = "降级测试品牌" + System.nanoTime() % 100000;
        mvc.perform(brandForm("/brands", name, "220102").with(fixtures.as("changchun.officer")));
        long id = brandId(name);
        jdbc.update("update labor_brand set level = 'PROVINCIAL' where id = ?", id);

        mvc.perform(post("/brands/" + id + "/level").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("version", String.valueOf(version(id))).param("level", "MUNICIPAL").param("reason", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/brands/" + id + "/level").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(version(id))).param("level", "MUNICIPAL").param("reason", " "))
                .andExpect(flash().attribute("flashError", "brand.level.reasonRequired"));
        mvc.perform(post("/brands/" + id + "/level").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(version(id))).param("level", "NATIONAL").param("reason", "提升"))
                .andExpect(flash().attribute("flashError", "brand.level.notLower"));
        mvc.perform(post("/brands/" + id + "/level").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(version(id))).param("level", "MUNICIPAL").param("reason", "年度评估不达标"))
                .andExpect(flash().attribute("flashSuccess", "brand.level.lowered"));
        assertThat(jdbc.queryForMap("select from_level, to_level, source, reason, decided_by_name from brand_level_change where brand_id = ?", id))
                .containsEntry("from_level", "PROVINCIAL").containsEntry("to_level", "MUNICIPAL").containsEntry("source", "DECISION")
                .containsEntry("reason", "年度评估不达标").containsEntry("decided_by_name", "hrss.director");
        mvc.perform(get("/brands/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("年度评估不达标")));
    }

    @Test
    void aLogoMustBeAnImageByItsBytes() throws Exception {
        long id = brandId("长白山人参工");
        MockMultipartFile fake = new MockMultipartFile("logo", "logo.png", "image/png", "GIF89a-not-a-png".getBytes());
        mvc.perform(multipart("/brands/" + id + "/logo").file(fake).with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(flash().attribute("flashError", "attachment.wrongType"));
        assertThat(count("select count(*) from attachment where owner_type = 'labor_brand' and owner_id = ?", id)).isZero();

        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        mvc.perform(multipart("/brands/" + id + "/logo").file(new MockMultipartFile("logo", "标识.jpg", "image/jpeg", png.toByteArray()))
                        .with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(flash().attribute("flashSuccess", "brand.logo.saved"));
        byte[] served = mvc.perform(get("/brands/" + id + "/logo").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentType("image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(png.toByteArray());
        mvc.perform(get("/brands/" + id + "/logo").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());

        byte[] tooBig = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(png.toByteArray(), 0, tooBig, 0, 8);
        mvc.perform(multipart("/brands/" + id + "/logo").file(new MockMultipartFile("logo", "big.png", "image/png", tooBig))
                        .with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(flash().attribute("flashError", "attachment.tooLarge"));
        assertThat(count("select count(*) from attachment where owner_type = 'labor_brand' and owner_id = ?", id)).isEqualTo(1);
    }

    @Test
    void thePlanMetricsCountDesignatedBrandsByLevelAndPrefecture() {
        Map<String, MetricReading> readings = metrics.stream().collect(Collectors.toMap(PlanMetric::code, PlanMetric::read));
        assertThat(readings).containsKeys("brand.designated", "brand.national", "brand.provincial", "brand.municipal",
                "brand.regional", "brand.industry");
        long national = count("select count(*) from labor_brand where level = 'NATIONAL' and status = 'ACTIVE'");
        assertThat(readings.get("brand.national").value()).isEqualTo(national).isGreaterThanOrEqualTo(3);
        // 辽源织袜工 lives in 东辽县 (220422): it counts for 辽源市
        assertThat(readings.get("brand.national").byRegion()).containsKey("220400");
        assertThat(readings.get("brand.designated").value()).isEqualTo(
                count("select count(*) from labor_brand where level <> 'NONE' and status = 'ACTIVE'"));
        assertThat(readings.get("brand.regional").value() + readings.get("brand.industry").value())
                .isEqualTo(readings.get("brand.designated").value());
    }
}
