package cn.jilin.laborbrand.web.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.credit.CreditRating;
import cn.jilin.laborbrand.registry.credit.CreditService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PortalTest
class CreditPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    CreditService credit;
    @Autowired
    JdbcTemplate jdbc;

    private ResultActions evaluate(String user, long brand, String rating, String on, String basis) throws Exception {
        return mvc.perform(post("/brands/" + brand + "/credit/evaluations").with(csrf()).with(fixtures.as(user))
                .param("rating", rating).param("evaluator", "行业协会").param("evaluatedOn", on).param("basis", basis));
    }

    private Optional<CreditRating> currentRating(long brand) {
        return SystemActor.call(() -> credit.currentRating(brand, DataScope.province()), "brand:view");
    }

    @Test
    void theCurrentRatingIsThatOfTheLatestEvaluationByDate() throws Exception {
        long brand = registry.brand("220102");
        evaluate("changchun.officer", brand, "B", "2025-03-01", "基本履行承诺").andExpect(redirectedUrl("/brands/" + brand + "/credit"));
        assertThat(currentRating(brand)).contains(CreditRating.B);
        // entered later, but evaluated earlier: it does not replace the current rating
        evaluate("hrss.director", brand, "A", "2024-01-10", "补录的早年评价").andExpect(redirectedUrl("/brands/" + brand + "/credit"));
        assertThat(currentRating(brand)).contains(CreditRating.B);
        evaluate("changchun.officer", brand, "C", "2025-06-01", "存在拖欠工资投诉").andExpect(redirectedUrl("/brands/" + brand + "/credit"));
        assertThat(currentRating(brand)).contains(CreditRating.C);
        assertThat(SystemActor.call(() -> credit.currentRatings(List.of(brand), DataScope.province()), "brand:view")).isEqualTo(Map.of(brand, CreditRating.C));

        mvc.perform(get("/brands/" + brand).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("C级")))
                .andExpect(content().string(containsString("/brands/" + brand + "/credit")));
        mvc.perform(get("/brands/" + brand + "/credit").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("存在拖欠工资投诉")))
                .andExpect(content().string(containsString("补录的早年评价")));
        String list = mvc.perform(get("/brands").param("q", registry.brandName(brand)).with(fixtures.as("changchun.officer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(registry.brandName(brand), "C级");
        assertThat(registry.count("select count(*) from audit_event where action = 'credit.evaluation' and object_id = ?",
                String.valueOf(brand))).isEqualTo(3);
    }

    @Test
    void aListsCurrentRatingsComeInOneCallForEveryBrandOfThePageWithinTheScope() throws Exception {
        long rerated = registry.brand("220102");
        long once = registry.brand("220102");
        long never = registry.brand("220102");
        long elsewhere = registry.brand("220422");
        evaluate("changchun.officer", rerated, "A", "2025-03-01", "按期履约").andExpect(status().is3xxRedirection());
        evaluate("changchun.officer", rerated, "C", "2025-09-01", "拖欠工资投诉").andExpect(status().is3xxRedirection());
        evaluate("changchun.officer", rerated, "B", "2025-05-01", "补录的中期评价").andExpect(status().is3xxRedirection());
        evaluate("changchun.officer", once, "D", "2025-04-01", "失信").andExpect(status().is3xxRedirection());
        evaluate("hrss.director", elsewhere, "A", "2025-04-01", "按期履约").andExpect(status().is3xxRedirection());
        List<Long> page = List.of(rerated, once, never, elsewhere);

        assertThat(SystemActor.call(() -> credit.currentRatings(page, DataScope.province()), "brand:view"))
                .isEqualTo(Map.of(rerated, CreditRating.C, once, CreditRating.D, elsewhere, CreditRating.A));
        // a Changchun scope sees nothing of the Liaoyuan brand, even when its id is asked for
        DataScope changchun = DataScope.region("220100", List.of("220100", "220102"));
        assertThat(SystemActor.call(() -> credit.currentRatings(page, changchun), "brand:view"))
                .isEqualTo(Map.of(rerated, CreditRating.C, once, CreditRating.D));
    }

    @Test
    void aBrandWithoutEvaluationsHasNoCurrentRating() throws Exception {
        long brand = registry.brand("220102");
        assertThat(currentRating(brand)).isEmpty();
        assertThat(SystemActor.call(() -> credit.currentRatings(List.of(brand), DataScope.province()), "brand:view")).isEmpty();
        mvc.perform(get("/brands/" + brand + "/credit").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("未评价")));
    }

    @Test
    void theDemoBrandsIncludeAcAndADRating() {
        assertThat(currentRating(registry.brandId("延边泡菜工"))).contains(CreditRating.C);
        assertThat(currentRating(registry.brandId("汪清快递物流员"))).contains(CreditRating.D);
        // 辽源织袜工 was rated B in 2024 and A in 2025
        assertThat(currentRating(registry.brandId("辽源织袜工"))).contains(CreditRating.A);
    }

    @Test
    void aLiaoyuanOfficerGets404ForAChangchunBrandsCreditAndStoresNothing() throws Exception {
        long changchun = registry.brand("220100");
        long before = registry.count("select count(*) from credit_evaluation");
        mvc.perform(get("/brands/" + changchun + "/credit").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/brands/" + changchun + "/credit/evaluations/new").with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        evaluate("liaoyuan.officer", changchun, "D", "2025-01-01", "越权评价").andExpect(status().isNotFound());
        mvc.perform(post("/brands/" + changchun + "/credit/violations").with(csrf()).with(fixtures.as("liaoyuan.officer"))
                .param("occurredOn", "2025-01-01").param("description", "越权").param("severity", "GRAVE")).andExpect(status().isNotFound());
        assertThat(registry.count("select count(*) from credit_evaluation")).isEqualTo(before);
        mvc.perform(get("/brands/" + changchun + "/credit").with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
    }

    @Test
    void anInvalidEvaluationComesBackWithTheInputKeptAndNothingStored() throws Exception {
        long brand = registry.brand("220102");
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        mvc.perform(post("/brands/" + brand + "/credit/evaluations").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("evaluator", "保留的评价机构").param("evaluatedOn", "2025-05-05").param("basis", "保留的依据"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")))
                .andExpect(content().string(containsString("value=\"保留的评价机构\"")))
                .andExpect(content().string(containsString("保留的依据")));
        evaluate("changchun.officer", brand, "A", tomorrow, "未来的评价")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天")))
                .andExpect(content().string(containsString("value=\"" + tomorrow + "\"")));
        assertThat(registry.count("select count(*) from credit_evaluation where brand_id = ?", brand)).isZero();
    }

    @Test
    void aCityOfficerRecordsAPledgeOnTheCurrentTextAndAViolationInItsOwnName() throws Exception {
        long brand = registry.brand("220102");
        long school = registry.organisation(OrganisationKind.INSTITUTION, "220102");
        long text = registry.count("select id from credit_pledge_text order by effective_from desc limit 1");
        mvc.perform(get("/brands/" + brand + "/credit/pledges/new").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("劳务品牌诚信经营自律承诺书")));
        mvc.perform(post("/brands/" + brand + "/credit/pledges").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("organisationId", String.valueOf(school)).param("signatory", "郑晓燕").param("signatoryTitle", "校长")
                        .param("signedOn", "2025-04-01").param("textId", String.valueOf(text)))
                .andExpect(redirectedUrl("/brands/" + brand + "/credit"));
        assertThat(jdbc.queryForMap("select organisation_id, signatory, text_id from credit_pledge where brand_id = ?", brand))
                .containsEntry("organisation_id", school).containsEntry("signatory", "郑晓燕").containsEntry("text_id", text);

        // an enterprise of 辽源 is outside a 长春 officer's directory
        mvc.perform(post("/brands/" + brand + "/credit/pledges").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("organisationId", String.valueOf(registry.organisation(OrganisationKind.ENTERPRISE, "220422"))).param("signatory", "某人")
                        .param("signedOn", "2025-04-01").param("textId", String.valueOf(text)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("承诺单位须在本辖区的组织机构目录中")));
        // signed before the text came into force
        mvc.perform(post("/brands/" + brand + "/credit/pledges").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("organisationId", String.valueOf(school)).param("signatory", "某人")
                        .param("signedOn", "2021-01-01").param("textId", String.valueOf(text)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("早于该版本承诺书的施行日期")));
        assertThat(registry.count("select count(*) from credit_pledge where brand_id = ?", brand)).isEqualTo(1);

        mvc.perform(post("/brands/" + brand + "/credit/violations").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("occurredOn", "2025-05-10").param("description", "未按时签订劳动合同").param("severity", "MINOR"))
                .andExpect(redirectedUrl("/brands/" + brand + "/credit"));
        assertThat(jdbc.queryForMap("select severity, recorded_by_name from credit_violation where brand_id = ?", brand))
                .containsEntry("severity", "MINOR").containsEntry("recorded_by_name", "changchun.officer");
        mvc.perform(get("/brands/" + brand + "/credit").with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("未按时签订劳动合同")))
                .andExpect(content().string(containsString("郑晓燕")));
    }

    @Test
    void aReviewerSeesCreditButCannotRecordIt() throws Exception {
        long brand = registry.brand("220102");
        evaluate("changchun.officer", brand, "D", "2025-02-01", "严重失信").andExpect(redirectedUrl("/brands/" + brand + "/credit"));
        mvc.perform(get("/brands/" + brand + "/credit").with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不得申报级别认定")));
        evaluate("hrss.reviewer", brand, "A", "2025-01-01", "x").andExpect(status().isForbidden());
        mvc.perform(get("/brands/" + brand + "/credit/pledges/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
    }
}
