package cn.jilin.laborbrand.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every step against every state: an application is put in each state in turn and each step is tried by a user. A step
 * is either taken (A), refused for the state or the application's level (N: "not possible now"), or forbidden (F: 403)
 * to a user who does not hold its permission, whatever the state. The city's own steps have their own URLs
 * ({@code city-return}, {@code city-reject}, {@code city-designate}), as in the workflow's table; so do the steps of a
 * national application after its notice ({@code recommend-to-ministry}, {@code ministry-designate}, {@code ministry-decline}).
 */
@PortalTest
class ApplicationTransitionsTest {

    private static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "RECOMMENDED", "EXPERT_REVIEW", "APPROVED", "RETURNED",
            "REJECTED", "PUBLIC_NOTICE", "DESIGNATED", "WITHDRAWN");
    /** A national application's states: those of the others and, after its notice, the ministry's (the database allows them to no other). */
    private static final List<String> NATIONAL_STATES = List.of("DRAFT", "SUBMITTED", "RECOMMENDED", "EXPERT_REVIEW", "APPROVED", "RETURNED",
            "REJECTED", "PUBLIC_NOTICE", "MINISTRY_REVIEW", "DESIGNATED", "NOT_SELECTED", "WITHDRAWN");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private ApplicationSteps steps;

    @BeforeEach
    void steps() {
        steps = new ApplicationSteps(mvc, fixtures, jdbc);
    }

    /** One step by one user; expected outcome per state in the order of {@link #STATES}. */
    private record Case(String step, String user, String outcomes, String... params) {
    }

    private String outcome(long id, String state, Case c) throws Exception {
        jdbc.update("update brand_application set state = ?, notice_start = current_date, notice_end = current_date + 30, "
                + "ministry_document_number = null, ministry_document_date = null, ministry_attachment_id = null where id = ?", state, id);
        MvcResult result = steps.act(c.user(), id, c.step(), c.params());
        int status = result.getResponse().getStatus();
        if (status == 403) {
            return "F";
        }
        assertThat(status).as("%s by %s in %s", c.step(), c.user(), state).isEqualTo(302);
        return "workflow.notAllowed".equals(result.getFlashMap().get("flashError")) ? "N" : "A";
    }

    private void check(String targetLevel, List<Case> cases) throws Exception {
        check(targetLevel, STATES, cases);
    }

    private void check(String targetLevel, List<String> states, List<Case> cases) throws Exception {
        long brand = fixtures.brand("状态矩阵", "220102");
        long id = steps.open("changchun.officer", brand, targetLevel);
        steps.attachForm("changchun.officer", id);
        List<Long> experts = steps.experts("expert.li", "expert.zhao", "expert.chen");
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (Case c : cases) {
            Case withExperts = c.step().equals("assign-experts")
                    ? new Case(c.step(), c.user(), c.outcomes(), "expertIds", experts.get(0).toString(), "expertIds", experts.get(1).toString(),
                    "expertIds", experts.get(2).toString())
                    : c;
            List<String> got = new ArrayList<>();
            for (String state : states) {
                got.add(outcome(id, state, withExperts));
                jdbc.update("delete from review_score where assignment_id in (select id from review_assignment where subject_id = ? and subject_type = 'brand_application')", id);
                jdbc.update("delete from review_assignment where subject_id = ? and subject_type = 'brand_application'", id);
            }
            expected.put(c.step() + " by " + c.user(), c.outcomes());
            actual.put(c.step() + " by " + c.user(), String.join("", got));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void aProvincialApplicationAllowsExactlyTheStepsOfItsTable() throws Exception {
        //                         states:  DRAFT SUBMITTED RECOMMENDED EXPERT_REVIEW APPROVED RETURNED REJECTED PUBLIC_NOTICE DESIGNATED WITHDRAWN
        check("PROVINCIAL", List.of(
                new Case("submit", "changchun.officer", "ANNNNANNNN"),
                new Case("withdraw", "changchun.officer", "AANNNANNNN"),
                new Case("recommend", "changchun.officer", "NANNNNNNNN"),
                new Case("city-approve", "changchun.officer", "NNNNNNNNNN"),
                new Case("city-return", "changchun.officer", "NANNNNNNNN", "comment", "退回"),
                new Case("return", "changchun.officer", "FFFFFFFFFF", "comment", "退回"),
                new Case("return", "hrss.director", "NNAANNNNNN", "comment", "退回"),
                new Case("assign-experts", "hrss.reviewer", "NNANNNNNNN"),
                new Case("approve", "hrss.director", "NNNANNNNNN"),
                new Case("reject", "hrss.director", "NNNAANNANN", "comment", "不予认定"),
                new Case("reject", "changchun.officer", "FFFFFFFFFF", "comment", "不予认定"),
                new Case("city-reject", "changchun.officer", "NNNNNNNNNN", "comment", "不予认定"),
                new Case("start-notice", "hrss.director", "NNNNANNNNN", "workingDays", "5"),
                new Case("designate", "hrss.director", "NNNNNNNANN"),
                new Case("designate", "changchun.officer", "FFFFFFFFFF"),
                new Case("city-designate", "changchun.officer", "NNNNNNNNNN")));
    }

    @Test
    void aMunicipalApplicationIsTheCitysToDecide() throws Exception {
        //                         states:  DRAFT SUBMITTED RECOMMENDED EXPERT_REVIEW APPROVED RETURNED REJECTED PUBLIC_NOTICE DESIGNATED WITHDRAWN
        check("MUNICIPAL", List.of(
                new Case("recommend", "changchun.officer", "NNNNNNNNNN"),
                new Case("city-approve", "changchun.officer", "NANNNNNNNN"),
                new Case("city-reject", "changchun.officer", "NANNNNNANN", "comment", "不予认定"),
                new Case("reject", "hrss.director", "NNNNNNNNNN", "comment", "不予认定"),
                new Case("reject", "changchun.officer", "FFFFFFFFFF", "comment", "不予认定"),
                new Case("city-designate", "changchun.officer", "NNNNNNNANN"),
                new Case("designate", "hrss.director", "NNNNNNNNNN"),
                new Case("recommend-to-ministry", "hrss.director", "NNNNNNNNNN")));
    }

    @Test
    void aNationalApplicationIsRecommendedToTheMinistryWhichDecides() throws Exception {
        String[] document = {"documentNumber", "人社部函〔2025〕1号", "documentDate", java.time.LocalDate.now(cn.jilin.laborbrand.platform.PlatformTime.ZONE).toString()};
        String[] declined = {"documentNumber", "人社部函〔2025〕1号", "documentDate", document[3], "comment", "未入选"};
        //                         states:  DRAFT SUBMITTED RECOMMENDED EXPERT_REVIEW APPROVED RETURNED REJECTED PUBLIC_NOTICE MINISTRY_REVIEW
        //                                  DESIGNATED NOT_SELECTED WITHDRAWN
        check("NATIONAL", NATIONAL_STATES, List.of(
                new Case("withdraw", "changchun.officer", "AANNNANNNNNN"),
                new Case("recommend", "changchun.officer", "NANNNNNNNNNN"),
                new Case("city-approve", "changchun.officer", "NNNNNNNNNNNN"),
                new Case("return", "hrss.director", "NNAANNNNNNNN", "comment", "退回"),
                new Case("assign-experts", "hrss.reviewer", "NNANNNNNNNNN"),
                new Case("approve", "hrss.director", "NNNANNNNNNNN"),
                new Case("reject", "hrss.director", "NNNAANNANNNN", "comment", "不予认定"),
                new Case("start-notice", "hrss.director", "NNNNANNNNNNN", "workingDays", "5"),
                new Case("designate", "hrss.director", "NNNNNNNNNNNN"),
                new Case("city-designate", "changchun.officer", "NNNNNNNNNNNN"),
                new Case("recommend-to-ministry", "hrss.director", "NNNNNNNANNNN"),
                new Case("recommend-to-ministry", "hrss.reviewer", "FFFFFFFFFFFF"),
                new Case("recommend-to-ministry", "changchun.officer", "FFFFFFFFFFFF"),
                new Case("ministry-designate", "hrss.reviewer", "FFFFFFFFFFFF", document),
                new Case("ministry-designate", "changchun.officer", "FFFFFFFFFFFF", document),
                new Case("ministry-decline", "changchun.officer", "FFFFFFFFFFFF", declined),
                new Case("ministry-decline", "hrss.director", "NNNNNNNNANNN", declined),
                // last: the ministry's designation makes the brand national
                new Case("ministry-designate", "hrss.director", "NNNNNNNNANNN", document)));
    }
}
