package cn.jilin.laborbrand.web.alliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PortalTest
class AlliancePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistryFixtures registry;

    private MockHttpServletRequestBuilder form(String path, String name, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("basisKind", "TRADE");
        fields.put("industry", "C");
        fields.put("foundedOn", "2024-01-15");
        fields.put("basis", "联盟协议");
        fields.put("version", "0");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(fixtures.as("hrss.director"));
        fields.forEach(request::param);
        return request;
    }

    private long create(String name, String... overrides) throws Exception {
        String location = mvc.perform(form("/alliances", name, overrides)).andExpect(redirectedUrlPattern("/alliances/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions addBrand(long alliance, long brand) throws Exception {
        return mvc.perform(post("/alliances/" + alliance + "/members").with(csrf()).with(fixtures.as("hrss.director"))
                .param("kind", "BRAND").param("refId", String.valueOf(brand)).param("joinedOn", "2024-02-01"));
    }

    private long member(long alliance, long brand) {
        return registry.count("select id from alliance_member where alliance_id = ? and brand_id = ?", alliance, brand);
    }

    private static String unique(String name) {
        return name + System.nanoTime() % 100_000;
    }

    @Test
    void theLeadIsAlwaysAMemberOfTheAlliance() throws Exception {
        long alliance = create(unique("测试制造业联盟"));
        long other = create(unique("另一个联盟"));
        long brand = registry.brand("220102", IndustrySection.C);
        long otherBrand = registry.brand("220402", IndustrySection.C);
        addBrand(alliance, brand).andExpect(flash().attribute("flashSuccess", "alliance.member.added"));
        addBrand(other, otherBrand).andExpect(flash().attribute("flashSuccess", "alliance.member.added"));

        // a member of another alliance cannot lead this one
        mvc.perform(post("/alliances/" + alliance + "/lead").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("memberId", String.valueOf(member(other, otherBrand))))
                .andExpect(flash().attribute("flashError", "alliance.lead.notMember"));
        assertThat(registry.count("select count(*) from alliance_member where alliance_id = ? and lead", alliance)).isZero();

        mvc.perform(post("/alliances/" + alliance + "/lead").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("memberId", String.valueOf(member(alliance, brand))))
                .andExpect(flash().attribute("flashSuccess", "alliance.lead.saved"));
        assertThat(registry.count("select count(*) from alliance_member where id = ? and lead", member(alliance, brand))).isEqualTo(1);

        // the lead hands over before leaving
        mvc.perform(post("/alliances/" + alliance + "/members/" + member(alliance, brand) + "/delete").with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(flash().attribute("flashError", "alliance.member.leadCannotLeave"));
        long second = registry.brand("220102", IndustrySection.C);
        addBrand(alliance, second);
        mvc.perform(post("/alliances/" + alliance + "/lead").with(csrf()).with(fixtures.as("hrss.director"))
                .param("memberId", String.valueOf(member(alliance, second))));
        assertThat(registry.count("select count(*) from alliance_member where alliance_id = ? and lead", alliance)).isEqualTo(1);
        mvc.perform(post("/alliances/" + alliance + "/members/" + member(alliance, brand) + "/delete").with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(flash().attribute("flashSuccess", "alliance.member.removed"));
        mvc.perform(get("/alliances/" + alliance).with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(registry.brandName(second))));
    }

    @Test
    void membersShareTheAlliancesTradeOrRegion() throws Exception {
        long trade = create(unique("测试行业联盟"));
        addBrand(trade, registry.brand("220102", IndustrySection.Q)).andExpect(flash().attribute("flashError", "alliance.member.otherTrade"));
        long region = create(unique("测试区域联盟"), "basisKind", "REGION", "industry", "", "regionCode", "220400");
        addBrand(region, registry.brand("220102", IndustrySection.C)).andExpect(flash().attribute("flashError", "alliance.member.otherRegion"));
        addBrand(region, registry.brand("220422", IndustrySection.Q)).andExpect(flash().attribute("flashSuccess", "alliance.member.added"));
        mvc.perform(post("/alliances/" + region + "/members").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "ENTERPRISE").param("refId", String.valueOf(registry.organisation(OrganisationKind.ENTERPRISE, "220102")))
                        .param("joinedOn", "2024-02-01"))
                .andExpect(flash().attribute("flashError", "alliance.member.otherRegion"));
        mvc.perform(post("/alliances/" + region + "/members").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "ENTERPRISE").param("refId", String.valueOf(registry.organisation(OrganisationKind.ENTERPRISE, "220422")))
                        .param("joinedOn", "2023-12-31"))
                .andExpect(flash().attribute("flashError", "alliance.joinedOn.beforeFounding"));
        assertThat(registry.count("select count(*) from alliance_member where alliance_id = ?", region)).isEqualTo(1);
    }

    @Test
    void anInvalidAllianceComesBackWithTheInputKeptAndNothingStored() throws Exception {
        String name = unique("缺行业的联盟");
        String taken = unique("已有联盟");
        create(taken);
        long before = registry.count("select count(*) from brand_alliance");
        mvc.perform(form("/alliances", name, "industry", "", "basis", "保留的组建依据"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行业联盟须选择行业门类")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("保留的组建依据")));
        mvc.perform(form("/alliances", taken))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有同名联盟")));
        assertThat(registry.count("select count(*) from brand_alliance")).isEqualTo(before);
    }

    @Test
    void aStaleEditIsRefusedAsHandledBySomeoneElse() throws Exception {
        String name = unique("并发联盟");
        long id = create(name);
        long shown = registry.count("select version from brand_alliance where id = ?", id);
        mvc.perform(form("/alliances/" + id, name, "basis", "第一次修改", "version", String.valueOf(shown)))
                .andExpect(redirectedUrlPattern("/alliances/*"));
        mvc.perform(form("/alliances/" + id, name, "basis", "第二次修改", "version", String.valueOf(shown)))
                .andExpect(status().isConflict());
        assertThat(registry.text("select basis from brand_alliance where id = ?", id)).isEqualTo("第一次修改");
    }

    @Test
    void aCityOfficerSeesAlliancesButOnlyHrssKeepsThem() throws Exception {
        String name = unique("延边测试联盟");
        long alliance = create(name, "basisKind", "REGION", "industry", "", "regionCode", "222400");
        long enterprise = registry.organisation(OrganisationKind.ENTERPRISE, "222401");
        String enterpriseName = registry.text("select name from organisation where id = ?", enterprise);
        mvc.perform(post("/alliances/" + alliance + "/members").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("kind", "ENTERPRISE").param("refId", String.valueOf(enterprise)).param("joinedOn", "2024-02-01"))
                .andExpect(flash().attribute("flashSuccess", "alliance.member.added"));
        mvc.perform(post("/alliances/" + alliance + "/lead").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("memberId", String.valueOf(registry.count("select id from alliance_member where alliance_id = ?", alliance))))
                .andExpect(flash().attribute("flashSuccess", "alliance.lead.saved"));
        mvc.perform(get("/alliances").param("q", name).with(fixtures.as("yanbian.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/alliances/" + alliance + "\"")));
        mvc.perform(get("/alliances/" + alliance).with(fixtures.as("yanbian.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(enterpriseName)))
                .andExpect(content().string(containsString("牵头")));
        // another region's alliance without a member of 长春 is outside 长春's scope (AllianceScope)
        mvc.perform(get("/alliances/" + alliance).with(fixtures.as("changchun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/alliances").param("q", name).with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/alliances/" + alliance + "\""))));
        mvc.perform(get("/alliances/new").with(fixtures.as("changchun.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/alliances").with(csrf()).with(fixtures.as("changchun.officer")).param("name", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/alliances/" + alliance + "/members").with(csrf()).with(fixtures.as("yanbian.officer"))
                .param("kind", "BRAND").param("refId", "1").param("joinedOn", "2025-01-01")).andExpect(status().isForbidden());
        assertThat(registry.count("select count(*) from alliance_member where alliance_id = ?", alliance)).isEqualTo(1);
        mvc.perform(get("/alliances/999999").with(fixtures.as("hrss.director"))).andExpect(status().isNotFound());
    }
}
