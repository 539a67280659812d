package cn.jilin.laborbrand.web.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.scope.BoundedPage;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A list past {@link BoundedPage#MAX_ROWS} rows says so under its table and pages through its first rows only; a page
 * past the bound answers at once, empty, with the same note; a list below the bound keeps its exact total. Through the
 * organisation directory, with more than 10,000 enterprises in 长春 for the length of each test (removed after it, so
 * that the other tests of the shared database see the directory as it was).
 */
@PortalTest
class BoundedListPagesTest {

    private static final String CAPPED = "超过 10,000 条";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void moreEnterprisesThanAListPagesThrough() {
        jdbc.update("insert into organisation (name, kind, region_code) select '有界列表企业' || g, 'ENTERPRISE', '220102' "
                + "from generate_series(1, ?) g", BoundedPage.MAX_ROWS + 10);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from organisation where name like '有界列表企业%'");
    }

    @Test
    void aProvinceListPastTheBoundSaysSoAndStopsPaging() throws Exception {
        // by name, so that the enterprises other tests add to the shared directory do not fill the first page
        mvc.perform(get("/organisations").param("kind", "ENTERPRISE").param("q", "有界列表企业").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CAPPED)))
                .andExpect(content().string(containsString("有界列表企业")));
        mvc.perform(get("/organisations").param("kind", "ENTERPRISE").param("q", "有界列表企业").param("page", "499")
                        .with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CAPPED)))
                .andExpect(content().string(containsString("有界列表企业")));
        mvc.perform(get("/organisations").param("kind", "ENTERPRISE").param("page", "1000").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(CAPPED)))
                .andExpect(content().string(not(containsString("有界列表企业"))));
    }

    @Test
    void aListBelowTheBoundKeepsItsExactTotal() throws Exception {
        long bureaus = jdbc.queryForObject("select count(*) from organisation where kind = 'HRSS_BUREAU'", Long.class);
        mvc.perform(get("/organisations").param("kind", "HRSS_BUREAU").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 " + bureaus + " 条")))
                .andExpect(content().string(not(containsString(CAPPED))));
    }
}
