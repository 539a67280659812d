package cn.jilin.laborbrand.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The survey return's workflow through the pages: every allowed step (by the right role, from the right state), every
 * forbidden one (wrong state, wrong role, stale page, closed round), and what each leaves behind.
 */
@PortalTest
class SurveyWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    SurveyRounds rounds;

    @BeforeEach
    void setUp() {
        rounds = new SurveyRounds(mvc, fixtures, jdbc);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    private List<String> steps(long returnId) {
        return jdbc.queryForList("select action || ':' || coalesce(from_state, '-') || '>' || to_state from workflow_step "
                + "where subject_type = 'survey_return' and subject_id = ? order by id", String.class, returnId);
    }

    @Test
    void aCityOfficerFilesHrssReturnsItWithAReasonAndAcceptsTheResubmittedReturn() throws Exception {
        long round = rounds.open();
        long id = rounds.start(round, "changchun.officer");
        // pre-filled: a line per active brand of 长春 and its counties, with the brand's current figures
        assertThat(count("select count(*) from survey_return_brand where return_id = ?", id)).isEqualTo(
                count("select count(*) from labor_brand where region_code like '2201%' and status = 'ACTIVE'")).isPositive();
        assertThat(count("select count(*) from survey_return_brand l join labor_brand b on b.id = l.brand_id where l.return_id = ? "
                + "and l.workforce_size = b.workforce_size and l.annual_labor_income = b.annual_labor_income "
                + "and l.maturity = b.maturity", id)).isEqualTo(count("select count(*) from survey_return_brand where return_id = ?", id));
        long brand = jdbc.queryForObject("select brand_id from survey_return_brand where return_id = ? order by position limit 1", Long.class, id);
        String levelBefore = jdbc.queryForObject("select level from labor_brand where id = ?", String.class, brand);

        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(new String[]{"长春母婴护理员", "母婴护理员", "7000", "UNNAMED", "尚无统一品牌"}),
                        "brands[0].workforceSize", "77777", "brands[0].maturity", "ESTABLISHED")
                        .with(fixtures.as("changchun.officer")))
                .andExpect(redirectedUrl("/surveys/returns/" + id))
                .andExpect(flash().attribute("flashSuccess", "survey.return.saved"));
        assertThat(rounds.state(id)).isEqualTo("DRAFT");
        assertThat(count("select workforce_size from survey_return_brand where return_id = ? and brand_id = ?", id, brand)).isEqualTo(77777);
        assertThat(count("select count(*) from survey_return_group where return_id = ?", id)).isEqualTo(1);

        mvc.perform(post("/surveys/returns/" + id + "/submit").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("version", String.valueOf(rounds.version(id))))
                .andExpect(flash().attribute("flashSuccess", "survey.return.done.SUBMIT"));
        assertThat(rounds.state(id)).isEqualTo("SUBMITTED");

        mvc.perform(post("/surveys/returns/" + id + "/return").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(rounds.version(id))).param("comment", "  "))
                .andExpect(flash().attribute("flashError", "workflow.reason.required"));
        assertThat(rounds.state(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/surveys/returns/" + id + "/return").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(rounds.version(id))).param("comment", "母婴护理员人数与台账不符，请核实"))
                .andExpect(flash().attribute("flashSuccess", "survey.return.done.RETURN"));
        assertThat(rounds.state(id)).isEqualTo("RETURNED");

        // returned: everything kept, the reason on top of the return and of its form
        mvc.perform(get("/surveys/returns/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("省人社厅已退回修改")))
                .andExpect(content().string(containsString("母婴护理员人数与台账不符，请核实")))
                .andExpect(content().string(containsString("长春母婴护理员")));
        mvc.perform(get("/surveys/returns/" + id + "/edit").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("母婴护理员人数与台账不符，请核实")))
                .andExpect(content().string(containsString("value=\"77777\"")))
                .andExpect(content().string(containsString("value=\"长春母婴护理员\"")));
        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(new String[]{"长春母婴护理员", "母婴护理员", "6500", "UNNAMED", ""}))
                        .with(fixtures.as("changchun.officer")))
                .andExpect(redirectedUrl("/surveys/returns/" + id));
        assertThat(rounds.state(id)).isEqualTo("RETURNED");
        assertThat(jdbc.queryForObject("select return_reason from survey_return where id = ?", String.class, id)).isEqualTo("母婴护理员人数与台账不符，请核实");

        rounds.act(id, "submit", "changchun.officer", null);
        assertThat(rounds.state(id)).isEqualTo("SUBMITTED");
        mvc.perform(get("/surveys/returns/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("省人社厅已退回修改"))));

        mvc.perform(post("/surveys/returns/" + id + "/accept").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(rounds.version(id))))
                .andExpect(flash().attribute("flashSuccess", "survey.return.done.ACCEPT"));
        assertThat(rounds.state(id)).isEqualTo("ACCEPTED");

        // accepted: the brand's figures follow the return in the same step, its level does not move, and it is audited
        Map<String, Object> after = jdbc.queryForMap("select workforce_size, maturity, level from labor_brand where id = ?", brand);
        assertThat(after).containsEntry("workforce_size", 77777).containsEntry("maturity", "ESTABLISHED").containsEntry("level", levelBefore);
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'brand.survey' and object_id = ? order by id desc limit 1",
                String.class, String.valueOf(brand))).contains("workforceSize").contains("77777").contains("长春市");

        assertThat(steps(id)).containsExactly("create:->DRAFT", "submit:DRAFT>SUBMITTED", "return:SUBMITTED>RETURNED",
                "submit:RETURNED>SUBMITTED", "accept:SUBMITTED>ACCEPTED");
        assertThat(count("select count(*) from audit_event where action like 'survey_return.%' and object_id = ?", String.valueOf(id)))
                .isEqualTo(7);
        mvc.perform(get("/surveys/returns/" + id).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已采纳")))
                .andExpect(content().string(containsString("母婴护理员人数与台账不符，请核实")));
    }

    /** Every step from every state, by the role that may take it: only the four of the table go through. */
    @ParameterizedTest(name = "{1} on a {0} return → {3}")
    @CsvSource({
            "DRAFT,     submit, changchun.officer, SUBMITTED",
            "DRAFT,     return, hrss.director,     refused",
            "DRAFT,     accept, hrss.director,     refused",
            "SUBMITTED, submit, changchun.officer, refused",
            "SUBMITTED, return, hrss.director,     RETURNED",
            "SUBMITTED, accept, hrss.director,     ACCEPTED",
            "RETURNED,  submit, changchun.officer, SUBMITTED",
            "RETURNED,  return, hrss.director,     refused",
            "RETURNED,  accept, hrss.director,     refused",
            "ACCEPTED,  submit, changchun.officer, refused",
            "ACCEPTED,  return, hrss.director,     refused",
            "ACCEPTED,  accept, hrss.director,     refused",
    })
    void eachStepIsAllowedOnlyFromTheStatesOfTheTable(String from, String action, String user, String outcome) throws Exception {
        long id = rounds.changchunReturnIn(from);
        long stepsBefore = steps(id).size();
        MvcResult result = rounds.act(id, action, user, "理由");
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/surveys/returns/" + id);
        if (outcome.equals("refused")) {
            assertThat(result.getFlashMap().get("flashError")).isEqualTo("workflow.notAllowed");
            assertThat(rounds.state(id)).isEqualTo(from);
            assertThat(steps(id)).hasSize((int) stepsBefore);
        } else {
            assertThat(result.getFlashMap().get("flashSuccess")).isEqualTo("survey.return.done." + action.toUpperCase());
            assertThat(rounds.state(id)).isEqualTo(outcome);
            assertThat(steps(id)).hasSize((int) stepsBefore + 1).last().isEqualTo(action + ":" + from + ">" + outcome);
        }
    }

    /** The allowed steps, each by a role that may not take it: refused with 403, nothing changes. */
    @ParameterizedTest(name = "{2} may not {1} a {0} return")
    @CsvSource({
            "DRAFT,     submit, hrss.director",
            "DRAFT,     submit, hrss.reviewer",
            "RETURNED,  submit, hrss.director",
            "SUBMITTED, return, changchun.officer",
            "SUBMITTED, return, hrss.reviewer",
            "SUBMITTED, accept, changchun.officer",
            "SUBMITTED, accept, hrss.reviewer",
    })
    void aStepTakenByTheWrongRoleIsForbidden(String from, String action, String user) throws Exception {
        long id = rounds.changchunReturnIn(from);
        long version = rounds.version(id);
        assertThat(rounds.act(id, action, user, "理由").getResponse().getStatus()).isEqualTo(403);
        assertThat(rounds.state(id)).isEqualTo(from);
        assertThat(rounds.version(id)).isEqualTo(version);
    }

    @Test
    void onlyTheFilingBureauSavesAReturn() throws Exception {
        long id = rounds.changchunReturnIn("DRAFT");
        mvc.perform(rounds.form(id, "hrss.director", List.of()).with(fixtures.as("hrss.director"))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/returns/" + id + "/edit").with(fixtures.as("hrss.director"))).andExpect(status().isForbidden());
        mvc.perform(post("/surveys/" + rounds.roundOf(id) + "/returns").with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(status().isForbidden());
        assertThat(rounds.version(id)).isZero();
    }

    @Test
    void aSubmittedOrAcceptedReturnCannotBeEdited() throws Exception {
        for (String state : List.of("SUBMITTED", "ACCEPTED")) {
            long id = rounds.changchunReturnIn(state);
            long version = rounds.version(id);
            mvc.perform(get("/surveys/returns/" + id + "/edit").with(fixtures.as("changchun.officer")))
                    .andExpect(redirectedUrl("/surveys/returns/" + id))
                    .andExpect(flash().attribute("flashError", "survey.return.notEditable"));
            mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(new String[]{"新群体", "", "10", "EMERGING", ""}))
                            .with(fixtures.as("changchun.officer")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("不能修改")));
            assertThat(rounds.version(id)).isEqualTo(version);
            assertThat(count("select count(*) from survey_return_group where return_id = ?", id)).isZero();
        }
    }

    @Test
    void aSecondReviewerOnAStalePageIsToldItWasHandledBySomeoneElse() throws Exception {
        long id = rounds.changchunReturnIn("SUBMITTED");
        long shown = rounds.version(id);
        rounds.act(id, "accept", "hrss.director", null, shown);
        assertThat(rounds.state(id)).isEqualTo("ACCEPTED");
        mvc.perform(post("/surveys/returns/" + id + "/return").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(shown)).param("comment", "晚到的退回"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理")));
        assertThat(rounds.state(id)).isEqualTo("ACCEPTED");
        assertThat(steps(id)).last().isEqualTo("accept:SUBMITTED>ACCEPTED");
    }

    @Test
    void aStaleFormIsRefusedAndKeepsWhatWasSavedFirst() throws Exception {
        long id = rounds.changchunReturnIn("DRAFT");
        long shown = rounds.version(id);
        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(new String[]{"先保存的群体", "", "10", "EMERGING", ""}))
                .with(fixtures.as("changchun.officer"))).andExpect(redirectedUrl("/surveys/returns/" + id));
        mvc.perform(rounds.form(id, "changchun.officer", List.<String[]>of(new String[]{"后保存的群体", "", "20", "EMERGING", ""}),
                        "version", String.valueOf(shown)).with(fixtures.as("changchun.officer")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理")));
        assertThat(jdbc.queryForList("select name from survey_return_group where return_id = ?", String.class, id)).containsExactly("先保存的群体");
        mvc.perform(post("/surveys/returns/" + id + "/submit").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("version", String.valueOf(shown))).andExpect(status().isConflict());
        assertThat(rounds.state(id)).isEqualTo("DRAFT");
    }

    @Test
    void nothingHappensToTheReturnsOfAClosedRound() throws Exception {
        long submitted = rounds.changchunReturnIn("SUBMITTED");
        long round = rounds.roundOf(submitted);
        long roundVersion = jdbc.queryForObject("select version from brand_survey where id = ?", Long.class, round);
        mvc.perform(post("/surveys/" + round + "/close").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("version", String.valueOf(roundVersion))).andExpect(status().isForbidden());
        mvc.perform(post("/surveys/" + round + "/close").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(roundVersion)))
                .andExpect(flash().attribute("flashSuccess", "survey.closed"));
        assertThat(jdbc.queryForMap("select status, closed_at from brand_survey where id = ?", round))
                .containsEntry("status", "CLOSED").extractingByKey("closed_at").isNotNull();
        assertThat(count("select count(*) from audit_event where action = 'survey.close' and object_id = ?", String.valueOf(round))).isEqualTo(1);
        // closing twice on the same page: someone else has done it
        mvc.perform(post("/surveys/" + round + "/close").with(csrf()).with(fixtures.as("hrss.director"))
                .param("version", String.valueOf(roundVersion))).andExpect(status().isConflict());

        for (String action : List.of("accept", "return")) {
            assertThat(rounds.act(submitted, action, "hrss.director", "理由").getFlashMap().get("flashError")).isEqualTo("survey.round.closed");
        }
        assertThat(rounds.state(submitted)).isEqualTo("SUBMITTED");
        mvc.perform(post("/surveys/" + round + "/returns").with(csrf()).with(fixtures.as("liaoyuan.officer")))
                .andExpect(redirectedUrl("/surveys/" + round))
                .andExpect(flash().attribute("flashError", "survey.round.closed"));
        assertThat(count("select count(*) from survey_return where survey_id = ?", round)).isEqualTo(1);
        mvc.perform(get("/surveys/returns/" + submitted).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("本轮调查已关闭")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/surveys/returns/" + submitted + "/accept"))));
    }

    @Test
    void aDraftOfAClosedRoundCannotBeSavedOrSubmitted() throws Exception {
        long draft = rounds.changchunReturnIn("DRAFT");
        long round = rounds.roundOf(draft);
        mvc.perform(post("/surveys/" + round + "/close").with(csrf()).with(fixtures.as("hrss.director"))
                .param("version", String.valueOf(jdbc.queryForObject("select version from brand_survey where id = ?", Long.class, round))));
        mvc.perform(rounds.form(draft, "changchun.officer", List.<String[]>of(new String[]{"迟到的群体", "", "5", "EMERGING", ""}))
                        .with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("本轮调查已关闭")));
        assertThat(rounds.act(draft, "submit", "changchun.officer", null).getFlashMap().get("flashError")).isEqualTo("survey.round.closed");
        assertThat(rounds.state(draft)).isEqualTo("DRAFT");
        assertThat(count("select count(*) from survey_return_group where return_id = ?", draft)).isZero();
    }

    @Test
    void onlyTheStepsOfTheTableArePages() throws Exception {
        long id = rounds.changchunReturnIn("DRAFT");
        for (String action : List.of("create", "save", "delete")) {
            assertThat(rounds.act(id, action, "changchun.officer", null).getResponse().getStatus()).isEqualTo(404);
        }
        assertThat(rounds.state(id)).isEqualTo("DRAFT");
    }

    @Test
    void startingTwiceOpensTheSameReturnAndOnlyPrefectureBureausFile() throws Exception {
        long round = rounds.open();
        long first = rounds.start(round, "changchun.officer");
        assertThat(rounds.start(round, "changchun.officer")).isEqualTo(first);
        assertThat(count("select count(*) from survey_return where survey_id = ?", round)).isEqualTo(1);

        String county = Fixtures.uniqueUsername("nanguan.officer");
        fixtures.account(county, "长春市南关区人力资源和社会保障局", false, "CITY_OFFICER");
        mvc.perform(post("/surveys/" + round + "/returns").with(csrf()).with(fixtures.as(county)))
                .andExpect(redirectedUrl("/surveys/" + round))
                .andExpect(flash().attribute("flashError", "survey.return.prefectureOnly"));
        // a county bureau sees no prefecture's return
        mvc.perform(get("/surveys/returns/" + first).with(fixtures.as(county))).andExpect(status().isNotFound());
        assertThat(count("select count(*) from survey_return where survey_id = ?", round)).isEqualTo(1);
    }
}
