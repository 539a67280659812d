package cn.jilin.laborbrand.web.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A quarterly progress report through the pages: a department files, HRSS returns with a reason, the department amends
 * and submits again, HRSS accepts and the task takes the report's status. Also: validation keeps the input and stores
 * nothing, a stale page gets 409, a department cannot reach another department's task or report (404, lists, exports),
 * evidence, and the quarterly PDF for the leading group. Each test works on departments of its own.
 */
@PortalTest
class ReportWorkflowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    GovernanceFixtures governance;
    /** The department that files, and another one. */
    GovernanceFixtures.Department filer;
    GovernanceFixtures.Department other;

    @BeforeEach
    void setUp() {
        governance = new GovernanceFixtures(mvc, fixtures, jdbc, tasks);
        filer = governance.freshDepartment();
        other = governance.freshDepartment();
    }

    private List<String> steps(long reportId) {
        return jdbc.queryForList("select action || ':' || coalesce(from_state, '-') || '>' || to_state from workflow_step "
                + "where subject_type = 'progress_report' and subject_id = ? order by id", String.class, reportId);
    }

    @Test
    void aDepartmentFilesHrssReturnsTheDepartmentAmendsAndHrssAccepts() throws Exception {
        long task = governance.freshTask(filer);
        Quarter quarter = governance.lastQuarter();
        long report = governance.open(filer.officer(), task, quarter);
        assertThat(governance.state(report)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select value from report_indicator where report_id = ?", String.class, report)).isEqualTo("120.50");

        mvc.perform(post("/tasks/reports/" + report + "/submit").with(csrf()).with(fixtures.as(filer.officer()))
                        .param("version", String.valueOf(governance.version(report))))
                .andExpect(flash().attribute("flashSuccess", "report.done.SUBMIT"));
        assertThat(governance.state(report)).isEqualTo("SUBMITTED");

        // a return needs a reason; nothing changes without one
        governance.act("hrss.reviewer", report, "return", " ");
        assertThat(governance.state(report)).isEqualTo("SUBMITTED");
        mvc.perform(post("/tasks/reports/" + report + "/return").with(csrf()).with(fixtures.as("hrss.reviewer"))
                        .param("version", String.valueOf(governance.version(report))).param("comment", "请补充资金拨付的文件依据。"))
                .andExpect(flash().attribute("flashSuccess", "report.done.RETURN"));
        assertThat(governance.state(report)).isEqualTo("RETURNED");
        mvc.perform(get("/tasks/reports/" + report).with(fixtures.as(filer.officer())))
                .andExpect(content().string(containsString("请补充资金拨付的文件依据。")));

        mvc.perform(post("/tasks/reports/" + report).with(csrf()).with(fixtures.as(filer.officer()))
                        .param("version", String.valueOf(governance.version(report))).param("taskStatus", "AT_RISK")
                        .param("narrative", "已补充拨付文件，部分资金待下达。")
                        .param("indicators[0].name", "拨付资金").param("indicators[0].value", "150").param("indicators[0].unit", "万元")
                        .param("indicators[1].name", "").param("indicators[1].value", "").param("indicators[1].unit", ""))
                .andExpect(flash().attribute("flashSuccess", "report.saved"));
        assertThat(jdbc.queryForObject("select count(*) from report_indicator where report_id = ?", Long.class, report)).isEqualTo(1);
        governance.act(filer.officer(), report, "submit", null);
        mvc.perform(post("/tasks/reports/" + report + "/accept").with(csrf()).with(fixtures.as("hrss.reviewer"))
                        .param("version", String.valueOf(governance.version(report))).param("comment", "同意。"))
                .andExpect(flash().attribute("flashSuccess", "report.done.ACCEPT"));

        assertThat(governance.state(report)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select status from responsibility_task where id = ?", String.class, task)).isEqualTo("AT_RISK");
        assertThat(steps(report)).containsExactly("open:->DRAFT", "submit:DRAFT>SUBMITTED", "return:SUBMITTED>RETURNED",
                "submit:RETURNED>SUBMITTED", "accept:SUBMITTED>ACCEPTED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'progress_report' and object_id = ?",
                Long.class, String.valueOf(report))).isGreaterThanOrEqualTo(5);
        // accepted is final: the department can no longer edit it
        mvc.perform(get("/tasks/reports/" + report + "/edit").with(fixtures.as(filer.officer())))
                .andExpect(flash().attribute("flashError", "report.notEditable"));
    }

    /** The forms of the steps the report's page offers the user (each posts to {@code /tasks/reports/{id}/{step}}). */
    private List<String> offered(String user, long report) throws Exception {
        String page = mvc.perform(get("/tasks/reports/" + report).with(fixtures.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Stream.of("submit", "return", "accept")
                .filter(step -> page.contains("action=\"/tasks/reports/" + report + "/" + step + "\"")).toList();
    }

    @Test
    void theReportPageOffersExactlyTheStepsTheUserMayTakeNow() throws Exception {
        long task = governance.freshTask(filer);
        long report = governance.open(filer.officer(), task, governance.lastQuarter());
        assertThat(offered(filer.officer(), report)).containsExactly("submit");
        assertThat(offered("hrss.reviewer", report)).isEmpty();
        governance.act(filer.officer(), report, "submit", null);
        assertThat(offered(filer.officer(), report)).isEmpty();
        assertThat(offered("hrss.reviewer", report)).containsExactlyInAnyOrder("return", "accept");
        governance.act("hrss.reviewer", report, "return", "请补充。");
        assertThat(offered(filer.officer(), report)).containsExactly("submit");
        assertThat(offered("hrss.reviewer", report)).isEmpty();
    }

    /**
     * Four eyes: one person who both reports and reviews (as HRSS does on its own tasks) submits a report; it is for
     * another to return or accept. The page offers them no review step, and a posted one changes nothing.
     */
    @Test
    void whoeverSubmittedAReportDoesNotReviewIt() throws Exception {
        String both = Fixtures.uniqueUsername("both");
        fixtures.account(both, filer.name(), false, RoleCode.DEPARTMENT_OFFICER, RoleCode.PROVINCE_REVIEWER);
        long report = governance.open(both, governance.freshTask(filer), governance.lastQuarter());
        governance.act(both, report, "submit", null);

        assertThat(offered(both, report)).isEmpty();
        for (String step : List.of("accept", "return")) {
            mvc.perform(post("/tasks/reports/" + report + "/" + step).with(csrf()).with(fixtures.as(both))
                            .param("version", String.valueOf(governance.version(report))).param("comment", "自己审核自己。"))
                    .andExpect(flash().attribute("flashError", "workflow.fourEyes"));
        }
        assertThat(governance.state(report)).isEqualTo("SUBMITTED");

        assertThat(offered("hrss.reviewer", report)).containsExactlyInAnyOrder("return", "accept");
        governance.act("hrss.reviewer", report, "accept", "同意。");
        assertThat(governance.state(report)).isEqualTo("ACCEPTED");
        assertThat(steps(report)).containsExactly("open:->DRAFT", "submit:DRAFT>SUBMITTED", "accept:SUBMITTED>ACCEPTED");
    }

    /**
     * HRSS's own task officer ({@code hrss.tasks}, a department officer of HRSS) sees the tasks HRSS carries and only
     * those; filing is a department officer's on its own organisation's tasks (the tests above).
     */
    @Test
    void hrssHasATaskOfficerForItsOwnTasks() throws Exception {
        long hrss = jdbc.queryForObject("select organisation_id from account where username = 'hrss.tasks'", Long.class);
        assertThat(jdbc.queryForList("select r.role_code from account_role r join account a on a.id = r.account_id "
                + "where a.username = 'hrss.tasks'", String.class)).containsExactly(RoleCode.DEPARTMENT_OFFICER);
        assertThat(hrss).isEqualTo(jdbc.queryForObject("select organisation_id from account where username = 'hrss.director'", Long.class));
        List<Long> own = jdbc.queryForList("select id from responsibility_task where organisation_id = ?", Long.class, hrss);
        assertThat(own).as("HRSS carries tasks of the plan").isNotEmpty();
        Long others = jdbc.queryForObject("select min(id) from responsibility_task where organisation_id <> ?", Long.class, hrss);

        String list = mvc.perform(get("/tasks").param("size", "100").with(fixtures.as("hrss.tasks"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(own).allSatisfy(id -> assertThat(list).contains("href=\"/tasks/" + id + "\""));
        assertThat(list).doesNotContain("href=\"/tasks/" + others + "\"");
        mvc.perform(get("/tasks/" + others).with(fixtures.as("hrss.tasks"))).andExpect(status().isNotFound());
    }

    @Test
    void anInvalidReportIsShownAgainWithTheInputAndNothingIsStored() throws Exception {
        long task = governance.freshTask(filer);
        long before = jdbc.queryForObject("select count(*) from progress_report where task_id = ?", Long.class, task);
        mvc.perform(post("/tasks/" + task + "/reports").with(csrf()).with(fixtures.as(filer.officer()))
                        .param("period", governance.lastQuarter().toString()).param("taskStatus", "ON_TRACK").param("narrative", "")
                        .param("indicators[0].name", "培训人次").param("indicators[0].value", "abc").param("indicators[0].unit", "人次"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("培训人次")))
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("is-invalid")));
        // a quarter outside the task's reporting range
        mvc.perform(post("/tasks/" + task + "/reports").with(csrf()).with(fixtures.as(filer.officer()))
                        .param("period", "2023-1").param("taskStatus", "ON_TRACK").param("narrative", "二〇二三年的进展"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("二〇二三年的进展")));
        assertThat(jdbc.queryForObject("select count(*) from progress_report where task_id = ?", Long.class, task)).isEqualTo(before);
        // one report per quarter
        governance.open(filer.officer(), task, governance.lastQuarter());
        mvc.perform(post("/tasks/" + task + "/reports").with(csrf()).with(fixtures.as(filer.officer()))
                        .param("period", governance.lastQuarter().toString()).param("taskStatus", "ON_TRACK").param("narrative", "再报一次"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该季度的进展报告已经存在")));
    }

    @Test
    void aStalePageGetsConflictAndChangesNothing() throws Exception {
        long task = governance.freshTask(filer);
        long report = governance.open(filer.officer(), task, governance.lastQuarter());
        long shown = governance.version(report);
        governance.act(filer.officer(), report, "submit", null);
        mvc.perform(post("/tasks/reports/" + report + "/accept").with(csrf()).with(fixtures.as("hrss.reviewer"))
                        .param("version", String.valueOf(shown)))
                .andExpect(status().isConflict());
        assertThat(governance.state(report)).isEqualTo("SUBMITTED");
    }

    @Test
    void aDepartmentCannotReachAnotherDepartmentsTaskOrReport() throws Exception {
        long task = governance.freshTask(filer);
        long report = governance.open(filer.officer(), task, governance.lastQuarter());
        mvc.perform(get("/tasks/" + task).with(fixtures.as(other.officer()))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task + "/reports/new").with(fixtures.as(other.officer()))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + task + "/reports").with(csrf()).with(fixtures.as(other.officer()))
                        .param("period", governance.lastQuarter().toString()).param("taskStatus", "ON_TRACK").param("narrative", "冒名填报"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/reports/" + report).with(fixtures.as(other.officer()))).andExpect(status().isNotFound());
        mvc.perform(post("/tasks/reports/" + report).with(csrf()).with(fixtures.as(other.officer())).param("version", "0")
                .param("taskStatus", "DONE").param("narrative", "改别人的")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from progress_report where task_id = ? and narrative like '%冒名%'", Long.class, task)).isZero();
        // nor in its lists and exports
        String path = "/tasks/" + task + "\"";
        mvc.perform(get("/tasks?size=200").with(fixtures.as(other.officer()))).andExpect(content().string(not(containsString(path))));
        mvc.perform(get("/tasks?size=200").with(fixtures.as(filer.officer()))).andExpect(content().string(containsString(path)));
        mvc.perform(get("/tasks/reports?size=200").with(fixtures.as(other.officer())))
                .andExpect(content().string(not(containsString("/tasks/reports/" + report + "\""))));
        governance.freshTask(other);
        byte[] export = mvc.perform(get("/tasks/export").with(fixtures.as(other.officer()))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("the other department's one task").isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(other.name());
        }
        // HRSS sees every department's; a city officer only its own plan's tasks, none of the province's
        mvc.perform(get("/tasks/reports/" + report).with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/tasks/" + task).with(fixtures.as("changchun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/reports/" + report).with(fixtures.as("changchun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/plan").with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
    }

    @Test
    void hrssWithTheReportPermissionStillCannotFileForAnotherDepartment() throws Exception {
        String username = Fixtures.uniqueUsername("hrss.filer");
        fixtures.account(username, "吉林省人力资源和社会保障厅", false, "PROVINCE_MANAGER", "DEPARTMENT_OFFICER");
        long task = governance.freshTask(filer);
        mvc.perform(post("/tasks/" + task + "/reports").with(csrf()).with(fixtures.as(username))
                        .param("period", governance.lastQuarter().toString()).param("taskStatus", "ON_TRACK").param("narrative", "代为填报"))
                .andExpect(status().isForbidden());
    }

    @Test
    void evidenceIsKeptWithTheReportAndServedOnlyWithinScope() throws Exception {
        long task = governance.freshTask(filer);
        long report = governance.open(filer.officer(), task, governance.lastQuarter());
        mvc.perform(multipart("/tasks/reports/" + report + "/files").file(new MockMultipartFile("file", "拨付文件.pdf", "application/pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes())).with(csrf()).with(fixtures.as(filer.officer())))
                .andExpect(flash().attribute("flashSuccess", "report.file.saved"));
        mvc.perform(multipart("/tasks/reports/" + report + "/files").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                        "not a pdf".getBytes())).with(csrf()).with(fixtures.as(filer.officer())))
                .andExpect(flash().attribute("flashError", "attachment.wrongType"));
        long file = jdbc.queryForObject("select id from attachment where owner_type = 'progress_report' and owner_id = ?", Long.class, report);
        mvc.perform(get("/tasks/reports/" + report + "/files/" + file).with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk());
        mvc.perform(get("/tasks/reports/" + report + "/files/" + file).with(fixtures.as(other.officer()))).andExpect(status().isNotFound());
    }

    @Test
    void theQuarterlyProgressOfAllDepartmentsIsAPdfWithChineseText() throws Exception {
        long task = governance.freshTask(filer);
        Quarter quarter = governance.lastQuarter();
        long report = governance.open(filer.officer(), task, quarter);
        governance.act(filer.officer(), report, "submit", null);
        byte[] pdf = mvc.perform(get("/tasks/progress.pdf").param("year", String.valueOf(quarter.year()))
                        .param("quarter", String.valueOf(quarter.quarter())).with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("吉林省劳务品牌建设工作进展情况", quarter.year() + "年第", filer.name().replaceAll("\\s+", ""),
                    "本季度完成政策宣传和资金拨付", "拨付资金120.5万元", "待审核");
        }
        mvc.perform(get("/tasks/progress.pdf").param("year", "2025").param("quarter", "4").with(fixtures.as(filer.officer())))
                .andExpect(status().isForbidden());
    }
}
