package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Type-ahead answers: a few matches by name, only within the caller's scope, never the whole list. */
@PortalTest
class TypeAheadOptionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private String options(String url, String user) throws Exception {
        return mvc.perform(get(url).with(fixtures.as(user))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void brandsAreFoundByPartOfTheirNameWithinTheScope() throws Exception {
        long changchun = fixtures.brand("查找测试长春焊工", "220102");
        long yanbian = fixtures.brand("查找测试延边焊工", "222401");
        String asChangchun = options("/brands/options?q=查找测试", "changchun.officer");
        assertThat(asChangchun).contains("\"id\":" + changchun).doesNotContain("\"id\":" + yanbian);
        assertThat(options("/brands/options?q=查找测试", "hrss.reviewer")).contains("\"id\":" + changchun, "\"id\":" + yanbian);
        assertThat(options("/brands/options?q=", "hrss.reviewer")).isEqualTo("[]");
        assertThat(options("/brands/options?q=%25", "hrss.reviewer")).as("a wildcard is a character, not everything").isEqualTo("[]");
    }

    @Test
    void organisationsAreFoundByNameAndKind() throws Exception {
        assertThat(options("/organisations/options?q=财政&kind=PROVINCIAL_DEPARTMENT", "hrss.reviewer")).contains("吉林省财政厅");
        assertThat(options("/organisations/options?q=财政&kind=INSTITUTION", "hrss.reviewer")).isEqualTo("[]");
        assertThat(mvc.perform(get("/organisations/options?q=财政").with(fixtures.as("sysadmin"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }
}
