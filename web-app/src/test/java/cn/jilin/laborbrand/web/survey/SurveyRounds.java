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
            request.param("comment", reason);
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

    /**
     * A round of the test's own, as HRSS and three bureaus leave it: 长春 submitted (every brand line with the figures
     * {@link OwnRound#WORKFORCE}, {@link OwnRound#INCOME}, one trained, one certified; one group of 66 workers), 辽源 a
     * draft (a group of 77) and 延边 returned with a reason (a group of 88); the other eight units have not started.
     */
    OwnRound ownRound() throws Exception {
        long round = open();
        long changchun = start(round, "changchun.officer");
        int lines = jdbc.queryForObject("select count(*) from survey_return_brand where return_id = ?", Integer.class, changchun);
        List<String> figures = new java.util.ArrayList<>();
        for (int i = 0; i < lines; i++) {
            figures.addAll(List.of("brands[" + i + "].maturity", "ESTABLISHED", "brands[" + i + "].workforceSize", String.valueOf(OwnRound.WORKFORCE),
                    "brands[" + i + "].annualLaborIncome", String.valueOf(OwnRound.INCOME), "brands[" + i + "].trainedCount", "1",
                    "brands[" + i + "].certifiedCount", "1"));
        }
        save(changchun, "changchun.officer", new String[]{"长春测试群体", "快递员", "66", "UNNAMED", ""}, figures.toArray(String[]::new));
        act(changchun, "submit", "changchun.officer", null);
        long liaoyuan = start(round, "liaoyuan.officer");
        save(liaoyuan, "liaoyuan.officer", new String[]{"辽源测试群体", "木工", "77", "EMERGING", ""});
        long yanbian = start(round, "yanbian.officer");
        save(yanbian, "yanbian.officer", new String[]{"延边测试群体", "厨师", "88", "UNNAMED", ""});
        act(yanbian, "submit", "yanbian.officer", null);
        act(yanbian, "return", "hrss.director", "与就业台账相差较大，请核实");
        assertThat(List.of(state(changchun), state(liaoyuan), state(yanbian))).containsExactly("SUBMITTED", "DRAFT", "RETURNED");
        return new OwnRound(round, jdbc.queryForObject("select title from brand_survey where id = ?", String.class, round), changchun,
                liaoyuan, yanbian, lines);
    }

    private void save(long returnId, String officer, String[] group, String... overrides) throws Exception {
        MvcResult saved = mvc.perform(form(returnId, officer, List.<String[]>of(group), overrides)).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).as("return saved").isNotNull();
    }

    /** What {@link #ownRound()} made: the round, its title, the three returns and how many brand lines 长春's holds. */
    record OwnRound(long id, String title, long changchun, long liaoyuan, long yanbian, int changchunBrandLines) {
        static final int WORKFORCE = 10;
        static final int INCOME = 1000;
    }
}
