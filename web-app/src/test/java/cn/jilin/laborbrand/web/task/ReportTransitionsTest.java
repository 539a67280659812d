package cn.jilin.laborbrand.web.task;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every step against every state: a report of a department of the test's own is put in each state in turn and each step
 * is tried by each kind of user. A step is taken (A), refused for the state (N: the workflow's table has no such step
 * from there, checked before who asks), forbidden to that user (F: 403), or the report is not there for that user at
 * all (X: 404, another department).
 */
@PortalTest
class ReportTransitionsTest {

    private static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private record Case(String step, String user, String outcomes) {
    }

    @Test
    void aProgressReportAllowsExactlyTheStepsOfItsTable() throws Exception {
        GovernanceFixtures governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        GovernanceFixtures.Department filer = governance.freshDepartment();
        String own = filer.officer();
        String other = governance.freshDepartment().officer();
        long task = governance.freshTask(filer);
        long report = governance.open(own, task, governance.lastQuarter());
        //                         states: DRAFT SUBMITTED RETURNED ACCEPTED
        List<Case> cases = List.of(
                new Case("submit", own, "ANAN"),
                new Case("submit", "hrss.reviewer", "FFFF"),
                new Case("submit", other, "XXXX"),
                new Case("return", "hrss.reviewer", "NANN"),
                new Case("return", "hrss.director", "NANN"),
                new Case("return", own, "NFNN"),
                new Case("accept", "hrss.reviewer", "NANN"),
                new Case("accept", own, "NFNN"),
                new Case("accept", other, "XXXX"),
                // a city reviews its own plan's reports only: the province's is not there for it
                new Case("submit", "changchun.officer", "XXXX"),
                new Case("accept", "changchun.officer", "XXXX"));
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, String> actual = new LinkedHashMap<>();
        for (Case c : cases) {
            List<String> got = new ArrayList<>();
            for (String state : STATES) {
                jdbc.update("update progress_report set state = ?, submitted_at = case when ? = 'DRAFT' then null else now() end where id = ?",
                        state, state, report);
                MvcResult result = governance.act(c.user(), report, c.step(), "意见");
                int status = result.getResponse().getStatus();
                if (status == 403) {
                    got.add("F");
                } else if (status == 404) {
                    got.add("X");
                } else {
                    assertThat(status).as("%s by %s in %s", c.step(), c.user(), state).isEqualTo(302);
                    got.add("workflow.notAllowed".equals(result.getFlashMap().get("flashError")) ? "N" : "A");
                }
            }
            expected.put(c.step() + " by " + c.user(), c.outcomes());
            actual.put(c.step() + " by " + c.user(), String.join("", got));
        }
        assertThat(actual).isEqualTo(expected);
    }
}
