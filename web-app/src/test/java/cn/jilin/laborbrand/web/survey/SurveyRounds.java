package cn.jilin.laborbrand.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Survey test data driven through the pages, as HRSS and the city bureaus would create it. */
class SurveyRounds {

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;

    SurveyRounds(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    /** A year no round has yet (tests use 2040 on; the demo has 2025). */
    int freeYear() {
        return jdbc.queryForObject("select coalesce(max(year), 2039) + 1 from brand_survey where year >= 2040", Integer.class);
    }

    /** HRSS opens a fresh round; its id. */
    long open() throws Exception {
        int year = freeYear();
        MvcResult result = mvc.perform(post("/surveys").with(csrf()).with(fixtures.as("hrss.director"))
                .param("title", year + "年度测试摸底调查").param("year", String.valueOf(year))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("round opened").startsWith("/surveys/");
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/surveys/".length()));
    }

    /** The officer starts its region's return of the round; its id. */
    long start(long roundId, String officer) throws Exception {
        MvcResult result = mvc.perform(post("/surveys/" + roundId + "/returns").with(csrf()).with(fixtures.as(officer))).andReturn();
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).as("return started").matches("/surveys/returns/\\d+/edit");
        return Long.parseLong(url.replaceAll("\\D+", " ").strip());
    }

    long version(long returnId) {
        return jdbc.queryForObject("select version from survey_return where id = ?", Long.class, returnId);
    }

    String state(long returnId) {
        return jdbc.queryForObject("select state from survey_return where id = ?", String.class, returnId);
    }

    /** Takes a step of the workflow as {@code user}, on the current version unless one is given. */
    MvcResult act(long returnId, String action, String user, String reason) throws Exception {
        return act(returnId, action, user, reason, version(returnId));
    }

    MvcResult act(long returnId, String action, String user, String reason, long version) throws Exception {
        MockHttpServletRequestBuilder request = post("/surveys/returns/" + returnId + "/" + action).with(csrf()).with(fixtures.as(user))
                .param("version", String.valueOf(version));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    /**
     * The return's form as the page would post it: its brand lines as stored, plus {@code groups} (name, occupations,
     * workforce, maturity, note each), with {@code overrides} (field, value pairs) on top.
     */
    MockHttpServletRequestBuilder form(long returnId, String user, List<String[]> groups, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version(returnId)));
        List<Map<String, Object>> lines = jdbc.queryForList("select brand_id, maturity, workforce_size, annual_labor_income, trained_count, "
                + "certified_count from survey_return_brand where return_id = ? order by position", returnId);
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> line = lines.get(i);
            fields.put("brands[" + i + "].brandId", line.get("brand_id").toString());
            fields.put("brands[" + i + "].maturity", line.get("maturity").toString());
            fields.put("brands[" + i + "].workforceSize", line.get("workforce_size").toString());
            fields.put("brands[" + i + "].annualLaborIncome", line.get("annual_labor_income").toString());
            fields.put("brands[" + i + "].trainedCount", line.get("trained_count").toString());
            fields.put("brands[" + i + "].certifiedCount", line.get("certified_count").toString());
        }
        for (int i = 0; i < groups.size(); i++) {
            String[] g = groups.get(i);
            fields.put("groups[" + i + "].name", g[0]);
            fields.put("groups[" + i + "].occupations", g[1]);
            fields.put("groups[" + i + "].workforceSize", g[2]);
            fields.put("groups[" + i + "].maturity", g[3]);
            fields.put("groups[" + i + "].note", g[4]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/surveys/returns/" + returnId).with(csrf()).with(fixtures.as(user));
        fields.forEach(request::param);
        return request;
    }

    /** A fresh return of 长春 in the given state, in a round of its own. */
    long changchunReturnIn(String state) throws Exception {
        long round = open();
        long id = start(round, "changchun.officer");
        switch (state) {
            case "DRAFT" -> {
            }
            case "SUBMITTED" -> act(id, "submit", "changchun.officer", null);
            case "RETURNED" -> {
                act(id, "submit", "changchun.officer", null);
                act(id, "return", "hrss.director", "请补充数据");
            }
            case "ACCEPTED" -> {
                act(id, "submit", "changchun.officer", null);
                act(id, "accept", "hrss.director", null);
            }
            default -> throw new IllegalArgumentException(state);
        }
        assertThat(state(id)).isEqualTo(state);
        return id;
    }

    long roundOf(long returnId) {
        return jdbc.queryForObject("select survey_id from survey_return where id = ?", Long.class, returnId);
    }
}
