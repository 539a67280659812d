package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.platform.code.Masking;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The type-ahead fields of the training and base forms (institutions, bases, a course's trainees, certificate
 * issuers): a few matches by name, within the caller's scope, people with their masked ID only; never the whole list.
 */
@PortalTest
class TrainingTypeAheadTest {

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

    private MockHttpServletResponse answer(String user, String url, String q) throws Exception {
        return mvc.perform(get(url).param("q", q).with(fixtures.as(user))).andReturn().getResponse();
    }

    private String options(String user, String url, String q) throws Exception {
        MockHttpServletResponse response = answer(user, url, q);
        assertThat(response.getStatus()).as("%s %s?q=%s", user, url, q).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/json");
        return response.getContentAsString();
    }

    @Test
    void institutionsAndBasesAreFoundByNameWithinTheCallersRegion() throws Exception {
        String tag = "联想" + System.nanoTime() % 1_000_000;
        long changchun = training.institution("changchun.officer", "220102");
        long liaoyuan = training.institution("liaoyuan.officer", "220402");
        long changchunBase = training.base("changchun.officer", changchun, "220102", tag + "基地");
        long liaoyuanBase = training.base("liaoyuan.officer", liaoyuan, "220402", tag + "基地");

        assertThat(options("changchun.officer", "/bases/options", tag)).contains("\"id\":" + changchunBase).doesNotContain("\"id\":" + liaoyuanBase);
        assertThat(options("liaoyuan.officer", "/bases/options", tag)).contains("\"id\":" + liaoyuanBase).doesNotContain("\"id\":" + changchunBase);
        assertThat(options("hrss.reviewer", "/bases/options", tag)).contains("\"id\":" + changchunBase, "\"id\":" + liaoyuanBase);
        assertThat(options("hrss.reviewer", "/bases/options", "")).isEqualTo("[]");
        assertThat(options("hrss.reviewer", "/bases/options", "%")).as("a wildcard is a character").isEqualTo("[]");

        String changchunName = training.institutionName(changchun);
        assertThat(options("changchun.officer", "/bases/institutions/options", changchunName)).contains("\"id\":" + changchun, changchunName);
        assertThat(options("liaoyuan.officer", "/bases/institutions/options", changchunName)).isEqualTo("[]");
        assertThat(options("hrss.reviewer", "/bases/institutions/options", changchunName)).contains("\"id\":" + changchun);
    }

    @Test
    void theRegistrationFormFindsOrganisationsOfTheCallersRegionThatAreNoInstitutionYet() throws Exception {
        String tag = "登记联想" + System.nanoTime() % 1_000_000;
        long changchun = fixtures.organisation(tag + "长春", "220102", cn.jilin.laborbrand.platform.organisation.OrganisationKind.ENTERPRISE);
        long liaoyuan = fixtures.organisation(tag + "辽源", "220402", cn.jilin.laborbrand.platform.organisation.OrganisationKind.ENTERPRISE);
        assertThat(options("changchun.officer", "/bases/institutions/organisations", tag)).contains("\"id\":" + changchun)
                .doesNotContain("\"id\":" + liaoyuan);
        assertThat(options("hrss.director", "/bases/institutions/organisations", tag)).contains("\"id\":" + changchun, "\"id\":" + liaoyuan);
        // the reviewer only looks: registering is not theirs, nor is this list
        assertThat(answer("hrss.reviewer", "/bases/institutions/organisations", tag).getStatus()).isEqualTo(403);
    }

    @Test
    void aCoursesTraineesAreFoundByNameWithTheMaskedIdAndNeverByTheId() throws Exception {
        long course = training.course("changchun.officer", training.institution("changchun.officer", "220102"), "联想学员班");
        String id = residentId("220102");
        String name = "联想学员" + course;
        long trainee = training.trainee("changchun.officer", course, name, id);
        String url = "/training/courses/" + course + "/trainees/options";

        String found = options("changchun.officer", url, name.substring(2));
        assertThat(found).contains("\"id\":" + trainee, name, Masking.residentId(id)).doesNotContain(id, "13912345678");
        assertThat(options("changchun.officer", url, id)).as("a resident ID finds no one here").isEqualTo("[]");
        assertThat(options("changchun.officer", url, id.substring(6, 14))).isEqualTo("[]");
        assertThat(answer("liaoyuan.officer", url, name).getStatus()).as("another city's course is not found").isEqualTo(404);
    }

    @Test
    void anInstitutionNamesOnlyItselfAsIssuerAndACityTheDirectorysIssuingBodies() throws Exception {
        String school = TrainingFixtures.SCHOOL;
        assertThat(options("inst.changchun", "/training/certificates/issuers", "学校")).contains(school);
        assertThat(options("inst.changchun", "/training/certificates/issuers", "人力资源和社会保障局")).isEqualTo("[]");
        assertThat(options("changchun.officer", "/training/certificates/issuers", "长春市人力资源和社会保障局")).contains("长春市人力资源和社会保障局");
        assertThat(options("changchun.officer", "/training/certificates/issuers", "财政厅")).as("a department issues no certificates").isEqualTo("[]");
        assertThat(options("changchun.officer", "/training/certificates/issuers", "")).isEqualTo("[]");
    }
}
