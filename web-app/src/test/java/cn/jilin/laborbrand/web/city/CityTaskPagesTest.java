package cn.jilin.laborbrand.web.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.governance.task.Quarter;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A city's own tasks through the pages (三(一)): the city's officer gives a task of its 推进落实方案 to a unit of the city or
 * of a county, the unit reports on it, the report goes up to the city, which alone accepts it; a county's officer sees its
 * county's tasks but reviews nothing; another city, a county or a department cannot add tasks; hostile input is shown
 * again with a Chinese message and stores nothing; a city meeting's decision adds a task and cannot touch the province's;
 * the plan's document is kept and served only within the city; the province's lists keep the cities' tasks apart.
 */
@PortalTest
class CityTaskPagesTest {

    private static final String CHANGCHUN = "220100";
    private static final String DEHUI = "220183";
    private static final String CITY_BUREAU = "长春市人力资源和社会保障局";
    private static final String DEHUI_BUREAU = "长春市德惠市人力资源和社会保障局";
    private static final String JILIN_BUREAU = "吉林市人力资源和社会保障局";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private String officer(String organisation, String role) {
        String username = Fixtures.uniqueUsername("city.task");
        fixtures.account(username, organisation, false, role);
        return username;
    }

    private long measure(String code) {
        return jdbc.queryForObject("select id from plan_measure where code = ?", Long.class, code);
    }

    private String deadline() {
        return LocalDate.now(clock).getYear() + 1 + "-12-31";
    }

    private static MockHttpServletRequestBuilder newTask(String region, Object measure, Object unit, String deadline) {
        return post("/plan/cities/" + region + "/tasks").with(csrf())
                .param("measureId", String.valueOf(measure)).param("organisationId", String.valueOf(unit)).param("deadline", deadline);
    }

    private long taskOf(long unit) {
        return jdbc.queryForObject("select id from responsibility_task where organisation_id = ?", Long.class, unit);
    }

    private long tasks() {
        return jdbc.queryForObject("select count(*) from responsibility_task", Long.class);
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    @Test
    void aCountysUnitReportsUpToTheCityWhichAloneAcceptsIt() throws Exception {
        String city = officer(CITY_BUREAU, "CITY_OFFICER");
        String county = officer(DEHUI_BUREAU, "CITY_OFFICER");
        long unit = fixtures.organisation("德惠市农业农村局", DEHUI, OrganisationKind.LOCAL_DEPARTMENT);
        String unitName = jdbc.queryForObject("select name from organisation where id = ?", String.class, unit);
        String reporter = officer(unitName, "DEPARTMENT_OFFICER");

        mvc.perform(get("/plan/cities/" + CHANGCHUN + "/tasks/new").with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString(unitName)))
                .andExpect(content().string(containsString(DEHUI_BUREAU)))
                .andExpect(content().string(not(containsString(JILIN_BUREAU))));
        mvc.perform(newTask(CHANGCHUN, measure("二(二)1"), unit, deadline()).with(fixtures.as(city)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "city.task.created"));
        long task = taskOf(unit);
        assertThat(jdbc.queryForObject("select plan_region || '/' || region_code from responsibility_task where id = ?", String.class, task))
                .isEqualTo(CHANGCHUN + "/" + DEHUI);
        mvc.perform(get("/plan/cities/" + CHANGCHUN).with(fixtures.as(city)))
                .andExpect(content().string(containsString("/tasks/" + task + "\"")));

        // the unit files its quarter's report
        Quarter quarter = Quarter.of(LocalDate.now(clock));
        mvc.perform(get("/tasks").with(fixtures.as(reporter))).andExpect(content().string(containsString("/tasks/" + task + "\"")));
        mvc.perform(post("/tasks/" + task + "/reports").with(csrf()).with(fixtures.as(reporter))
                        .param("period", quarter.toString()).param("narrative", "本季度组织订单培训一期。").param("taskStatus", "ON_TRACK"))
                .andExpect(status().is3xxRedirection());
        long report = jdbc.queryForObject("select id from progress_report where task_id = ?", Long.class, task);
        mvc.perform(post("/tasks/reports/" + report + "/submit").with(csrf()).with(fixtures.as(reporter))
                .param("version", String.valueOf(version("progress_report", report)))).andExpect(status().is3xxRedirection());

        // the county sees its county's task and report but reviews nothing; the province reviews only its own plan
        mvc.perform(get("/tasks/reports/" + report).with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/tasks/reports/" + report + "/accept"))));
        for (String notTheCity : new String[] {county, "hrss.reviewer"}) {
            mvc.perform(post("/tasks/reports/" + report + "/accept").with(csrf()).with(fixtures.as(notTheCity))
                    .param("version", String.valueOf(version("progress_report", report)))).andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("select state from progress_report where id = ?", String.class, report)).isEqualTo("SUBMITTED");

        // the city's work list and report page offer the review; it accepts
        mvc.perform(get("/").with(fixtures.as(city))).andExpect(content().string(containsString("/tasks/reports/" + report + "\"")));
        mvc.perform(get("/tasks/reports/" + report).with(fixtures.as(city)))
                .andExpect(content().string(containsString("/tasks/reports/" + report + "/accept")));
        mvc.perform(post("/tasks/reports/" + report + "/accept").with(csrf()).with(fixtures.as(city))
                .param("version", String.valueOf(version("progress_report", report)))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select state from progress_report where id = ?", String.class, report)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject("select status from responsibility_task where id = ?", String.class, task)).isEqualTo("ON_TRACK");

        // the city's quarterly paper: its own units, its own name
        byte[] pdf = mvc.perform(get("/tasks/progress.pdf").param("year", String.valueOf(quarter.year()))
                        .param("quarter", String.valueOf(quarter.quarter())).with(fixtures.as(city)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("长春市劳务品牌建设工作进展情况", unitName, "已采纳").doesNotContain("吉林省发展和改革委员会");
        }
    }

    @Test
    void anotherCityACountyOrADepartmentAddsNoTaskAndSeesNone() throws Exception {
        String city = officer(CITY_BUREAU, "CITY_OFFICER");
        long unit = fixtures.organisation("长春市商务局", CHANGCHUN, OrganisationKind.LOCAL_DEPARTMENT);
        mvc.perform(newTask(CHANGCHUN, measure("二(二)3"), unit, deadline()).with(fixtures.as(city))).andExpect(status().is3xxRedirection());
        long task = taskOf(unit);
        long before = tasks();
        String jilin = officer(JILIN_BUREAU, "CITY_OFFICER");
        String county = officer(DEHUI_BUREAU, "CITY_OFFICER");
        for (String outsider : new String[] {jilin, county}) {
            mvc.perform(get("/plan/cities/" + CHANGCHUN + "/tasks/new").with(fixtures.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(newTask(CHANGCHUN, measure("二(二)2"), unit, deadline()).with(fixtures.as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/tasks/" + task).with(fixtures.as(jilin))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task).with(fixtures.as(county))).andExpect(status().isNotFound());
        mvc.perform(get("/tasks/" + task + "/edit").with(fixtures.as(jilin))).andExpect(status().isNotFound());
        mvc.perform(get("/plan/cities/" + CHANGCHUN + "/tasks/new").with(fixtures.as("dept.finance"))).andExpect(status().isForbidden());
        mvc.perform(newTask(CHANGCHUN, measure("二(二)2"), unit, deadline()).with(fixtures.as("dept.finance"))).andExpect(status().isForbidden());
        // a city gives no task in its name to another city's unit nor to a provincial department
        long jilinBureau = fixtures.organisationId(JILIN_BUREAU);
        long finance = fixtures.organisationId("吉林省财政厅");
        for (long foreign : new long[] {jilinBureau, finance}) {
            mvc.perform(newTask(CHANGCHUN, measure("二(二)2"), foreign, deadline()).with(fixtures.as(city))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("请选择本地或所辖县（市、区）的人社局或市县直部门。")));
        }
        assertThat(tasks()).isEqualTo(before);

        // the province follows the city's task in the city's plan, not in its own
        mvc.perform(get("/tasks").with(fixtures.as("hrss.director"))).andExpect(content().string(not(containsString("/tasks/" + task + "\""))));
        mvc.perform(get("/tasks").param("plan", CHANGCHUN).param("size", "200").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("/tasks/" + task + "\"")));
        mvc.perform(get("/plan").with(fixtures.as("hrss.director"))).andExpect(content().string(not(containsString("长春市商务局（测试"))));
        // the city plans its own task; the province may too
        mvc.perform(get("/tasks/" + task + "/edit").with(fixtures.as(city))).andExpect(status().isOk());
    }

    @Test
    void badOrHostileTaskInputIsShownAgainAndStoresNothing() throws Exception {
        String city = officer(CITY_BUREAU, "CITY_OFFICER");
        long unit = fixtures.organisation("长春市文化广播电视和旅游局", CHANGCHUN, OrganisationKind.LOCAL_DEPARTMENT);
        long before = tasks();
        mvc.perform(newTask(CHANGCHUN, "", unit, deadline()).with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(newTask(CHANGCHUN, "abc'; drop table responsibility_task; --", unit, deadline()).with(fixtures.as(city)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(newTask(CHANGCHUN, measure("二(二)1"), unit, "2025-13-45").with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(newTask(CHANGCHUN, measure("二(二)1"), unit, "2099-12-31").with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(newTask(CHANGCHUN, measure("二(二)"), unit, deadline()).with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择方案中的一项措施。")));
        mvc.perform(newTask(CHANGCHUN, measure("二(二)1"), 999_999_999L, deadline()).with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请选择本地或所辖县（市、区）的人社局或市县直部门。")));
        assertThat(tasks()).isEqualTo(before);
        // the same unit twice on one measure
        mvc.perform(newTask(CHANGCHUN, measure("二(二)1"), unit, deadline()).with(fixtures.as(city))).andExpect(status().is3xxRedirection());
        mvc.perform(newTask(CHANGCHUN, measure("二(二)1"), unit, deadline()).with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("该部门已承担此项措施的任务。")));
        assertThat(tasks()).isEqualTo(before + 1);
    }

    @Test
    void aCityMeetingsDecisionAddsATaskAndCannotTouchTheProvinces() throws Exception {
        String city = officer(CITY_BUREAU, "CITY_OFFICER");
        long unit = fixtures.organisation("长春市农业农村局", CHANGCHUN, OrganisationKind.LOCAL_DEPARTMENT);
        mvc.perform(post("/plan/cities/" + CHANGCHUN + "/meetings").with(csrf()).with(fixtures.as(city))
                .param("heldOn", LocalDate.now(clock).toString()).param("title", "长春市劳务品牌工作会议（决定测试）").param("chair", "王立新")
                .param("minutes", "研究分工。").param("version", "0")).andExpect(status().is3xxRedirection());
        long meeting = jdbc.queryForObject("select id from city_meeting where title = '长春市劳务品牌工作会议（决定测试）'", Long.class);
        String page = "/plan/cities/" + CHANGCHUN + "/meetings/" + meeting;
        mvc.perform(get(page).with(fixtures.as(city))).andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"" + page + "/decisions\"")));
        mvc.perform(post(page + "/decisions").with(csrf()).with(fixtures.as(city)).param("kind", "CREATE_TASK")
                        .param("content", "由市农业农村局承担乡村劳务品牌培育。").param("measureId", String.valueOf(measure("二(二)2")))
                        .param("organisationId", String.valueOf(unit)).param("deadline", deadline()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "meeting.decision.recorded.CREATE_TASK"));
        long task = taskOf(unit);
        long decision = jdbc.queryForObject("select decision_id from responsibility_task where id = ?", Long.class, task);
        assertThat(jdbc.queryForObject("select city_meeting_id from meeting_decision where id = ?", Long.class, decision)).isEqualTo(meeting);
        mvc.perform(get(page).with(fixtures.as(city))).andExpect(content().string(containsString("由市农业农村局承担乡村劳务品牌培育。")));
        mvc.perform(get("/tasks/" + task).with(fixtures.as(city))).andExpect(content().string(containsString(page + "\"")));

        // a task of the province's plan is not the city meeting's (the city does not even find it), nor a city's task the
        // leading group's; neither decision is kept
        long provincial = jdbc.queryForObject("select min(id) from responsibility_task where plan_region is null", Long.class);
        long decisions = jdbc.queryForObject("select count(*) from meeting_decision where city_meeting_id = ?", Long.class, meeting);
        long all = jdbc.queryForObject("select count(*) from meeting_decision", Long.class);
        mvc.perform(post(page + "/decisions").with(csrf()).with(fixtures.as(city)).param("kind", "AMEND_TASKS").param("content", "延期。")
                        .param("taskIds", String.valueOf(task), String.valueOf(provincial)).param("deadline", "2030-12-31"))
                .andExpect(status().isNotFound());
        long leadingGroup = jdbc.queryForObject("select min(id) from work_meeting", Long.class);
        mvc.perform(post("/plan/meetings/" + leadingGroup + "/decisions").with(csrf()).with(fixtures.as("hrss.director")).param("kind", "AMEND_TASKS")
                        .param("content", "延期。").param("taskIds", String.valueOf(task), String.valueOf(provincial)).param("deadline", "2030-12-31"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选任务不属于本方案。")));
        assertThat(jdbc.queryForObject("select count(*) from meeting_decision", Long.class)).isEqualTo(all);
        mvc.perform(post(page + "/decisions").with(csrf()).with(fixtures.as(city)).param("kind", "RESOLUTION").param("content", "  "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.queryForObject("select count(*) from meeting_decision where city_meeting_id = ?", Long.class, meeting)).isEqualTo(decisions);
        assertThat(jdbc.queryForObject("select deadline from responsibility_task where id = ?", LocalDate.class, task).getYear())
                .isEqualTo(LocalDate.now(clock).getYear() + 1);
        // another city finds neither the meeting nor its decisions
        String jilin = officer(JILIN_BUREAU, "CITY_OFFICER");
        mvc.perform(get(page).with(fixtures.as(jilin))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/decisions").with(csrf()).with(fixtures.as(jilin)).param("kind", "RESOLUTION").param("content", "越权。"))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePlansDocumentIsKeptAndServedWithinTheCityOnly() throws Exception {
        String city = officer(CITY_BUREAU, "CITY_OFFICER");
        byte[] pdf = pdf();
        mvc.perform(multipart("/plan/cities/" + CHANGCHUN + "/plan-documents").file(new MockMultipartFile("file", "长春市推进落实方案.pdf",
                        "application/pdf", pdf)).with(csrf()).with(fixtures.as(city)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "city.plan.document.saved"));
        long file = jdbc.queryForObject("select max(a.id) from attachment a join city_implementation c on c.id = a.owner_id "
                + "where a.owner_type = 'city_implementation' and c.region_code = ?", Long.class, CHANGCHUN);
        String url = "/plan/cities/" + CHANGCHUN + "/plan-documents/" + file;
        mvc.perform(get("/plan/cities/" + CHANGCHUN).with(fixtures.as(city))).andExpect(content().string(containsString(url)));
        mvc.perform(get(url).with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get(url).with(fixtures.as(officer(JILIN_BUREAU, "CITY_OFFICER")))).andExpect(status().isNotFound());
        mvc.perform(get("/plan/cities/222400/plan-documents/" + file).with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());

        // a program passed off as a PDF, or a plan not yet adopted (吉林市 has its leading group only)
        long stored = jdbc.queryForObject("select count(*) from attachment where owner_type = 'city_implementation'", Long.class);
        mvc.perform(multipart("/plan/cities/" + CHANGCHUN + "/plan-documents").file(new MockMultipartFile("file", "方案.pdf",
                        "application/pdf", "MZ\u0090\u0000这不是PDF".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(fixtures.as(city)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "attachment.wrongType"));
        jdbc.update("insert into city_implementation (region_code, group_leader, group_set_up_on) values ('220600', '组长', date '2023-01-01') "
                + "on conflict (region_code) do nothing");
        jdbc.update("update city_implementation set plan_title = null, plan_adopted_on = null, plan_deadline = null where region_code = '220600'");
        mvc.perform(multipart("/plan/cities/220600/plan-documents").file(new MockMultipartFile("file", "方案.pdf", "application/pdf", pdf))
                        .with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "city.plan.document.noPlan"));
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'city_implementation'", Long.class)).isEqualTo(stored);
    }

    @Test
    void theProvincesTableCountsEachCitysTasksAndTheOverdue() throws Exception {
        String songyuan = "220700";
        long unit = fixtures.organisation("松原市人社测试单位", songyuan, OrganisationKind.LOCAL_DEPARTMENT);
        mvc.perform(newTask(songyuan, measure("二(一)1"), unit, deadline()).with(fixtures.as("hrss.director"))).andExpect(status().is3xxRedirection());
        jdbc.update("update responsibility_task set overdue = true, overdue_since = current_date, overdue_quarter = '2026-2' where organisation_id = ?", unit);
        long count = jdbc.queryForObject("select count(*) from responsibility_task where plan_region = ?", Long.class, songyuan);
        long overdue = jdbc.queryForObject("select count(*) from responsibility_task where plan_region = ? and overdue", Long.class, songyuan);
        mvc.perform(get("/plan/cities").with(fixtures.as("hrss.director"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("任务 " + count + " 项 · 逾期 " + overdue + " 项")))
                .andExpect(content().string(containsString("city-map")));
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
