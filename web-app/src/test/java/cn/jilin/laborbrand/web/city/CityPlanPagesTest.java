package cn.jilin.laborbrand.web.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 三(一) in the cities through the pages: a prefecture's officer records and corrects its leading group, plan and
 * meetings (audited, a stale version refused); another prefecture, a county or the province is not found; bad or hostile
 * input is shown again with a Chinese message and stores nothing; the province sees every unit's state and the n / 9
 * count; a department cannot edit; the work list asks a city without plan for one. Each test uses a unit of its own.
 */
@PortalTest
class CityPlanPagesTest {

    private static final String CHANGCHUN = "220100";
    private static final String LIAOYUAN = "220400";
    private static final String TONGHUA = "220500";
    private static final String BAISHAN = "220600";
    private static final String YANBIAN = "222400";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private static MockHttpServletRequestBuilder plan(String regionCode, String version, String title, String adoptedOn, String deadline) {
        return post("/plan/cities/" + regionCode).with(csrf())
                .param("groupLeader", "赵志远").param("groupLeaderPost", "副市长").param("groupMembers", "市人社局、市财政局")
                .param("groupSetUpOn", "2023-02-01")
                .param("planTitle", title).param("planNumber", "人社发〔2023〕7号").param("planAdoptedOn", adoptedOn)
                .param("planDeadline", deadline).param("note", "页面测试").param("version", version);
    }

    private static MockHttpServletRequestBuilder meeting(String regionCode, String heldOn, String title) {
        return post("/plan/cities/" + regionCode + "/meetings").with(csrf())
                .param("heldOn", heldOn).param("title", title).param("chair", "赵志远").param("minutes", "研究本地品牌培育计划。").param("version", "0");
    }

    private long version(String regionCode) {
        return jdbc.queryForObject("select version from city_implementation where region_code = ?", Long.class, regionCode);
    }

    private long rows(String regionCode) {
        return jdbc.queryForObject("select count(*) from city_implementation where region_code = ?", Long.class, regionCode)
                + jdbc.queryForObject("select count(*) from city_meeting where region_code = ?", Long.class, regionCode);
    }

    private long audited(String action, String like) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and detail like ?", Long.class, action, like);
    }

    private String cityOfficer(String bureau) {
        String username = Fixtures.uniqueUsername("city.plan");
        fixtures.account(username, bureau, false, "CITY_OFFICER");
        return username;
    }

    @Test
    void aCityOfficerRecordsAndEditsItsOwnPlanAuditedAndAStaleVersionIsRefused() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        mvc.perform(get("/plan/cities/" + CHANGCHUN).with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"planTitle\"")));
        long shown = version(CHANGCHUN);
        long edits = audited("city-plan.edit", "%长春市劳务品牌推进落实方案（页面测试）%");
        mvc.perform(plan(CHANGCHUN, String.valueOf(shown), "长春市劳务品牌推进落实方案（页面测试）", "2023-03-01", "2026-12-31").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "city.saved"));
        assertThat(jdbc.queryForObject("select plan_title from city_implementation where region_code = ?", String.class, CHANGCHUN))
                .isEqualTo("长春市劳务品牌推进落实方案（页面测试）");
        assertThat(audited("city-plan.edit", "%长春市劳务品牌推进落实方案（页面测试）%")).isEqualTo(edits + 1);

        // the page shown before the change carries the old version: refused, nothing overwritten
        mvc.perform(plan(CHANGCHUN, String.valueOf(shown), "过期页面的方案", "2023-03-01", "2026-12-31").with(fixtures.as(officer)))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForObject("select plan_title from city_implementation where region_code = ?", String.class, CHANGCHUN))
                .isEqualTo("长春市劳务品牌推进落实方案（页面测试）");

        long meetings = jdbc.queryForObject("select count(*) from city_meeting where region_code = ?", Long.class, CHANGCHUN);
        mvc.perform(meeting(CHANGCHUN, "2025-06-18", "长春市劳务品牌工作会议（页面测试）").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess", "city.meeting.recorded"));
        assertThat(jdbc.queryForObject("select count(*) from city_meeting where region_code = ?", Long.class, CHANGCHUN)).isEqualTo(meetings + 1);
        assertThat(audited("city-meeting.create", "%长春市劳务品牌工作会议（页面测试）%")).isEqualTo(1);
        long id = jdbc.queryForObject("select id from city_meeting where title = '长春市劳务品牌工作会议（页面测试）'", Long.class);
        mvc.perform(get("/plan/cities/" + CHANGCHUN + "/meetings/" + id + "/edit").with(fixtures.as(officer))).andExpect(status().isOk());
        mvc.perform(post("/plan/cities/" + CHANGCHUN + "/meetings/" + id).with(csrf()).with(fixtures.as(officer))
                        .param("heldOn", "2025-06-19").param("title", "长春市劳务品牌工作会议（更正）").param("chair", "赵志远")
                        .param("minutes", "更正后的纪要。").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/plan/cities/" + CHANGCHUN).with(fixtures.as(officer)))
                .andExpect(content().string(containsString("长春市劳务品牌工作会议（更正）")))
                .andExpect(content().string(containsString("2025-06-19")));
        assertThat(audited("city-meeting.edit", "%长春市劳务品牌工作会议（更正）%")).isEqualTo(1);
    }

    @Test
    void anotherPrefectureACountyOrTheProvinceIsNotFound() throws Exception {
        String officer = cityOfficer("长春市人力资源和社会保障局");
        long before = rows(YANBIAN);
        mvc.perform(get("/plan/cities/" + YANBIAN).with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(plan(YANBIAN, "", "越权方案", "2023-03-01", "2026-12-31").with(fixtures.as(officer))).andExpect(status().isNotFound());
        mvc.perform(meeting(YANBIAN, "2025-06-18", "越权会议").with(fixtures.as(officer))).andExpect(status().isNotFound());
        long yanbianMeeting = jdbc.queryForObject("select min(id) from city_meeting where region_code = ?", Long.class, YANBIAN);
        mvc.perform(get("/plan/cities/" + CHANGCHUN + "/meetings/" + yanbianMeeting + "/edit").with(fixtures.as(officer)))
                .andExpect(status().isNotFound());
        assertThat(rows(YANBIAN)).isEqualTo(before);
        mvc.perform(get("/plan/cities").with(fixtures.as(officer)))
                .andExpect(content().string(containsString("data-region=\"" + CHANGCHUN + "\"")))
                .andExpect(content().string(not(containsString("data-region=\"" + YANBIAN + "\""))));

        // only prefecture-level units have a record: a county of one's own city, the province, an unknown code
        for (String code : new String[] {"220102", "220000", "999999", "abc"}) {
            mvc.perform(get("/plan/cities/" + code).with(fixtures.as(officer))).andExpect(status().isNotFound());
            mvc.perform(get("/plan/cities/" + code).with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
            mvc.perform(plan(code, "", "县级方案", "2023-03-01", "2026-12-31").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.queryForObject("select count(*) from city_implementation where region_code in ('220102', '220000')", Long.class)).isZero();
    }

    @Test
    void aCountyOfficerIsToldWhereItsCitysPlanTasksAreInsteadOfAnEmptyPage() throws Exception {
        String county = cityOfficer("长春市德惠市人力资源和社会保障局");
        mvc.perform(get("/plan/cities").with(fixtures.as(county))).andExpect(status().isOk())
                .andExpect(content().string(containsString("县（市、区）承担的是所在市（州）方案中的任务")))
                .andExpect(content().string(containsString("href=\"/tasks\"")))
                .andExpect(content().string(not(containsString("data-region="))));
        mvc.perform(get("/plan/cities").with(fixtures.as(cityOfficer("长春市人力资源和社会保障局")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-region=\"" + CHANGCHUN + "\"")))
                .andExpect(content().string(not(containsString("县（市、区）承担的是所在市（州）方案中的任务"))));
    }

    @Test
    void badOrHostileInputIsShownAgainWithAChineseMessageAndStoresNothing() throws Exception {
        long before = rows(BAISHAN);
        String director = "hrss.director";
        mvc.perform(plan(BAISHAN, "", "  ", "2023-03-01", "2026-12-31").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("登记推进落实方案须填写方案名称")))
                .andExpect(content().string(containsString("value=\"人社发〔2023〕7号\"")));
        mvc.perform(plan(BAISHAN, "", "白山市方案", "2099-01-01", "2099-12-31").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(plan(BAISHAN, "", "白山市方案", "2023-03-01", "2023-01-01").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("完成时限不能早于印发日期")));
        mvc.perform(plan(BAISHAN, "", "方".repeat(201), "2023-03-01", "2026-12-31").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("长度不能超过 200 个字符")));
        mvc.perform(plan(BAISHAN, "abc", "白山市方案", "2023-03-01", "2026-12-31").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("请输入整数")));
        mvc.perform(plan(BAISHAN, "", "白山市方案", "2023-13-45", "2026-12-31").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("日期格式应为")))
                .andExpect(content().string(containsString("value=\"2023-13-45\"")));
        mvc.perform(post("/plan/cities/" + BAISHAN).with(csrf()).with(fixtures.as(director))
                        .param("groupLeader", "<script>alert(1)</script>").param("version", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("登记领导小组须填写成立日期")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(meeting(BAISHAN, "2099-01-01", "未来的会议").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天")));
        mvc.perform(meeting(BAISHAN, "2025-01-01", " ").with(fixtures.as(director))).andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")));
        mvc.perform(post("/plan/cities/" + BAISHAN + "/meetings").with(csrf()).with(fixtures.as(director)).param("heldOn", "2025-01-01")
                        .param("title", "<script>x</script>").param("chair", "主持人").param("minutes", " ").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("&lt;script&gt;x&lt;/script&gt;")));
        // a version sent while the unit has no record is a page of a record that does not exist: refused
        mvc.perform(plan(BAISHAN, "3", "白山市方案", "2023-03-01", "2026-12-31").with(fixtures.as(director))).andExpect(status().isConflict());
        assertThat(rows(BAISHAN)).isEqualTo(before);
    }

    @Test
    void theProvinceSeesEveryUnitsStateTheCountOfNineAndTheTwoUnitsBeside() throws Exception {
        mvc.perform(post("/plan/cities/" + LIAOYUAN).with(csrf()).with(fixtures.as("hrss.director"))
                        .param("groupLeader", "孙立平").param("groupSetUpOn", "2023-05-06").param("version", ""))
                .andExpect(status().is3xxRedirection());
        long adopted = jdbc.queryForObject("select count(*) from city_implementation c join region r on r.code = c.region_code "
                + "where r.city and c.plan_adopted_on is not null", Long.class);
        String page = mvc.perform(get("/plan/cities").with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(adopted + " / 9 个市（州）已制定推进落实方案");
        assertThat(page).containsPattern("data-region=\"" + LIAOYUAN + "\"(?s:(?!</tr>).)*已建立领导小组");
        assertThat(page).containsPattern("data-region=\"" + BAISHAN + "\"(?s:(?!</tr>).)*(未建立)");
        String others = page.substring(page.indexOf("长白山管委会、梅河口市</h2>"));
        assertThat(others).contains("长白山");
        assertThat(others).contains("梅河口");
        assertThat(page.substring(page.indexOf("id=\"cities-title\""), page.indexOf("id=\"others-title\""))).doesNotContain("梅河口");
        assertThat(page).doesNotContain("name=\"planTitle\"");
        assertThat(Pattern.compile("class=\"city-tile ").matcher(page).results().count()).isEqualTo(11);
    }

    @Test
    void aDepartmentCannotEditAndAReviewerOnlyReads() throws Exception {
        String department = Fixtures.uniqueUsername("city.plan.department");
        fixtures.account(department, "吉林省财政厅", false, "DEPARTMENT_OFFICER");
        long before = version(CHANGCHUN);
        mvc.perform(plan(CHANGCHUN, String.valueOf(before), "部门改写", "2023-03-01", "2026-12-31").with(fixtures.as(department)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plan/cities").with(fixtures.as(department))).andExpect(status().isForbidden());
        mvc.perform(plan(CHANGCHUN, String.valueOf(before), "审核人改写", "2023-03-01", "2026-12-31").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plan/cities/" + CHANGCHUN).with(fixtures.as("hrss.reviewer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"planTitle\""))));
        assertThat(version(CHANGCHUN)).isEqualTo(before);
    }

    @Test
    void theWorkListAsksACityWithoutPlanForOneUntilItIsAdopted() throws Exception {
        String officer = cityOfficer("通化市人力资源和社会保障局");
        mvc.perform(get("/").with(fixtures.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("通化市尚未登记劳务品牌建设推进落实方案")))
                .andExpect(content().string(containsString("/plan/cities/" + TONGHUA)));
        // a leading group alone is not yet a plan
        mvc.perform(post("/plan/cities/" + TONGHUA).with(csrf()).with(fixtures.as(officer))
                .param("groupLeader", "周海").param("groupSetUpOn", "2023-04-01").param("version", "")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(fixtures.as(officer))).andExpect(content().string(containsString("通化市尚未登记劳务品牌建设推进落实方案")));
        mvc.perform(plan(TONGHUA, String.valueOf(version(TONGHUA)), "通化市劳务品牌建设推进落实方案", "2023-06-01", "2025-12-31").with(fixtures.as(officer)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/").with(fixtures.as(officer)))
                .andExpect(content().string(not(containsString("尚未登记劳务品牌建设推进落实方案"))));
        assertThat(audited("city-plan.create", TONGHUA + "%")).isEqualTo(1);
    }
}
