package cn.jilin.laborbrand.web.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.PortalTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone verifies a certificate by number and holder's name, learning only issuer and date; the checks are rate-limited. */
@PortalTest
class CertificateVerificationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aGenuineCertificateShowsOnlyIssuerAndDateWithoutSigningIn() throws Exception {
        Map<String, Object> cert = jdbc.queryForMap("select c.number, c.holder_name, o.name as issuer, c.issue_date, t.birth_date from certificate c "
                + "join trainee t on t.id = c.trainee_id join organisation o on o.id = c.issuer_id where c.number = 'JL2025QC00001'");
        String page = mvc.perform(get("/public/certificates/verify").param("number", "JL2025QC00001")
                        .param("name", (String) cert.get("holder_name")).with(r -> { r.setRemoteAddr("10.1.0.1"); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("证书有效", (String) cert.get("issuer"), cert.get("issue_date").toString())
                .doesNotContain(cert.get("birth_date").toString(), "职业技能等级证书", "6-22-01-01");
    }

    @Test
    void aWrongNameOrNumberIsNotFound() throws Exception {
        String page = mvc.perform(get("/public/certificates/verify").param("number", "JL2025QC00001").param("name", "不是本人")
                .with(r -> { r.setRemoteAddr("10.1.0.2"); return r; })).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未查到该证书").doesNotContain("证书有效");
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
