package cn.jilin.laborbrand.web.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.registry.enterprise.LeadingEnterpriseView;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The leading-enterprise list filters in its query: by the enterprise's region (a subquery of the directory, never an
 * id list of the whole directory) and by the enterprise's or the brand's name; a filter's wildcard characters are
 * taken literally. Checked against the same question asked of the database directly.
 */
@PortalTest
class EnterpriseListFilterTest {

    private static final String LINKS = "select l.id from leading_enterprise l join organisation o on o.id = l.organisation_id "
            + "join labor_brand b on b.id = l.brand_id where o.kind = 'ENTERPRISE' ";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** The ids the list shows for these parameters (name, value, name, value, …). */
    private List<Long> shown(String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/enterprises").param("size", "200").with(fixtures.as("hrss.director"));
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Page<?> page = (Page<?>) result.getModelAndView().getModel().get("page");
        return page.getContent().stream().map(v -> ((LeadingEnterpriseView) v).id()).toList();
    }

    @Test
    void byTheEnterprisesRegion() throws Exception {
        List<Long> changchun = jdbc.queryForList(LINKS + "and o.region_code like '2201%'", Long.class);
        assertThat(changchun).isNotEmpty();
        assertThat(shown("region", "220100")).containsExactlyInAnyOrderElementsOf(changchun);
        assertThat(shown("region", "222400")).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList(LINKS + "and o.region_code like '2224%'", Long.class));
    }

    @Test
    void byTheEnterprisesOrTheBrandsName() throws Exception {
        String enterprise = jdbc.queryForObject("select o.name from leading_enterprise l join organisation o on o.id = l.organisation_id "
                + "order by l.id limit 1", String.class);
        String part = enterprise.substring(0, Math.min(4, enterprise.length()));
        List<Long> expected = jdbc.queryForList(LINKS + "and (strpos(o.name, ?) > 0 or strpos(b.name, ?) > 0)", Long.class, part, part);
        assertThat(expected).isNotEmpty();
        assertThat(shown("q", part)).containsExactlyInAnyOrderElementsOf(expected);

        String brand = jdbc.queryForObject("select b.name from leading_enterprise l join labor_brand b on b.id = l.brand_id "
                + "order by l.id desc limit 1", String.class);
        assertThat(shown("q", brand)).containsExactlyInAnyOrderElementsOf(
                jdbc.queryForList(LINKS + "and (strpos(o.name, ?) > 0 or strpos(b.name, ?) > 0)", Long.class, brand, brand));
    }

    @Test
    void wildcardsInTheFilterAreLiteral() throws Exception {
        assertThat(shown("q", "%")).isEmpty();
        assertThat(shown("q", "_")).isEmpty();
        assertThat(shown("region", "220100", "q", "%_")).isEmpty();
    }
}
