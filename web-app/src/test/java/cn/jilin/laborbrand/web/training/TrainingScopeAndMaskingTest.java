package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.Workbooks;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An institution sees only its own courses, trainees and certificates; a city only its region's; resident IDs are
 * masked on every page and export, and shown in full only to a holder of trainee:pii:reveal, each time audited.
 */
@PortalTest
class TrainingScopeAndMaskingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private TrainingFixtures training;

    @BeforeEach
    void fixtures() {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getContentAsString();
    }

    private String sheetText(String user, String path) throws Exception {
        byte[] bytes = mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        return Workbooks.text(bytes);
    }

    @Test
    void anInstitutionSeesOnlyItsOwnCoursesAndCertificatesByUrlInListsAndExports() throws Exception {
        String tag = "机构范围" + System.nanoTime() % 1_000_000;
        long own = training.course("inst.changchun", TrainingFixtures.SCHOOL, tag + "本机构班");
        long ownTrainee = training.trainee("inst.changchun", own, "本机构学员", residentId("220102"));
        String ownNumber = "SCOPE-OWN-" + own;
        training.certificate("inst.changchun", own, ownTrainee, ownNumber, training.organisationOf(TrainingFixtures.SCHOOL));
        long liaoyuanInstitution = training.institution("liaoyuan.officer", "220402");
        long liaoyuan = training.course("liaoyuan.officer", liaoyuanInstitution, tag + "辽源班");
        long liaoyuanTrainee = training.trainee("liaoyuan.officer", liaoyuan, "辽源学员", residentId("220402"));
        String otherNumber = "SCOPE-OTHER-" + liaoyuan;
        training.certificate("liaoyuan.officer", liaoyuan, liaoyuanTrainee, otherNumber, fixtures.organisationId("辽源市人力资源和社会保障局"));
        String ownName = courseName(own);
        String name = courseName(liaoyuan);

        mvc.perform(get("/training/courses/" + liaoyuan).with(fixtures.as("inst.changchun"))).andExpect(status().isNotFound());
        mvc.perform(get("/training/courses/" + liaoyuan + "/roster/export").with(fixtures.as("inst.changchun"))).andExpect(status().isNotFound());
        assertThat(page("inst.changchun", "/training/courses?size=200&q=" + tag)).doesNotContain(name).contains(ownName);
        assertThat(sheetText("inst.changchun", "/training/courses/export")).doesNotContain(name).contains(ownName);
        assertThat(page("inst.changchun", "/training/certificates?size=200&q=SCOPE-")).contains(ownNumber).doesNotContain(otherNumber);
        assertThat(page("liaoyuan.officer", "/training/certificates?size=200&q=SCOPE-")).contains(otherNumber).doesNotContain(ownNumber);
        // and cannot open a course for another institution
        String refusedName = "越权班" + liaoyuan;
        mvc.perform(post("/training/courses").with(csrf()).with(fixtures.as("inst.changchun")).param("name", refusedName)
                        .param("occupationCode", "6-22-01-01").param("institutionId", String.valueOf(liaoyuanInstitution))
                        .param("startDate", "2026-03-01").param("endDate", "2026-04-01").param("hours", "10").param("status", "PLANNED"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from training_course where name = ?", Long.class, refusedName)).isZero();
    }

    @Test
    void aCityOfficerCannotSeeAnotherCitysCoursesTraineesOrBases() throws Exception {
        String tag = "城市范围" + System.nanoTime() % 1_000_000;
        long changchunInstitution = training.institution("changchun.officer", "220102");
        long changchun = training.course("changchun.officer", changchunInstitution, tag + "长春班");
        long trainee = training.trainee("changchun.officer", changchun, "长春学员", residentId("220102"));
        long liaoyuanInstitution = training.institution("liaoyuan.officer", "220402");
        long liaoyuan = training.course("liaoyuan.officer", liaoyuanInstitution, tag + "辽源班");
        mvc.perform(get("/training/courses/" + changchun).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/training/courses/" + changchun + "/trainees/" + trainee + "/edit").with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/training/courses/" + changchun + "/trainees/" + trainee + "/reveal").with(csrf()).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isNotFound());
        long changchunBase = training.base("changchun.officer", changchunInstitution, "220102", tag + "基地");
        long liaoyuanBase = training.base("liaoyuan.officer", liaoyuanInstitution, "220402", tag + "基地");
        String changchunBaseName = training.baseName(changchunBase);
        String liaoyuanBaseName = training.baseName(liaoyuanBase);
        mvc.perform(get("/bases/" + changchunBase).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        assertThat(page("liaoyuan.officer", "/bases?size=200&q=" + tag)).doesNotContain(changchunBaseName).contains(liaoyuanBaseName);
        assertThat(sheetText("liaoyuan.officer", "/bases/export?q=" + tag)).doesNotContain(changchunBaseName).contains(liaoyuanBaseName);
        assertThat(page("liaoyuan.officer", "/training/courses?size=200&q=" + tag)).doesNotContain(courseName(changchun)).contains(courseName(liaoyuan));
        // the province sees both
        assertThat(page("hrss.director", "/training/courses?size=200&q=" + tag)).contains(courseName(changchun), courseName(liaoyuan));
        assertThat(page("hrss.director", "/bases?size=200&q=" + tag)).contains(changchunBaseName, liaoyuanBaseName);
    }

    private String courseName(long course) {
        return jdbc.queryForObject("select name from training_course where id = ?", String.class, course);
    }

    @Test
    void noFullResidentIdAppearsOnAPageOrInAnExportWithoutThePermission() throws Exception {
        long course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "脱敏测试班");
        String id = residentId("220102");
        training.trainee("inst.changchun", course, "脱敏学员", id);
        for (String user : new String[]{"inst.changchun", "changchun.officer", "hrss.director", "hrss.reviewer"}) {
            String detail = page(user, "/training/courses/" + course);
            assertThat(detail).as(user).contains(Masking.residentId(id), "139****5678").doesNotContain(id, "13912345678");
            assertThat(sheetText(user, "/training/courses/" + course + "/roster/export")).as(user).contains(Masking.residentId(id)).doesNotContain(id);
        }
        // a full ID in the name filter is not searched: the roster comes back without it (RevealClassLookupTest has the rest)
        assertThat(mvc.perform(get("/training/courses/" + course).param("q", id).with(fixtures.as("inst.changchun")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
        long trainee = jdbc.queryForObject("select id from trainee where course_id = ?", Long.class, course);
        assertThat(page("inst.changchun", "/training/courses/" + course + "/trainees/" + trainee + "/edit")).doesNotContain(id);
        assertThat(page("inst.changchun", "/training/courses/" + course)).doesNotContain("查看完整号码");
        mvc.perform(post("/training/courses/" + course + "/trainees/" + trainee + "/reveal").with(csrf()).with(fixtures.as("inst.changchun")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'trainee.pii.reveal' and object_id = ?", Long.class,
                String.valueOf(trainee))).isZero();
    }

    @Test
    void aRevealShowsTheFullIdOnceAndIsAudited() throws Exception {
        long course = training.course("changchun.officer", TrainingFixtures.SCHOOL, "查看测试班");
        String id = residentId("220104");
        long trainee = training.trainee("changchun.officer", course, "查看学员", id);
        var response = mvc.perform(post("/training/courses/" + course + "/trainees/" + trainee + "/reveal").with(csrf())
                .with(fixtures.as("changchun.officer"))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains(id, "已记入审计日志");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'trainee.pii.reveal' and object_id = ? and username = 'changchun.officer'",
                Long.class, String.valueOf(trainee))).isEqualTo(1);
        // a reveal is a POST: a link cannot trigger it
        mvc.perform(get("/training/courses/" + course + "/trainees/" + trainee + "/reveal").with(fixtures.as("changchun.officer")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theSamePersonCannotBeAddedTwiceToACourseAndTheFormKeepsTheInput() throws Exception {
        long course = training.course("inst.changchun", TrainingFixtures.SCHOOL, "重复测试班");
        String id = residentId("220102");
        training.trainee("inst.changchun", course, "第一次", id);
        String again = mvc.perform(post("/training/courses/" + course + "/trainees").with(csrf()).with(fixtures.as("inst.changchun"))
                .param("name", "第二次").param("residentId", id).param("version", "0")).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("此人已在本班名册中", "value=\"第二次\"");
        String bad = mvc.perform(post("/training/courses/" + course + "/trainees").with(csrf()).with(fixtures.as("inst.changchun"))
                .param("name", "错号").param("residentId", TrainingFixtures.withBadCheckCharacter(residentId("220102"))).param("version", "0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("校验位不正确", "value=\"错号\"");
        assertThat(training.trainees(course)).isEqualTo(1);
    }
}
