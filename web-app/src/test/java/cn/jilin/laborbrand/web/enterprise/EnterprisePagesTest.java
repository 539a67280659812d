package cn.jilin.laborbrand.web.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@PortalTest
class EnterprisePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistryFixtures registry;

    private ResultActions link(String user, long brand, long organisation) throws Exception {
        return mvc.perform(post("/enterprises").with(csrf()).with(fixtures.as(user))
                .param("brandId", String.valueOf(brand)).param("organisationId", String.valueOf(organisation)).param("note", "带动就业"));
    }

    private String nameOf(long organisation) {
        return registry.text("select name from organisation where id = ?", organisation);
    }

    private static String creditCode(String region, String code) {
        String body = "91" + region + code;
        return body + CreditCode.checkCharacter(body);
    }

    @Test
    void aCityOfficerLinksAnEnterpriseOfItsRegionToItsBrandAndTheBrandPageListsIt() throws Exception {
        long brand = registry.brand("220102");
        long enterprise = registry.organisation(OrganisationKind.ENTERPRISE, "220102");
        String name = nameOf(enterprise);
        link("changchun.officer", brand, enterprise).andExpect(redirectedUrl("/brands/" + brand));
        assertThat(registry.count("select count(*) from leading_enterprise where brand_id = ? and organisation_id = ?", brand, enterprise)).isEqualTo(1);
        assertThat(registry.count("select count(*) from audit_event where action = 'enterprise.link' and username = 'changchun.officer'")).isPositive();
        mvc.perform(get("/brands/" + brand).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(
                        registry.text("select credit_code from organisation where id = ?", enterprise))));

        link("changchun.officer", brand, enterprise)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该企业已是此品牌的龙头企业")));
        assertThat(registry.count("select count(*) from leading_enterprise where brand_id = ?", brand)).isEqualTo(1);
    }

    @Test
    void linksStayWithinTheOfficersRegion() throws Exception {
        long liaoyuanBrand = registry.brand("220422");
        long changchunBrand = registry.brand("220102");
        long liaoyuanEnterprise = registry.organisation(OrganisationKind.ENTERPRISE, "220422");
        long changchunEnterprise = registry.organisation(OrganisationKind.ENTERPRISE, "220102");
        link("liaoyuan.officer", liaoyuanBrand, liaoyuanEnterprise).andExpect(redirectedUrl("/brands/" + liaoyuanBrand));
        link("changchun.officer", changchunBrand, changchunEnterprise).andExpect(redirectedUrl("/brands/" + changchunBrand));
        long before = registry.count("select count(*) from leading_enterprise");

        link("changchun.officer", liaoyuanBrand, changchunEnterprise).andExpect(status().isNotFound());
        link("changchun.officer", changchunBrand, liaoyuanEnterprise)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能关联本辖区组织机构目录中的企业")));
        // an institution is not an enterprise
        link("changchun.officer", changchunBrand, registry.organisation(OrganisationKind.INSTITUTION, "220102"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("龙头企业须为企业类机构")));
        assertThat(registry.count("select count(*) from leading_enterprise")).isEqualTo(before);

        // searched by its brand's name (the search field shows what was typed), an enterprise is listed within scope only
        for (long brand : List.of(liaoyuanBrand, changchunBrand)) {
            long enterprise = brand == liaoyuanBrand ? liaoyuanEnterprise : changchunEnterprise;
            String page = mvc.perform(get("/enterprises").param("q", registry.brandName(brand)).with(fixtures.as("liaoyuan.officer")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            byte[] xlsx = mvc.perform(get("/enterprises/export").param("q", registry.brandName(brand)).with(fixtures.as("liaoyuan.officer")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            List<String> names = new ArrayList<>();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Row row : book.getSheetAt(0)) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            if (brand == liaoyuanBrand) {
                assertThat(page).contains(nameOf(enterprise));
                assertThat(names).contains(nameOf(enterprise));
            } else {
                assertThat(page).doesNotContain(nameOf(enterprise));
                assertThat(names).doesNotContain(nameOf(enterprise));
            }
        }

        long changchunLink = registry.count("select id from leading_enterprise where organisation_id = ?", changchunEnterprise);
        mvc.perform(post("/enterprises/" + changchunLink + "/delete").with(csrf()).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isNotFound());
        assertThat(registry.count("select count(*) from leading_enterprise where id = ?", changchunLink)).isEqualTo(1);
    }

    @Test
    void registeringANewEnterpriseChecksItsCreditCodeKeepsTheInputAndLinksIt() throws Exception {
        long brand = registry.brand("220102");
        String name = "长春测试龙头企业" + System.nanoTime() % 100_000;
        String valid = creditCode("220102", "MA7T" + String.format("%05d", System.nanoTime() % 100_000));
        String wrong = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/enterprises/register").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("brandId", String.valueOf(brand)).param("name", name).param("regionCode", "220102")
                        .param("creditCode", wrong).param("address", "人民大街 1 号").param("note", "保留的说明"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("校验位不正确")))
                .andExpect(content().string(containsString("value=\"" + name + "\"")))
                .andExpect(content().string(containsString("保留的说明")));
        assertThat(registry.count("select count(*) from organisation where name = ?", name)).isZero();

        mvc.perform(post("/enterprises/register").with(csrf()).with(fixtures.as("changchun.officer"))
                        .param("brandId", String.valueOf(brand)).param("name", name).param("regionCode", "220102")
                        .param("creditCode", valid).param("address", "人民大街 1 号").param("note", "带动就业"))
                .andExpect(redirectedUrl("/brands/" + brand));
        long organisation = registry.organisationId(name);
        assertThat(registry.count("select count(*) from organisation where id = ? and kind = 'ENTERPRISE'", organisation)).isEqualTo(1);
        assertThat(registry.count("select count(*) from leading_enterprise where brand_id = ? and organisation_id = ?", brand, organisation)).isEqualTo(1);
    }

    @Test
    void aReviewerSeesLeadingEnterprisesButCannotLinkThem() throws Exception {
        long brand = registry.brand("220102");
        long enterprise = registry.organisation(OrganisationKind.ENTERPRISE, "220102");
        link("changchun.officer", brand, enterprise).andExpect(redirectedUrl("/brands/" + brand));
        mvc.perform(get("/enterprises").param("q", registry.brandName(brand)).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(nameOf(enterprise))));
        mvc.perform(get("/enterprises/new").with(fixtures.as("hrss.reviewer"))).andExpect(status().isForbidden());
        long other = registry.organisation(OrganisationKind.ENTERPRISE, "220102");
        link("hrss.reviewer", brand, other).andExpect(status().isForbidden());
        assertThat(registry.count("select count(*) from leading_enterprise where organisation_id = ?", other)).isZero();
    }

    @Test
    void anOfficerUnlinksAnEnterpriseOfItsBrand() throws Exception {
        long brand = registry.brand("220102");
        long enterprise = registry.organisation(OrganisationKind.ENTERPRISE, "220102");
        link("changchun.officer", brand, enterprise).andExpect(redirectedUrl("/brands/" + brand));
        long id = registry.count("select id from leading_enterprise where brand_id = ?", brand);
        mvc.perform(post("/enterprises/" + id + "/delete").param("brandId", String.valueOf(brand)).with(csrf()).with(fixtures.as("changchun.officer")))
                .andExpect(redirectedUrl("/brands/" + brand));
        assertThat(registry.count("select count(*) from leading_enterprise where brand_id = ?", brand)).isZero();
        assertThat(registry.count("select count(*) from organisation where id = ?", enterprise)).isEqualTo(1);
    }
}
