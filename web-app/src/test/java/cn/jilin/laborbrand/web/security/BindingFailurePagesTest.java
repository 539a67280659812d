package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.task.GovernanceFixtures;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.net.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * What a user sees when a form or a list cannot read what was sent: the form again, with the message under the field
 * and everything typed still in place, or the list with its defaults; a 400 page for a parameter of the wrong type.
 */
@PortalTest
class BindingFailurePagesTest {

    private static final String MARKUP = "<svg/onload=alert(1)>";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    private TrainingFixtures training;
    private GovernanceFixtures governance;

    @BeforeEach
    void fixtures() {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void aDateThatIsNotADateIsAMessageUnderTheFieldAndTheFormKeepsWhatWasTyped() throws Exception {
        long course = training.course("changchun.officer", TrainingFixtures.SCHOOL, "焊工培训班");
        String residentId = TrainingFixtures.residentId("220102");
        for (String date : new String[] {MARKUP, "0000-00-00"}) {
            MockHttpServletResponse page = send(post("/training/courses/" + course + "/trainees").with(fixtures.as("changchun.officer"))
                    .with(csrf()).param("name", "王小明").param("residentId", residentId).param("employedSince", date).param("version", "0"));

            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("日期格式应为 2025-06-30", "value=\"王小明\"",
                    "value=\"" + HtmlUtils.htmlEscape(date) + "\"").doesNotContain(MARKUP);
        }
        assertThat(training.trainees(course)).isZero();

        String english = send(post("/training/courses/" + course + "/trainees?lang=en").with(fixtures.as("changchun.officer")).with(csrf())
                .param("name", "王小明").param("residentId", residentId).param("employedSince", "30/06/2025")).getContentAsString();
        assertThat(english).contains("Write the date as 2025-06-30.", "value=\"30/06/2025\"");
    }

    @Test
    void anIndexTheReportCannotTakeIsAMessageOnTheFormNotAServerError() throws Exception {
        GovernanceFixtures.Department department = governance.freshDepartment();
        long task = governance.freshTask(department.name());
        for (String name : new String[] {"indicators[__i__].name", "indicators[99999999].name", "indicators[-1].name"}) {
            MockHttpServletResponse page = send(post("/tasks/" + task + "/reports").with(fixtures.as(department.officer())).with(csrf())
                    .param("period", governance.lastQuarter().toString()).param("taskStatus", "ON_TRACK").param("narrative", "本季度完成资金拨付。")
                    .param("indicators[0].name", "拨付资金").param("indicators[0].value", "120.5").param("indicators[0].unit", "万元")
                    .param(name, "x"));

            assertThat(page.getStatus()).as(name).isEqualTo(200);
            assertThat(page.getContentAsString()).as(name).contains("表单中有无法识别的字段", "本季度完成资金拨付。", "value=\"拨付资金\"");
        }
        assertThat(jdbc.queryForObject("select count(*) from progress_report where task_id = ?", Long.class, task)).isZero();
    }

    @Test
    void aNumberBeyondThirtyDigitsAndControlCharactersAreMessagesUnderTheirFields() throws Exception {
        GovernanceFixtures.Department department = governance.freshDepartment();
        long task = governance.freshTask(department.name());
        String page = send(post("/tasks/" + task + "/reports").with(fixtures.as(department.officer())).with(csrf())
                .param("period", governance.lastQuarter().toString()).param("taskStatus", "ON_TRACK").param("narrative", "进展\u0000顺利")
                .param("indicators[0].name", "拨付资金").param("indicators[0].value", "1E999999999").param("indicators[0].unit", "万元"))
                .getContentAsString();

        assertThat(page).contains("请输入数字", "value=\"1E999999999\"", "不能含有不可见的控制字符", "进展顺利");
    }

    @Test
    void aListKeepsItsDefaultsWhenItsPagingCannotBeUsed() throws Exception {
        for (String query : new String[] {"page=1380013800", "page=2147483647&size=200", "sort=%25s", "sort=name,%25'%20AND%201%3D1%20--",
                "size=-1", "page=-5"}) {
            for (String list : new String[] {"/brands", "/plan/meetings", "/training/courses"}) {
                MockHttpServletResponse page = send(get(URI.create(list + "?" + query)).with(fixtures.as("hrss.director")));
                assertThat(page.getStatus()).as(list + "?" + query).isEqualTo(200);
            }
        }
        // lists that read a plain page parameter rather than a Pageable
        assertThat(send(get("/admin/audit?page=1380013800").with(fixtures.as("auditor"))).getStatus()).isEqualTo(200);
        assertThat(send(get("/admin/audit?page=99999999999").with(fixtures.as("auditor"))).getStatus()).isEqualTo(200);
        // a percent sign as a browser may send it, not encoded, in the query the page's links are built from
        MockHttpServletResponse raw = send(get("/brands").with(fixtures.as("hrss.director")).with(request -> {
            request.setQueryString("sort=%s&q=%");
            request.addParameter("sort", "%s");
            request.addParameter("q", "%");
            return request;
        }));
        assertThat(raw.getStatus()).isEqualTo(200);
    }

    @Test
    void anIdThatIsNotANumberIsA404AndAFilterOfTheWrongTypeAChinese400() throws Exception {
        assertThat(send(get("/brands/abc").with(fixtures.as("hrss.director"))).getStatus()).isEqualTo(404);

        MockHttpServletResponse page = send(get(URI.create("/brands?level=%3Csvg%3E")).with(fixtures.as("hrss.director")));
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("请求无法处理", "格式不正确").doesNotContain("<svg>");
    }
}
