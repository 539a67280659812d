package cn.jilin.laborbrand.web.promotion.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Coverage through the portal: a javascript: link is a field error with the input kept; counts per brand show; another city sees nothing. */
@PortalTest
class CoveragePagesTest {

    static final String CITY = "changchun.officer";
    static final String OTHER_CITY = "liaoyuan.officer";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHostileLinkIsRefusedOnTheFormAndAReportCountsForItsBrand() throws Exception {
        long brand = fixtures.brand("报道页面品牌", "220100");
        String title = "报道标题" + System.nanoTime() % 100_000;
        String refused = mvc.perform(post("/promotion/coverage").with(csrf()).with(fixtures.as(CITY)).param("outlet", "长春日报")
                .param("kind", "NEWSPAPER").param("publishedOn", "2025-06-01").param("title", title).param("link", "javascript:alert(1)")
                .param("brandIds", String.valueOf(brand)).param("version", "0")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("链接须为以 http:// 或 https:// 开头的完整网址").contains(title).contains("报道页面品牌");
        assertThat(jdbc.queryForObject("select count(*) from media_coverage where title = ?", Long.class, title)).isZero();

        mvc.perform(post("/promotion/coverage").with(csrf()).with(fixtures.as(CITY)).param("outlet", "长春日报").param("kind", "NEWSPAPER")
                .param("publishedOn", "2025-06-01").param("title", title).param("link", "https://ccrb.example.cn/a?b=1")
                .param("brandIds", String.valueOf(brand)).param("version", "0")).andReturn();
        long id = jdbc.queryForObject("select id from media_coverage where title = ?", Long.class, title);

        String list = page(CITY, "/promotion/coverage?brandId=" + brand);
        assertThat(list).contains(title).contains("按品牌统计").contains("报道页面品牌").contains("https://ccrb.example.cn/a?b=1");
        assertThat(page(OTHER_CITY, "/promotion/coverage")).doesNotContain(title);
        assertThat(mvc.perform(get("/promotion/coverage/" + id + "/edit").with(fixtures.as(OTHER_CITY))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        MvcResult summary = mvc.perform(get("/promotion/coverage/summary/export").with(fixtures.as(CITY))).andReturn();
        assertThat(summary.getResponse().getContentType()).contains("spreadsheetml");

        mvc.perform(post("/promotion/coverage/" + id + "/delete").with(csrf()).with(fixtures.as(OTHER_CITY))).andReturn();
        assertThat(jdbc.queryForObject("select count(*) from media_coverage where id = ?", Long.class, id)).isEqualTo(1);
        mvc.perform(post("/promotion/coverage/" + id + "/delete").with(csrf()).with(fixtures.as(CITY))).andReturn();
        assertThat(jdbc.queryForObject("select count(*) from media_coverage where id = ?", Long.class, id)).isZero();
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
