package cn.jilin.laborbrand.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.governance.task.TaskService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.TestClock;
import cn.jilin.laborbrand.web.task.GovernanceFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A quarter's progress report in Chromium: a department (the test's own, with one late quarter on a task of its own)
 * finds its overdue task on its work list, files the missing quarter's report with an indicator and evidence and
 * submits it; HRSS returns it with a reason; the department amends and submits again; HRSS accepts it, and the task is
 * no longer overdue. Screenshots of each stage go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestClock.Config.class)
class GovernanceJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TaskService tasks;

    @Test
    void aDepartmentFilesAQuarterlyReportHrssReturnsItTheDepartmentAmendsAndHrssAccepts() throws Exception {
        // the browser posts, so the fixtures need no MockMvc
        GovernanceFixtures governance = new GovernanceFixtures(null, fixtures, jdbc, tasks);
        GovernanceFixtures.Department department = governance.freshDepartment();
        long task = governance.freshTask(department);
        // exactly one quarter late: the last ended one once its grace days are over, else the one before it
        LocalDate today = GovernanceFixtures.today();
        int grace = jdbc.queryForObject("select report_grace_days from plan_document", Integer.class);
        Quarter late = today.isAfter(governance.lastQuarter().dueDate(grace)) ? governance.lastQuarter() : governance.lastQuarter().previous();
        jdbc.update("update responsibility_task set reports_from = ? where id = ?", late.firstDay(), task);
        SystemActor.call(tasks::markOverdue, "task:manage");
        assertThat(jdbc.queryForObject("select overdue from responsibility_task where id = ?", Boolean.class, task)).isTrue();
        String measure = jdbc.queryForObject("select m.title from responsibility_task t join plan_measure m on m.id = t.measure_id where t.id = ?",
                String.class, task);
        Path evidence = Files.createTempDirectory("journey").resolve("领导小组会议纪要.pdf");
        Files.write(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes());
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-governance-journey", () -> journey(browser, department.officer(), measure, task, evidence));
        }
        assertThat(jdbc.queryForObject("select overdue from responsibility_task where id = ?", Boolean.class, task)).isFalse();
    }

    private void journey(Browser browser, String officer, String measure, long task, Path evidence) throws Exception {
        // the department sees the late report on its work list and files it
        browser.signIn(officer, Fixtures.DEMO_PASSWORD);
        browser.waitForPath("/");
        assertThat(browser.text()).contains("待办事项", measure, "逾期未报");
        browser.screenshot("20-department-work-list");
        browser.clickAndWait("a[href^='/tasks/" + task + "/reports/new']");
        browser.select("#taskStatus", "ON_TRACK");
        browser.type("#narrative", "本季度参加领导小组会议一次，落实就业创业补助资金保障。");
        browser.click("[data-add-indicator]");
        browser.type("[name='indicators[0].name']", "下达补助资金");
        browser.type("[name='indicators[0].value']", "860");
        browser.type("[name='indicators[0].unit']", "万元");
        browser.screenshot("21-department-report-form");
        browser.clickAndWait("#main form button[type=submit]");
        assertThat(browser.text()).contains("草稿", "下达补助资金", "860");
        long report = Long.parseLong(browser.currentPath().substring(browser.currentPath().lastIndexOf('/') + 1));
        browser.upload("#file", evidence);
        browser.clickAndWait("form[action$='/files'] button[type=submit]");
        assertThat(browser.text()).contains("佐证材料已上传", "领导小组会议纪要.pdf");
        browser.clickAndConfirm("form[action$='/submit'] button");
        assertThat(browser.text()).contains("进展报告已报送", "待审核");
        browser.screenshot("22-department-report-submitted");
        browser.signOut();

        // HRSS returns it with a reason
        browser.signIn("hrss.reviewer", Fixtures.DEMO_PASSWORD);
        browser.open("/tasks/reports/" + report);
        browser.type("#return-reason", "请注明补助资金的下达文号。");
        browser.clickAndConfirm("form[action$='/return'] button");
        assertThat(browser.text()).contains("报告已退回部门修改", "退回修改");
        browser.screenshot("23-hrss-returned");
        browser.signOut();

        // the department amends and submits again
        browser.signIn(officer, Fixtures.DEMO_PASSWORD);
        browser.open("/tasks/reports/" + report);
        assertThat(browser.text()).contains("请注明补助资金的下达文号。");
        browser.clickAndWait("a[href$='/edit']");
        browser.type("#narrative", "本季度参加领导小组会议一次，下达就业创业补助资金860万元（吉财社〔2026〕演示号）。");
        browser.clickAndWait("#main form button[type=submit]");
        browser.clickAndConfirm("form[action$='/submit'] button");
        assertThat(browser.text()).contains("待审核", "吉财社");
        browser.signOut();

        // HRSS accepts
        browser.signIn("hrss.reviewer", Fixtures.DEMO_PASSWORD);
        browser.open("/tasks/reports/" + report);
        browser.type("#accept-comment", "同意。");
        browser.clickAndConfirm("form[action$='/accept'] button");
        assertThat(browser.text()).contains("报告已采纳", "省人社厅已采纳本报告");
        browser.screenshot("24-hrss-accepted");
        browser.open("/tasks/" + task);
        assertThat(browser.text()).doesNotContain("逾期未报送");
        browser.screenshot("25-task-after");
        browser.open("/plan");
        browser.screenshot("26-plan-tree");
        browser.open("/targets");
        browser.find("#chart-progress canvas");
        browser.screenshot("27-targets");
    }

    /**
     * The departments read the registers of their measures (issue 14): 财政厅 (二(三)1) opens the start-up, incubation and
     * brand finance figures from its overview and chooses a year; 商务厅 (二(三)3, 二(二)2) the parks and the labour
     * cooperation figures; neither sees the other's area in its tabs; the province reads the livelihood coverage.
     */
    @Test
    void departmentsReadTheRegistersTheirMeasuresCover() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.onFailureScreenshot("failure-partner-journey", () -> {
                browser.signIn("dept.finance", Fixtures.DEMO_PASSWORD);
                browser.waitForPath("/");
                browser.open("/partner");
                assertThat(browser.text()).contains("二(三)1", "创业、孵化与品牌金融").doesNotContain("劳务品牌产业园区");
                browser.clickAndWait("a[data-area='STARTUPS']");
                assertThat(browser.currentPath()).isEqualTo("/partner/startups");
                assertThat(browser.text()).contains("劳务品牌人员创业", "创业孵化载体（现有）", "品牌金融", "长春市", "合计");
                browser.screenshot("28-department-startup-figures");
                browser.select("#year", "2025");
                browser.clickAndWait("form[role=search] button[type=submit]");
                assertThat(browser.currentPath()).isEqualTo("/partner/startups");
                assertThat(browser.find("#year option[value='2025']").isSelected()).isTrue();
                browser.signOut();

                browser.signIn("dept.commerce", Fixtures.DEMO_PASSWORD);
                browser.waitForPath("/");
                browser.open("/partner");
                browser.clickAndWait("a[data-area='PARKS']");
                assertThat(browser.text()).contains("长春汽车零部件劳务品牌产业园", "盘活土地（亩）").doesNotContain("创业、孵化与品牌金融");
                browser.screenshot("29-department-parks");
                browser.clickAndWait(".nav-tabs a[href='/partner/cooperation']");
                assertThat(browser.text()).contains("劳务输入基地（协议有效）", "对接上岗人数", "合计");
                browser.screenshot("30-department-cooperation");
                browser.signOut();

                browser.signIn("hrss.reviewer", Fixtures.DEMO_PASSWORD);
                browser.waitForPath("/");
                browser.open("/partner/livelihood");
                assertThat(browser.text()).contains("资源枯竭城市", "民生保障型品牌覆盖");
                browser.screenshot("31-province-livelihood-coverage");
            });
        }
    }
}
