package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The long choices of the lists' filters, written once per option and reused: each user is offered the regions of their
 * own scope, counties indented under their prefecture, and every occupation; the choice made stays selected.
 */
@PortalTest
class FilterOptionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private Element filter(String path, String username, String select) throws Exception {
        String html = mvc.perform(get(path).with(fixtures.as(username))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).selectFirst("form[role=search] select#" + select);
    }

    private Element regionFilter(String path, String username) throws Exception {
        return filter(path, username, "region");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/brands", "/bases", "/training/courses", "/training/certificates", "/subsidies/claims", "/catalog",
            "/enterprises", "/training/studios", "/promotion/figures", "/promotion/events", "/promotion/coverage"})
    void eachListOffersTheRegionsOfTheScopeAndKeepsTheChoice(String list) throws Exception {
        Element province = regionFilter(list + "?region=220102", "hrss.director");
        assertThat(province.select("option[value=220100]").text()).isEqualTo("长春市");
        assertThat(province.select("option[value=220102]").text()).isEqualTo("\u3000南关区");
        assertThat(province.select("option[value=222400]")).hasSize(1);
        assertThat(province.select("option[selected]").eachAttr("value")).containsExactly("220102");
        assertThat(province.select("option").first().attr("value")).isEmpty();

        Element city = regionFilter(list, "changchun.officer");
        assertThat(city.select("option[value=220102]")).hasSize(1);
        assertThat(city.select("option[value=222400], option[value=220400]")).isEmpty();
        assertThat(city.select("option[selected]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/training/courses", "/training/certificates"})
    void theOccupationFilterOffersEveryOccupationAndKeepsTheChoice(String list) throws Exception {
        String chosen = jdbc.queryForObject("select code from occupation order by sort_order offset 3 limit 1", String.class);
        Element occupations = filter(list + "?occupation=" + chosen, "hrss.director", "occupation");
        assertThat(occupations.select("option[value]:not([value=''])")).hasSize(jdbc.queryForObject("select count(*) from occupation", Integer.class));
        assertThat(occupations.select("option[selected]").eachAttr("value")).containsExactly(chosen);
        assertThat(occupations.select("option[value='" + chosen + "']").text())
                .isEqualTo(jdbc.queryForObject("select name from occupation where code = ?", String.class, chosen));
        assertThat(filter(list, "hrss.director", "occupation").select("option[selected]")).isEmpty();
    }
}
