package cn.jilin.laborbrand.web.training;

import static cn.jilin.laborbrand.web.training.TrainingFixtures.residentId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Certificates imported like rosters (all or nothing); dispatches and referrals of a city's own trainees. */
@PortalTest
class CertificateImportAndEmploymentTest {

    private static final String BUREAU = "长春市人力资源和社会保障局";
    private static final List<String> HEADERS = List.of("证书编号", "公民身份号码", "证书类型", "职业编码", "等级", "发证日期", "发证机构");

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private TrainingFixtures training;
    private long course;
    private String first;
    private String second;

    @BeforeEach
    void courseWithTwoTrainees() throws Exception {
        training = new TrainingFixtures(mvc, fixtures, jdbc);
        course = training.course("changchun.officer", TrainingFixtures.SCHOOL, "证书测试班");
        first = residentId("220102");
        second = residentId("220104");
        training.trainee("changchun.officer", course, "证书甲", first);
        training.trainee("changchun.officer", course, "证书乙", second);
    }

    private MvcResult importCertificates(byte[] file) throws Exception {
        return mvc.perform(multipart("/training/courses/" + course + "/certificates/import")
                .file(new MockMultipartFile("file", "证书.xlsx", "application/octet-stream", file)).with(csrf()).with(fixtures.as("changchun.officer")))
                .andReturn();
    }

    private long certificates() {
        return jdbc.queryForObject("select count(*) from certificate where course_id = ?", Long.class, course);
    }

    @Test
    void aValidCertificateFileStoresEveryCertificateForItsTrainee() throws Exception {
        String prefix = "T" + course + "-";
        MvcResult result = importCertificates(TrainingFixtures.xlsx(HEADERS, List.of(
                List.of(prefix + "1", first, "职业技能等级证书", "6-22-01-01", "4", "2026-05-01", "长春市人力资源和社会保障局"),
                List.of(prefix + "2", second, "专项职业能力证书", "6-22-01-01", "", "2026-05-02", TrainingFixtures.SCHOOL))));
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/training/courses/" + course);
        assertThat(certificates()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select holder_name || '/' || level from certificate where number = ?", String.class, prefix + "1"))
                .isEqualTo("证书甲/4");
        assertThat(jdbc.queryForObject("select o.name from certificate c join organisation o on o.id = c.issuer_id where c.number = ?",
                String.class, prefix + "2")).isEqualTo(TrainingFixtures.SCHOOL);
    }

    @Test
    void aCertificateOfSomeoneNotOnTheCourseOrAWrongLevelRejectsTheFile() throws Exception {
        String prefix = "R" + course + "-";
        MvcResult result = importCertificates(TrainingFixtures.xlsx(HEADERS, List.of(
                List.of(prefix + "1", first, "职业技能等级证书", "6-22-01-01", "4", "2026-05-01", BUREAU),
                List.of(prefix + "2", residentId("220102"), "职业资格证书", "6-22-01-01", "", "2026-05-01", BUREAU),
                List.of(prefix + "3", second, "职业技能等级证书", "6-22-01-01", "7", "2026-05-01", BUREAU),
                List.of(prefix + "1", second, "专项职业能力证书", "6-22-01-01", "", "2026-05-01", BUREAU),
                List.of(prefix + "4", second, "专项职业能力证书", "6-22-01-01", "", "2026-05-01", "某鉴定中心"))));
        assertThat(result.getResponse().getContentAsString()).contains("导入未通过", "此身份证号不是本班学员", "须填写 1-5 级",
                "与第 2 行证书编号重复", "发证机构不在机构目录中");
        assertThat(certificates()).isZero();
    }

    @Test
    void aCityRecordsADispatchAndAReferralOfItsOwnTraineesOnly() throws Exception {
        MvcResult dispatch = mvc.perform(post("/training/dispatches").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("organiserKind", "HR_AGENCY").param("organiserName", "长春人力资源服务公司").param("regionCode", "220100")
                .param("destinationOutside", "浙江省宁波市").param("employer", "宁波汽车零部件公司").param("startDate", "2026-06-01")
                .param("residentIds", first + "\n" + second.toLowerCase() + "\n")).andReturn();
        String location = dispatch.getResponse().getRedirectedUrl();
        assertThat(location).matches("/training/dispatches/\\d+");
        assertThat(mvc.perform(get(location).with(fixtures.as("changchun.officer"))).andReturn().getResponse().getContentAsString())
                .contains("证书甲", "证书乙", "浙江省宁波市").doesNotContain(first);
        mvc.perform(get(location).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        // Liaoyuan cannot dispatch Changchun's trainees: nothing stored, the input kept
        long before = jdbc.queryForObject("select count(*) from labor_dispatch", Long.class);
        String refused = mvc.perform(post("/training/dispatches").with(csrf()).with(fixtures.as("liaoyuan.officer"))
                .param("organiserKind", "BROKER").param("organiserName", "某经纪人").param("regionCode", "220400")
                .param("destinationRegionCode", "220100").param("employer", "某厂").param("startDate", "2026-06-01")
                .param("residentIds", first)).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("不是您辖区内的学员", "value=\"某经纪人\"");
        assertThat(jdbc.queryForObject("select count(*) from labor_dispatch", Long.class)).isEqualTo(before);

        MvcResult referral = mvc.perform(post("/training/referrals").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("regionCode", "220100").param("vacancy", "汽车装调工").param("employer", "长春某汽车厂")
                .param("referredOn", "2026-06-02").param("residentIds", first)).andReturn();
        String referralPage = referral.getResponse().getRedirectedUrl();
        long id = Long.parseLong(referralPage.substring(referralPage.lastIndexOf('/') + 1));
        long trainee = jdbc.queryForObject("select trainee_id from job_referral_trainee where referral_id = ?", Long.class, id);
        long version = jdbc.queryForObject("select version from job_referral where id = ?", Long.class, id);
        mvc.perform(post("/training/referrals/" + id + "/outcome").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("version", String.valueOf(version)).param("traineeId", String.valueOf(trainee)).param("outcome", "HIRED"));
        assertThat(jdbc.queryForObject("select outcome from job_referral_trainee where referral_id = ?", String.class, id)).isEqualTo("HIRED");
        mvc.perform(post("/training/referrals/" + id + "/outcome").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("version", String.valueOf(version)).param("traineeId", String.valueOf(trainee)).param("outcome", "DECLINED"))
                .andExpect(status().isConflict());
    }

    @Test
    void aStudioIsRegisteredInTheCitysOwnRegionAndListedThereOnly() throws Exception {
        String name = "测试技能大师工作室" + course;
        mvc.perform(post("/training/studios").with(csrf()).with(fixtures.as("changchun.officer")).param("kind", "SKILL_MASTER_STUDIO")
                .param("name", name).param("regionCode", "220102").param("host", "某汽车厂").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/training/studios?size=200").with(fixtures.as("changchun.officer"))).andReturn().getResponse().getContentAsString())
                .contains(name);
        assertThat(mvc.perform(get("/training/studios?size=200").with(fixtures.as("liaoyuan.officer"))).andReturn().getResponse().getContentAsString())
                .doesNotContain(name);
        String outside = "越界工作室" + course;
        String refused = mvc.perform(post("/training/studios").with(csrf()).with(fixtures.as("liaoyuan.officer")).param("kind", "EXPERT_STUDIO")
                .param("name", outside).param("regionCode", "220102").param("host", "某单位").param("version", "0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("只能登记本辖区的记录", "value=\"" + outside + "\"");
        assertThat(jdbc.queryForObject("select count(*) from skill_studio where name = ?", Long.class, outside)).isZero();
    }
}
