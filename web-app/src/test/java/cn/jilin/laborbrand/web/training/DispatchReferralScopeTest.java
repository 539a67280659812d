package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A dispatch or referral of a city may include people of other regions (the province records them); a city officer
 * viewing it sees the names of the people within their own scope only, and cannot record an outcome for the others.
 */
@PortalTest
class DispatchReferralScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private String changchunName;
    private String liaoyuanName;
    private String changchunId;
    private String liaoyuanId;

    @BeforeEach
    void traineesOfTwoCities() throws Exception {
        TrainingFixtures training = new TrainingFixtures(mvc, fixtures, jdbc);
        long changchun = training.course("inst.changchun", TrainingFixtures.SCHOOL, "长春输出班");
        long liaoyuan = training.course("liaoyuan.officer", training.institution("liaoyuan.officer", "220402"), "辽源输出班");
        changchunName = "长春学员" + changchun;
        liaoyuanName = "辽源学员" + liaoyuan;
        changchunId = residentId("220102");
        liaoyuanId = residentId("220402");
        training.trainee("inst.changchun", changchun, changchunName, changchunId);
        training.trainee("liaoyuan.officer", liaoyuan, liaoyuanName, liaoyuanId);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCityOfficerViewingADispatchSeesOnlyThePeopleOfTheirOwnScope() throws Exception {
        String location = mvc.perform(post("/training/dispatches").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("organiserKind", "BUREAU").param("organiserName", "省人社厅").param("regionCode", "220100")
                        .param("destinationOutside", "广东省佛山市").param("employer", "佛山某电器厂").param("startDate", "2026-06-01")
                        .param("residentIds", changchunId + "\n" + liaoyuanId))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(page("hrss.director", location)).contains(changchunName, liaoyuanName);
        String city = page("changchun.officer", location);
        assertThat(city).contains(changchunName, "另有 1 人不在您的数据范围内").doesNotContain(liaoyuanName);
        assertThat(page("changchun.officer", "/training/dispatches?size=200")).doesNotContain(liaoyuanName);
    }

    @Test
    void aCityOfficerViewingAReferralSeesOnlyThePeopleOfTheirOwnScopeAndCannotRecordTheOthersOutcome() throws Exception {
        String location = mvc.perform(post("/training/referrals").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("regionCode", "220100").param("vacancy", "汽车装调工").param("employer", "长春某汽车厂")
                        .param("referredOn", "2026-06-02").param("residentIds", changchunId + "\n" + liaoyuanId))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page("hrss.director", location)).contains(changchunName, liaoyuanName);
        assertThat(page("changchun.officer", location)).contains(changchunName, "另有 1 人不在您的数据范围内").doesNotContain(liaoyuanName);

        long outsider = jdbc.queryForObject("select t.id from trainee t join job_referral_trainee r on r.trainee_id = t.id "
                + "where r.referral_id = ? and t.region_code like '2204%'", Long.class, id);
        long version = jdbc.queryForObject("select version from job_referral where id = ?", Long.class, id);
        mvc.perform(post(location + "/outcome").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("version", String.valueOf(version)).param("traineeId", String.valueOf(outsider)).param("outcome", "HIRED"))
                .andExpect(flash().attribute("flashError", "referral.trainee.unknown"));
        assertThat(jdbc.queryForObject("select outcome from job_referral_trainee where referral_id = ? and trainee_id = ?", String.class,
                id, outsider)).isEqualTo("REFERRED");
    }
}
