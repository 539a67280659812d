package cn.jilin.laborbrand.web.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class OrganisationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private static String creditCode(String body16) {
        String body = body16 + "0";
        return body + CreditCode.checkCharacter(body);
    }

    @Test
    void cityOfficerGets404ForAnotherCitysRecord() throws Exception {
        long liaoyuan = fixtures.organisationId("辽源市人力资源和社会保障局");
        mvc.perform(get("/organisations/" + liaoyuan).with(fixtures.as("changchun.officer")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("辽源市人力资源和社会保障局"))));
        mvc.perform(get("/organisations/" + liaoyuan).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("辽源市人力资源和社会保障局")));
    }

    @Test
    void listsAndExportsHoldOnlyTheScope() throws Exception {
        mvc.perform(get("/organisations").param("size", "200").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("长春市南关区人力资源和社会保障局")))
                .andExpect(content().string(not(containsString("辽源"))));
        byte[] xlsx = mvc.perform(get("/organisations/export").with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                names.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(names).contains("长春市人力资源和社会保障局").noneMatch(n -> n.contains("辽源") || n.contains("延边"));
        // an institution sees itself only
        mvc.perform(get("/organisations").with(fixtures.as("inst.changchun")))
                .andExpect(content().string(containsString("长春市劳务品牌职业技能培训学校")))
                .andExpect(content().string(containsString("共 1 条")));
    }

    @Test
    void anUnknownSortColumnFallsBackInsteadOfFailing() throws Exception {
        mvc.perform(get("/organisations").param("sort", "password,desc").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk());
    }

    @Test
    void aBadCreditCodeIsExplainedAndNothingIsStored() throws Exception {
        long before = jdbc.queryForObject("select count(*) from organisation", Long.class);
        String valid = creditCode("52220102MJY00990");
        String typo = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        mvc.perform(post("/organisations").with(fixtures.as("changchun.officer")).with(csrf())
                        .param("name", "长春某职业培训学校").param("kind", "INSTITUTION").param("regionCode", "220102")
                        .param("creditCode", typo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("统一社会信用代码校验位不正确")))
                .andExpect(content().string(containsString("value=\"长春某职业培训学校\"")));
        mvc.perform(post("/organisations").with(fixtures.as("changchun.officer")).with(csrf())
                        .param("name", "辽源某企业").param("kind", "ENTERPRISE").param("regionCode", "220402")
                        .param("creditCode", creditCode("91220402MA0000A1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("只能在本辖区内登记机构")));
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(before);
    }

    @Test
    void aCityOfficerRegistersAnInstitutionOfItsRegion() throws Exception {
        String name = "长春测试培训学校" + System.nanoTime() % 100000;
        String code = creditCode("52220104MJ" + String.format("%06d", System.nanoTime() % 1_000_000));
        mvc.perform(post("/organisations").with(fixtures.as("changchun.officer")).with(csrf())
                        .param("name", name).param("kind", "INSTITUTION").param("regionCode", "220104")
                        .param("creditCode", code.toLowerCase()).param("address", "长春市朝阳区"))
                .andExpect(redirectedUrlPattern("/organisations/*"));
        assertThat(jdbc.queryForObject("select credit_code from organisation where name = ?", String.class, name)).isEqualTo(code);
    }
}
