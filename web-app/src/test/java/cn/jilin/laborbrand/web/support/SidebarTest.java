package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The sidebar is written once per set of visible items, current page and language and then reused: each user still
 * sees only the pages of their own permissions, the current page's item (the longest path leading to it) is marked, and
 * the labels follow the language.
 */
@PortalTest
class SidebarTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        String html = mvc.perform(request.with(fixtures.as(username))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private static List<String> links(Document page) {
        return page.select("#sidebar .nav-link").eachAttr("href");
    }

    private static Element active(Document page) {
        List<Element> active = page.select("#sidebar .nav-link.active");
        assertThat(active).hasSize(1);
        assertThat(page.select("#sidebar [aria-current]")).containsExactlyElementsOf(active);
        return active.get(0);
    }

    @Test
    void eachUserSeesTheItemsOfTheirOwnPermissionsOnTheSamePage() throws Exception {
        Document director = page(get("/account/password"), "hrss.director");
        Document expert = page(get("/account/password"), "expert.li");
        Document director2 = page(get("/account/password"), "hrss.director");

        assertThat(links(director)).contains("/brands", "/subsidies/claims", "/targets", "/account/password");
        assertThat(links(expert)).contains("/brand-applications/reviews", "/account/password")
                .doesNotContain("/subsidies/claims", "/admin/users", "/admin/audit");
        assertThat(links(director2)).isEqualTo(links(director));
        assertThat(director.select("#sidebar .nav-section-title").eachText()).contains("品牌管理");
        assertThat(active(director).attr("href")).isEqualTo("/account/password");
        assertThat(active(expert).attr("href")).isEqualTo("/account/password");
    }

    @Test
    void theCurrentPagesItemIsTheLongestPathLeadingToIt() throws Exception {
        long brand = jdbc.queryForObject("select min(id) from labor_brand", Long.class);
        assertThat(active(page(get("/brands/" + brand), "hrss.director")).attr("href")).isEqualTo("/brands");
        assertThat(active(page(get("/brand-applications/reviews"), "expert.li")).attr("href")).isEqualTo("/brand-applications/reviews");
        assertThat(active(page(get("/brand-applications"), "hrss.director")).attr("href")).isEqualTo("/brand-applications");
        assertThat(active(page(get("/"), "hrss.director")).attr("href")).isEqualTo("/");
        Document bases = page(get("/bases/cities"), "hrss.director");
        assertThat(active(bases).attr("href")).isEqualTo("/bases/cities");
        assertThat(bases.select("#sidebar .nav-link[href='/bases']").hasClass("active")).isFalse();
    }

    @Test
    void theLabelsFollowTheLanguage() throws Exception {
        Document chinese = page(get("/brands"), "hrss.director");
        Document english = page(get("/brands").cookie(new Cookie("lang", "en")), "hrss.director");
        assertThat(chinese.select("#sidebar .nav-link[href='/brands']").text()).isEqualTo("劳务品牌");
        assertThat(english.select("#sidebar .nav-link[href='/brands']").text()).isEqualTo("Labor brands");
        assertThat(english.select("#sidebar .nav-section-title").eachText()).contains("Brands");
        assertThat(active(english).attr("href")).isEqualTo("/brands");
    }
}
