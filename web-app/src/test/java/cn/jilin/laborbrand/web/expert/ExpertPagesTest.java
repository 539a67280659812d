package cn.jilin.laborbrand.web.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.review.ExpertChoice;
import cn.jilin.laborbrand.platform.review.ReviewService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The expert pool (三(二)): HRSS adds, edits and deactivates experts; the phone is stored encrypted and shown masked
 * everywhere (pages and export), found only by its exact number in an audited lookup; a deactivated expert is offered
 * for no new review.
 */
@PortalTest
class ExpertPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewService reviews;

    private long create(String name, String phone) throws Exception {
        String location = mvc.perform(post("/experts").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("name", name).param("organisation", "东北师范大学").param("title", "教授").param("homeRegionCode", "220100")
                        .param("phone", phone).param("brandTypes", "SERVICE").param("industries", "O").param("occupations", "家政服务员")
                        .param("fields", "家政服务标准").param("version", "0"))
                .andExpect(flash().attribute("flashSuccess", "expert.created")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void theExpertsPhoneIsEncryptedAndShownMaskedAndFoundByExactNumber() throws Exception {
        long id = create("周丽华", "13643215678");
        assertThat(jdbc.queryForObject("select phone_cipher from expert where id = ?", String.class, id)).doesNotContain("13643215678");
        mvc.perform(get("/experts/" + id).with(fixtures.as("hrss.reviewer")))
                .andExpect(content().string(containsString("136****5678"))).andExpect(content().string(not(containsString("13643215678"))));
        // found by the exact number through the audited lookup (expert:pii:reveal); see RevealClassLookupTest for the rest
        mvc.perform(post("/experts/phone-lookup").with(csrf()).param("phone", "136 4321 5678").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("周丽华")));
        mvc.perform(post("/experts/phone-lookup").with(csrf()).param("phone", "13643215679").with(fixtures.as("hrss.director")))
                .andExpect(content().string(not(containsString("周丽华"))));
        mvc.perform(get("/experts").param("brandType", "SERVICE").param("industry", "O").with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("周丽华")));
        mvc.perform(get("/experts").param("brandType", "LIVELIHOOD").with(fixtures.as("hrss.director")))
                .andExpect(content().string(not(containsString("周丽华"))));
        byte[] export = mvc.perform(get("/experts/export").with(fixtures.as("hrss.director"))).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            StringBuilder all = new StringBuilder();
            book.getSheetAt(0).forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('|')));
            assertThat(all).contains("周丽华", "136****5678").doesNotContain("13643215678");
        }
    }

    @Test
    void anInvalidExpertIsShownAgainWithTheInputAndNothingIsStored() throws Exception {
        // an expert account of the test's own, already linked to an expert of the pool
        long linked = fixtures.account(Fixtures.uniqueUsername("expert"), null, false, RoleCode.EXPERT);
        mvc.perform(post("/experts").with(csrf()).with(fixtures.as("hrss.director")).param("name", "郑立新").param("organisation", "吉林大学")
                        .param("homeRegionCode", "220100").param("phone", "13800002222").param("accountId", String.valueOf(linked)).param("version", "0"))
                .andExpect(flash().attribute("flashSuccess", "expert.created"));
        long before = jdbc.queryForObject("select count(*) from expert", Long.class);
        mvc.perform(post("/experts").with(csrf()).with(fixtures.as("hrss.director")).param("name", "钱学敏").param("organisation", "")
                        .param("homeRegionCode", "220100").param("phone", "12345").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("钱学敏"))).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/experts").with(csrf()).with(fixtures.as("hrss.director")).param("name", "钱学敏").param("organisation", "吉林大学")
                        .param("homeRegionCode", "220100").param("phone", "12345").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请填写11位手机号或带区号的座机号")));
        mvc.perform(post("/experts").with(csrf()).with(fixtures.as("hrss.director")).param("name", "钱学敏").param("organisation", "吉林大学")
                        .param("homeRegionCode", "220100").param("phone", "13800001111").param("accountId", String.valueOf(linked)).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("所选账户已关联其他专家")));
        assertThat(jdbc.queryForObject("select count(*) from expert", Long.class)).isEqualTo(before);
    }

    @Test
    void aDeactivatedExpertIsOfferedForNoNewReviewAndCanComeBack() throws Exception {
        long id = create("孙立军", "13512345678");
        assertThat(candidates()).contains(id);
        long version = jdbc.queryForObject("select version from expert where id = ?", Long.class, id);
        mvc.perform(post("/experts/" + id + "/deactivate").with(csrf()).with(fixtures.as("hrss.director")).param("version", String.valueOf(version)))
                .andExpect(flash().attribute("flashError", "expert.deactivate.reasonRequired"));
        mvc.perform(post("/experts/" + id + "/deactivate").with(csrf()).with(fixtures.as("hrss.director")).param("version", String.valueOf(version))
                        .param("reason", "退休"))
                .andExpect(flash().attribute("flashSuccess", "expert.deactivated"));
        assertThat(candidates()).doesNotContain(id);
        mvc.perform(post("/experts/" + id + "/activate").with(csrf()).with(fixtures.as("hrss.director")).param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
        mvc.perform(post("/experts/" + id + "/activate").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("version", String.valueOf(jdbc.queryForObject("select version from expert where id = ?", Long.class, id))))
                .andExpect(flash().attribute("flashSuccess", "expert.activated"));
        assertThat(candidates()).contains(id);
    }

    @Test
    void anEditKeepsThePhoneWhenLeftBlankAndOnlyHrssManagersKeepThePool() throws Exception {
        long id = create("吴海燕", "13712345678");
        String cipher = jdbc.queryForObject("select phone_cipher from expert where id = ?", String.class, id);
        mvc.perform(post("/experts/" + id).with(csrf()).with(fixtures.as("hrss.director")).param("name", "吴海燕").param("organisation", "吉林农业大学")
                        .param("homeRegionCode", "220200").param("phone", "").param("brandTypes", "SKILL")
                        .param("version", String.valueOf(jdbc.queryForObject("select version from expert where id = ?", Long.class, id))))
                .andExpect(flash().attribute("flashSuccess", "expert.saved"));
        assertThat(jdbc.queryForObject("select phone_cipher from expert where id = ?", String.class, id)).isEqualTo(cipher);
        assertThat(jdbc.queryForObject("select organisation || brand_types from expert where id = ?", String.class, id)).isEqualTo("吉林农业大学SKILL");
        mvc.perform(get("/experts/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/experts").with(fixtures.as("dept.finance"))).andExpect(status().isForbidden());
        mvc.perform(get("/experts").with(fixtures.as("expert.li"))).andExpect(status().isForbidden());
    }

    private List<Long> candidates() {
        return SystemActor.call(() -> reviews.candidates("220100", DataScope.province()), "review:assign").stream().map(ExpertChoice::id).toList();
    }
}
