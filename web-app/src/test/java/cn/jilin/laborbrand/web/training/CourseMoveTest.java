package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Scope follows the data: trainees and certificates carry their course's owner and region, so a course that has any
 * stays with its institution (else the old institution would keep seeing people who now belong to another).
 */
@PortalTest
class CourseMoveTest {

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

    private MockHttpServletRequestBuilder moveTo(long courseId, long institutionId) {
        Map<String, Object> c = jdbc.queryForMap("select name, version from training_course where id = ?", courseId);
        return post("/training/courses/" + courseId).with(csrf()).with(fixtures.as("changchun.officer"))
                .param("name", (String) c.get("name")).param("occupationCode", "6-22-01-01")
                .param("institutionId", String.valueOf(institutionId)).param("startDate", "2026-03-01")
                .param("endDate", "2026-04-30").param("hours", "200").param("subsidised", "true").param("status", "RUNNING")
                .param("version", String.valueOf(c.get("version")));
    }

    private long institutionOf(long courseId) {
        return jdbc.queryForObject("select institution_id from training_course where id = ?", Long.class, courseId);
    }

    @Test
    void aCourseWithTraineesCannotMoveToAnotherInstitution() throws Exception {
        long course = training.course("changchun.officer", TrainingFixtures.SCHOOL, "汽车装调工迁移测试班");
        training.trainee("changchun.officer", course, "迁移甲", residentId("220102"));

        long other = training.institution("changchun.officer", "220102");
        String page = mvc.perform(moveTo(course, other)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("本培训班已登记学员或证书，不能改由其他机构举办");
        assertThat(institutionOf(course)).isEqualTo(training.institutionId(TrainingFixtures.SCHOOL));
        assertThat(jdbc.queryForObject("select count(*) from training_course c join trainee t on t.course_id = c.id "
                + "where c.id = ? and t.organisation_id <> c.organisation_id", Long.class, course)).isZero();
        // the institution that runs it still sees the course and its roster, and the other one does not
        mvc.perform(get("/training/courses/" + course).with(fixtures.as("inst.changchun"))).andExpect(status().isOk());
    }

    @Test
    void anEmptyCourseMayMoveAndThenBelongsToItsNewInstitution() throws Exception {
        long course = training.course("changchun.officer", TrainingFixtures.SCHOOL, "汽车装调工空班迁移");

        long other = training.institution("changchun.officer", "220102");
        mvc.perform(moveTo(course, other)).andExpect(status().is3xxRedirection());

        assertThat(institutionOf(course)).isEqualTo(other);
        mvc.perform(get("/training/courses/" + course).with(fixtures.as("inst.changchun"))).andExpect(status().isNotFound());
    }
}
