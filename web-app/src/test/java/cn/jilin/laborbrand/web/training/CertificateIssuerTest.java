package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The issuer of a certificate is an organisation of the directory, never free text: an institution records under its
 * own name only, an HRSS officer names an issuing body of the directory, and the public verification shows the
 * directory's name (a label recorded before the directory is shown as such).
 */
@PortalTest
class CertificateIssuerTest {

    private static final String CHANGCHUN_BUREAU = "长春市人力资源和社会保障局";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private long course;
    private long trainee;
    private String holder;

    @BeforeEach
    void courseWithATrainee() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        course = training.course("changchun.officer", TrainingFixtures.SCHOOL, "发证机构测试班");
        holder = "发证" + (course % 1000);
        trainee = training.trainee("changchun.officer", course, holder, residentId("220102"));
    }

    private MvcResult record(String user, String number, Object issuerId) throws Exception {
        return mvc.perform(post("/training/courses/" + course + "/certificates").with(csrf()).with(fixtures.as(user))
                .param("traineeId", String.valueOf(trainee)).param("kind", "SKILL_LEVEL").param("number", number)
                .param("occupationCode", "6-22-01-01").param("level", "4").param("issueDate", "2026-05-01")
                .param("issuerId", String.valueOf(issuerId)).param("issuer", "随便写的发证机构")).andReturn();
    }

    private Long issuerOf(String number) {
        return jdbc.query("select issuer_id from certificate where number = ?", rs -> rs.next() ? rs.getLong(1) : null, number);
    }

    private String verify(String number, String name, String address) throws Exception {
        return mvc.perform(get("/public/certificates/verify").param("number", number).param("name", name)
                .with(r -> { r.setRemoteAddr(address); return r; })).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anInstitutionCannotNameAnotherIssuer() throws Exception {
        String number = "ISS-I-" + course;
        String refused = record("inst.changchun", number, fixtures.organisationId(CHANGCHUN_BUREAU)).getResponse().getContentAsString();

        assertThat(refused).contains("培训机构只能以本机构名义登记证书");
        assertThat(issuerOf(number)).isNull();

        long own = fixtures.organisationId(TrainingFixtures.SCHOOL);
        assertThat(record("inst.changchun", number, own).getResponse().getRedirectedUrl()).startsWith("/training/courses/" + course);
        assertThat(issuerOf(number)).isEqualTo(own);
    }

    @Test
    void anHrssOfficerNamesAnIssuingBodyOfTheDirectoryButNotAnyOrganisation() throws Exception {
        String number = "ISS-C-" + course;
        String refused = record("changchun.officer", number, fixtures.organisationId("吉林省财政厅")).getResponse().getContentAsString();
        assertThat(refused).contains("请从机构目录中选择发证单位");
        assertThat(record("changchun.officer", number, 999_999_999L).getResponse().getContentAsString()).contains("请从机构目录中选择发证单位");
        assertThat(issuerOf(number)).isNull();

        record("changchun.officer", number, fixtures.organisationId(CHANGCHUN_BUREAU));
        assertThat(issuerOf(number)).isEqualTo(fixtures.organisationId(CHANGCHUN_BUREAU));
    }

    @Test
    void thePublicVerificationShowsTheDirectoryNameAndFlagsALegacyLabel() throws Exception {
        String number = "ISS-V-" + course;
        record("changchun.officer", number, fixtures.organisationId(CHANGCHUN_BUREAU));

        assertThat(verify(number, holder, "10.8.0.1")).contains("证书有效", CHANGCHUN_BUREAU).doesNotContain("随便写的发证机构", "未经目录核对");

        // a certificate recorded before issuers came from the directory, as V16_3 leaves it: the text is shown as a label
        String legacy = "ISS-L-" + course;
        jdbc.update("insert into certificate (number, legacy_issuer, trainee_id, course_id, organisation_id, region_code, holder_name, kind, "
                + "occupation_code, level, issue_date) select ?, '某县职业技能鉴定站', t.id, t.course_id, t.organisation_id, t.region_code, t.name, "
                + "'SKILL_LEVEL', '6-22-01-01', 3, date '2024-06-01' from trainee t where t.id = ?", legacy, trainee);
        assertThat(verify(legacy, holder, "10.8.0.2")).contains("证书有效", "某县职业技能鉴定站", "未经目录核对");
    }
}
