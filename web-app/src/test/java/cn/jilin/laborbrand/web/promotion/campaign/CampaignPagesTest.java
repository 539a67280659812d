package cn.jilin.laborbrand.web.promotion.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.brand.BrandDetails;
import cn.jilin.laborbrand.registry.brand.BrandMaturity;
import cn.jilin.laborbrand.registry.brand.BrandScope;
import cn.jilin.laborbrand.registry.brand.BrandStatus;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.math.BigDecimal;
import cn.jilin.laborbrand.registry.brand.BrandService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The campaign pages through the portal on records the test makes: the province drafts and opens a campaign; 长春's
 * officer nominates a person of a 长春 brand, which is refused without a consent and submitted with one; another city
 * gets 404 for it; hostile input gives field errors, not a server error.
 */
@PortalTest
class CampaignPagesTest {

    private static final String DIRECTOR = "hrss.director";
    private static final String CITY = "changchun.officer";
    private static final String OTHER_CITY = "liaoyuan.officer";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BrandService brands;

    @Test
    void aCityNominatesAPersonOnlyWithConsentAndAnotherCityCannotSeeIt() throws Exception {
        String title = "测试形象代言人评选" + System.nanoTime() % 100000;
        MvcResult created = mvc.perform(post("/promotion/campaigns").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("kind", "AMBASSADOR").param("year", "2026").param("title", title).param("categories", "制造业\n服务业")
                .param("defaultQuota", "2").param("quotas", "辽源市：1").param("opensOn", LocalDate.now().minusDays(3).toString())
                .param("closesOn", LocalDate.now().plusDays(30).toString()).param("noticeDays", "7").param("tiers", "一等奖：1\n二等奖：2")
                .param("weightAchievement", "40").param("weightSkill", "30").param("weightInfluence", "20").param("weightReputation", "10")
                .param("version", "0")).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).as(created.getResponse().getContentAsString()).startsWith("/promotion/campaigns/");
        long campaign = jdbc.queryForObject("select id from selection_campaign where title = ?", Long.class, title);
        long campaignVersion = jdbc.queryForObject("select version from selection_campaign where id = ?", Long.class, campaign);
        mvc.perform(post("/promotion/campaigns/" + campaign + "/open").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("version", String.valueOf(campaignVersion))).andReturn();
        String shown = page(DIRECTOR, "/promotion/campaigns/" + campaign);
        assertThat(shown).contains(title).contains("征集中").contains("辽源市 1");

        long brand = SystemActor.call(() -> brands.register(new BrandDetails("评选页面测试品牌" + campaign, "220102", BrandScope.REGIONAL, BrandType.SKILL,
                IndustrySection.C, "焊工", BrandMaturity.EMERGING, 300, new BigDecimal("1000000.00"), 10, 5, null, null, null, BrandStatus.ACTIVE),
                DataScope.province()), "brand:edit");
        String person = "测试人" + (char) ('甲' + campaign % 20);
        MvcResult nominated = mvc.perform(post("/promotion/nominations").with(csrf()).with(fixtures.as(CITY))
                .param("campaignId", String.valueOf(campaign)).param("brandId", String.valueOf(brand)).param("personName", person)
                .param("personSex", "FEMALE").param("personBirthYear", "1986").param("story", "扎根一线二十年。").param("version", "0")).andReturn();
        assertThat(nominated.getResponse().getRedirectedUrl()).as(nominated.getResponse().getContentAsString()).startsWith("/promotion/nominations/");
        long id = Long.parseLong(nominated.getResponse().getRedirectedUrl().substring("/promotion/nominations/".length()));

        // no consent: refused with a reason
        MvcResult refused = mvc.perform(post("/promotion/nominations/" + id + "/submit").with(csrf()).with(fixtures.as(CITY)).param("version", "0"))
                .andReturn();
        assertThat(refused.getFlashMap().get("flashError")).isEqualTo("nomination.consentRequired");
        assertThat(state(id)).isEqualTo("DRAFT");

        mvc.perform(multipart("/promotion/nominations/" + id + "/consent").file(new MockMultipartFile("file", "同意书.pdf", "application/pdf", PDF))
                .with(csrf()).with(fixtures.as(CITY)).param("signedOn", LocalDate.now().minusDays(1).toString()).param("coversName", "true")
                .param("coversStory", "true").param("version", "0")).andReturn();
        long version = jdbc.queryForObject("select version from nomination where id = ?", Long.class, id);
        mvc.perform(post("/promotion/nominations/" + id + "/submit").with(csrf()).with(fixtures.as(CITY)).param("version", String.valueOf(version)))
                .andReturn();
        assertThat(state(id)).isEqualTo("SUBMITTED");
        assertThat(page(CITY, "/promotion/nominations/" + id)).contains(person).contains("已提交");
        assertThat(page(DIRECTOR, "/promotion/nominations?campaign=" + campaign)).contains(person);

        assertThat(mvc.perform(get("/promotion/nominations/" + id).with(fixtures.as(OTHER_CITY))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page(OTHER_CITY, "/promotion/nominations?campaign=" + campaign)).doesNotContain(person);
        // the campaign is not on notice: the public does not see it
        assertThat(mvc.perform(get("/public/campaigns/" + campaign)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/public/campaigns")).andReturn().getResponse().getContentAsString()).doesNotContain(title);
    }

    @Test
    void hostileCampaignInputGivesFieldErrorsAndChangesNothing() throws Exception {
        MvcResult result = mvc.perform(post("/promotion/campaigns").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("kind", "AMBASSADOR").param("year", "2026").param("title", "<script>alert(1)</script>")
                .param("defaultQuota", "2").param("quotas", "火星市：9").param("opensOn", "2026-01-01").param("closesOn", "2026-02-01")
                .param("noticeDays", "7").param("tiers", "一等奖：x").param("weightAchievement", "40").param("weightSkill", "30")
                .param("weightInfluence", "20").param("weightReputation", "10").param("version", "0")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString()).contains("市（州）名称：名额").doesNotContain("<script>alert(1)</script>");
        MvcResult weights = mvc.perform(post("/promotion/campaigns").with(csrf()).with(fixtures.as(DIRECTOR))
                .param("kind", "LEADER").param("year", "abc").param("title", "权重").param("defaultQuota", "2").param("opensOn", "2026-01-01")
                .param("closesOn", "2026-02-01").param("noticeDays", "7").param("tiers", "一等奖：1").param("weightAchievement", "90")
                .param("weightSkill", "30").param("weightInfluence", "20").param("weightReputation", "10").param("version", "0")).andReturn();
        assertThat(weights.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from selection_campaign where title in ('权重', '<script>alert(1)</script>')", Long.class)).isZero();
    }

    @Test
    void theListsRenderForTheProvinceTheCityAndTheExpert() throws Exception {
        assertThat(page(DIRECTOR, "/promotion/campaigns")).contains("评选活动");
        assertThat(page(CITY, "/promotion/nominations")).contains("提名");
        assertThat(page("expert.li", "/promotion/reviews")).contains("评选评审");
        assertThat(mvc.perform(get("/public/campaigns")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    private String state(long id) {
        return jdbc.queryForObject("select state from nomination where id = ?", String.class, id);
    }

    private String page(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(fixtures.as(user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
