package cn.jilin.laborbrand.web.mark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class MarkPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistryFixtures registry;

    private MockHttpServletRequestBuilder form(String path, String user, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "TRADEMARK");
        fields.put("number", "T" + System.nanoTime() % 10_000_000);
        fields.put("title", "测试商标");
        fields.put("niceClass", "35");
        fields.put("holder", "某某公司");
        fields.put("appliedOn", "2022-03-01");
        fields.put("registeredOn", "2023-04-01");
        fields.put("expiresOn", "2033-03-31");
        fields.put("status", "REGISTERED");
        fields.put("version", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(fixtures.as(user));
        fields.forEach(request::param);
        return request;
    }

    @Test
    void anEditorRecordsATrademarkAndAPatentAndTheyShowOnTheBrandPage() throws Exception {
        long brand = registry.brand("220102");
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "number", "35123456", "title", "长春焊工"))
                .andExpect(redirectedUrl("/brands/" + brand + "#marks"));
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "kind", "PATENT", "number", "ZL202320999999.1",
                        "title", "一种焊接夹具", "niceClass", "", "patentType", "UTILITY_MODEL"))
                .andExpect(redirectedUrl("/brands/" + brand + "#marks"));
        assertThat(registry.count("select count(*) from brand_mark where brand_id = ?", brand)).isEqualTo(2);
        assertThat(registry.count("select nice_class from brand_mark where number = '35123456'")).isEqualTo(35);
        assertThat(registry.text("select patent_type from brand_mark where number = 'ZL202320999999.1'")).isEqualTo("UTILITY_MODEL");
        mvc.perform(get("/brands/" + brand).with(fixtures.as("hrss.reviewer")))
                .andExpect(content().string(containsString("长春焊工")))
                .andExpect(content().string(containsString("第 35 类")))
                .andExpect(content().string(containsString("一种焊接夹具")))
                .andExpect(content().string(containsString("实用新型")));
        assertThat(registry.count("select count(*) from audit_event where action = 'brand.mark.add' and object_id = ?", String.valueOf(brand)))
                .isEqualTo(2);
    }

    @Test
    void anInvalidMarkComesBackWithTheInputKeptAndNothingStored() throws Exception {
        long brand = registry.brand("220102");
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "niceClass", "50", "title", "保留的名称"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("尼斯分类为第 1–45 类")))
                .andExpect(content().string(containsString("value=\"保留的名称\"")));
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "registeredOn", "2021-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("注册（授权）日不能早于申请日")));
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "kind", "PATENT", "niceClass", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("专利须选择专利类型")));
        String taken = "T" + System.nanoTime() % 10_000_000;
        mvc.perform(form("/brands/" + registry.brand("220102") + "/marks", "changchun.officer", "number", taken));
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "number", taken))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该号码已登记")));
        assertThat(registry.count("select count(*) from brand_mark where brand_id = ?", brand)).isZero();
    }

    @Test
    void marksFollowTheBrandsScopeAndTheEditPermission() throws Exception {
        long changchun = registry.brand("220100");
        mvc.perform(form("/brands/" + changchun + "/marks", "changchun.officer")).andExpect(redirectedUrl("/brands/" + changchun + "#marks"));
        mvc.perform(get("/brands/" + changchun + "/marks/new").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(form("/brands/" + changchun + "/marks", "liaoyuan.officer")).andExpect(status().isNotFound());
        mvc.perform(form("/brands/" + changchun + "/marks", "hrss.reviewer")).andExpect(status().isForbidden());
        long mark = registry.count("select id from brand_mark where brand_id = ? limit 1", changchun);
        mvc.perform(get("/brands/" + changchun + "/marks/" + mark + "/edit").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        // a mark is reached through its own brand only
        mvc.perform(get("/brands/" + registry.brand("220102") + "/marks/" + mark + "/edit").with(fixtures.as("changchun.officer")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEditorChangesAndDeletesAMarkAndAStalePageIsRefused() throws Exception {
        long brand = registry.brand("220102");
        mvc.perform(form("/brands/" + brand + "/marks", "changchun.officer", "number", "36000001", "status", "APPLIED",
                "registeredOn", "", "expiresOn", ""));
        long mark = registry.count("select id from brand_mark where brand_id = ?", brand);
        mvc.perform(form("/brands/" + brand + "/marks/" + mark, "changchun.officer", "number", "36000001", "version", "0"))
                .andExpect(redirectedUrl("/brands/" + brand + "#marks"));
        assertThat(registry.text("select status from brand_mark where id = ?", mark)).isEqualTo("REGISTERED");
        mvc.perform(form("/brands/" + brand + "/marks/" + mark, "hrss.director", "number", "36000001", "version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post("/brands/" + brand + "/marks/" + mark + "/delete").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("version", String.valueOf(registry.count("select version from brand_mark where id = ?", mark))))
                .andExpect(redirectedUrl("/brands/" + brand + "#marks"));
        assertThat(registry.count("select count(*) from brand_mark where id = ?", mark)).isZero();
    }
}
