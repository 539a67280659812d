package cn.jilin.laborbrand.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone verifies a certificate by number and holder's name, learning only issuer and date; the checks are rate-limited. */
@PortalTest
class CertificateVerificationTest {

    private static final String BUREAU = "长春市人力资源和社会保障局";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private String number;
    private String holder;
    private String birthDate;

    /** A certificate of this class's own: a course of 长春, one trainee, a certificate issued by the city bureau. */
    @BeforeEach
    void certificate() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        long course = training.course("changchun.officer", training.institution("changchun.officer", "220102"), "查验测试班");
        holder = "查验" + course;
        String residentId = TrainingFixtures.residentId("220102");
        long trainee = training.trainee("changchun.officer", course, holder, residentId);
        number = "VERIFY-" + course;
        training.certificate("changchun.officer", course, trainee, number, fixtures.organisationId(BUREAU));
        birthDate = residentId.substring(6, 10) + "-" + residentId.substring(10, 12) + "-" + residentId.substring(12, 14);
    }

    @Test
    void aGenuineCertificateShowsOnlyIssuerAndDateWithoutSigningIn() throws Exception {
        String page = mvc.perform(get("/public/certificates/verify").param("number", number).param("name", holder)
                        .with(r -> { r.setRemoteAddr("10.1.0.1"); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("证书有效", BUREAU, "2026-05-01").doesNotContain(birthDate, "职业技能等级证书", "6-22-01-01");
    }

    @Test
    void aWrongNameOrNumberIsNotFound() throws Exception {
        String wrongName = mvc.perform(get("/public/certificates/verify").param("number", number).param("name", "不是本人")
                .with(r -> { r.setRemoteAddr("10.1.0.2"); return r; })).andReturn().getResponse().getContentAsString();
        assertThat(wrongName).contains("未查到该证书").doesNotContain("证书有效", BUREAU);
        String wrongNumber = mvc.perform(get("/public/certificates/verify").param("number", number + "X").param("name", holder)
                .with(r -> { r.setRemoteAddr("10.1.0.2"); return r; })).andReturn().getResponse().getContentAsString();
        assertThat(wrongNumber).contains("未查到该证书").doesNotContain("证书有效", BUREAU);
    }

    @Test
    void tooManyChecksFromOneAddressAreRefusedForAWhile() throws Exception {
        int refused = 0;
        for (int i = 0; i < 15; i++) {
            int status = mvc.perform(get("/public/certificates/verify").param("number", "X" + i).param("name", "某人")
                    .with(r -> { r.setRemoteAddr("10.1.0.3"); return r; })).andReturn().getResponse().getStatus();
            if (status == 429) {
                refused++;
            }
        }
        assertThat(refused).isGreaterThanOrEqualTo(4);
        // another address is not affected
        mvc.perform(get("/public/certificates/verify").param("number", "X").param("name", "某人")
                .with(r -> { r.setRemoteAddr("10.1.0.4"); return r; })).andExpect(status().isOk());
    }
}
