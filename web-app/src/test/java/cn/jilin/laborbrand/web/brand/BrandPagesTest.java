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
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
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
    @Autowired
    RegistryFixtures registry;

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
        String tag = RegistryFixtures.unique("范围");
        long changchun = registry.brandNamed(tag + "长春", "220100");
        registry.brandNamed(tag + "东辽", "220422");
        mvc.perform(get("/brands/" + changchun).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/brands/" + changchun + "/edit").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/brands").param("q", tag).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "东辽")))
                .andExpect(content().string(not(containsString(tag + "长春"))));
        byte[] xlsx = mvc.perform(get("/brands/export").param("q", tag).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                names.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(names).contains(tag + "东辽").doesNotContain(tag + "长春");
        mvc.perform(get("/brands/" + changchun).with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
        mvc.perform(get("/brands/options").param("q", tag).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "东辽")))
                .andExpect(content().string(not(containsString(tag + "长春"))));
    }

    @Test
    void theListFiltersByRegionIncludingCountiesAndSortsNationalFirst() throws Exception {
        String tag = RegistryFixtures.unique("排序");
        long national = registry.brandNamed(tag + "辽源国家级", "220422");
        registry.levelHeld(national, BrandLevel.NATIONAL);
        long provincial = registry.brandNamed(tag + "延边省级", "222401");
        registry.levelHeld(provincial, BrandLevel.PROVINCIAL);
        registry.brandNamed(tag + "白山县级", "220621");
        String page = mvc.perform(get("/brands").param("region", "220600").param("q", tag).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(tag + "白山县级").doesNotContain(tag + "辽源国家级", tag + "延边省级");
        String all = mvc.perform(get("/brands").param("q", tag).with(fixtures.as("hrss.reviewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(all.indexOf(tag + "辽源国家级")).isPositive().isLessThan(all.indexOf(tag + "延边省级"));
        assertThat(all.indexOf(tag + "延边省级")).isLessThan(all.indexOf(tag + "白山县级"));
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
        String taken = RegistryFixtures.unique("已有品牌");
        registry.brandNamed(taken, "220100");
        long before = count("select count(*) from labor_brand");
        mvc.perform(brandForm("/brands", "", "220104", "workforceSize", "-5", "industry", "", "occupations", "保留的工种")
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("不能为负数")))
                .andExpect(content().string(containsString("value=\"保留的工种\"")))
                .andExpect(content().string(containsString("value=\"-5\"")));
        mvc.perform(brandForm("/brands", taken, "220100").with(fixtures.as("changchun.officer")))
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
        registry.levelHeld(id, BrandLevel.PROVINCIAL);

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
        assertThat(jdbc.queryForMap("select from_level, to_level, source, reason, decided_by_name from brand_level_change where brand_id = ? and source = 'DECISION'", id))
                .containsEntry("from_level", "PROVINCIAL").containsEntry("to_level", "MUNICIPAL").containsEntry("source", "DECISION")
                .containsEntry("reason", "年度评估不达标").containsEntry("decided_by_name", "hrss.director");
        mvc.perform(get("/brands/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("年度评估不达标")));
    }

    @Test
    void aLogoMustBeAnImageByItsBytes() throws Exception {
        long id = registry.brandNamed(RegistryFixtures.unique("标识测试"), "220600");
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
        Map<String, MetricReading> before = readings();
        assertThat(before).containsKeys("brand.designated", "brand.national", "brand.provincial", "brand.municipal",
                "brand.regional", "brand.industry");
        // a national brand of 东辽县 (220422) counts for 辽源市; a brand of no level counts nowhere
        long national = registry.brandNamed(RegistryFixtures.unique("指标国家级"), "220422");
        registry.levelHeld(national, BrandLevel.NATIONAL);
        registry.brandNamed(RegistryFixtures.unique("指标无级别"), "220100");
        Map<String, MetricReading> after = readings();
        assertThat(after.get("brand.national").value()).isEqualTo(before.get("brand.national").value() + 1);
        assertThat(after.get("brand.national").byRegion().get("220400"))
                .isEqualTo(before.get("brand.national").byRegion().getOrDefault("220400", 0L) + 1);
        assertThat(after.get("brand.designated").value()).isEqualTo(before.get("brand.designated").value() + 1);
        assertThat(after.get("brand.provincial").value()).isEqualTo(before.get("brand.provincial").value());
        assertThat(after.get("brand.regional").value() + after.get("brand.industry").value())
                .isEqualTo(after.get("brand.designated").value());
    }

    private Map<String, MetricReading> readings() {
        return metrics.stream().collect(Collectors.toMap(PlanMetric::code, PlanMetric::read));
    }
}
