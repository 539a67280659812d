package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.platform.account.RoleService;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.review.ExpertDetails;
import cn.jilin.laborbrand.platform.review.ExpertPoolService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.alliance.AllianceBasis;
import cn.jilin.laborbrand.registry.alliance.AllianceDetails;
import cn.jilin.laborbrand.registry.alliance.BrandAllianceService;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Granting a permission to a wider role in /admin/roles opens the pages, never more data: reads that only the province
 * reached so far (the expert pool, the quarterly progress PDF, alliances) answer such a role within its own scope. In the
 * matrix's database of its own, since it changes what roles grant (and puts it back).
 */
@PortalTest
@TestPropertySource(properties = "laborbrand.test-database.name=authz")
class WiderRoleScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RoleService roles;
    @Autowired
    ExpertPoolService experts;
    @Autowired
    BrandAllianceService alliances;

    private final Map<String, Set<String>> before = new HashMap<>();

    private void grant(String role, String... permissions) {
        SystemActor.run(() -> {
            Set<String> granted = new HashSet<>(roles.role(role).permissionCodes());
            before.putIfAbsent(role, Set.copyOf(granted));
            granted.addAll(Set.of(permissions));
            roles.replaceGrants(role, granted);
        }, "system:role:view", "system:role:grant");
    }

    @AfterEach
    void restoreGrants() {
        SystemActor.run(() -> before.forEach(roles::replaceGrants), "system:role:grant");
        before.clear();
    }

    private long expert(String name, String homeRegion) {
        return SystemActor.call(() -> experts.create(new ExpertDetails(null, name, "某大学", null, null, Set.of(), Set.of(), null, homeRegion,
                "1390000" + (System.nanoTime() % 9000 + 1000)), DataScope.province()), "expert:manage");
    }

    @Test
    void aCityGivenThePoolSeesOnlyTheExpertsOfItsRegion() throws Exception {
        String ours = "长春范围专家" + System.nanoTime() % 10000;
        String theirs = "延边范围专家" + System.nanoTime() % 10000;
        expert(ours, "220100");
        long yanbian = expert(theirs, "222400");
        grant(RoleCode.CITY_OFFICER, "expert:view");
        String officer = Fixtures.uniqueUsername("wider.city");
        fixtures.account(officer, "长春市人力资源和社会保障局", false, RoleCode.CITY_OFFICER);

        String list = mvc.perform(get("/experts?size=500").with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(list).contains(ours).doesNotContain(theirs);
        mvc.perform(get("/experts/" + yanbian).with(fixtures.as(officer))).andExpect(status().isNotFound());
        byte[] export = mvc.perform(get("/experts/export").with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            StringBuilder cells = new StringBuilder();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell).append('|')));
            assertThat(cells.toString()).contains(ours).doesNotContain(theirs);
        }
    }

    @Test
    void aDepartmentGivenTheQuarterlyPdfGetsItsOwnTasksOnly() throws Exception {
        grant(RoleCode.DEPARTMENT_OFFICER, "task:review");
        String officer = Fixtures.uniqueUsername("wider.dept");
        fixtures.account(officer, "吉林省财政厅", false, RoleCode.DEPARTMENT_OFFICER);

        byte[] pdf = mvc.perform(get("/tasks/progress.pdf").param("year", "2025").param("quarter", "4").with(fixtures.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("吉林省财政厅").doesNotContain("吉林省教育厅", "吉林省商务厅", "全省");
        }
    }

    @Test
    void aDepartmentGivenBrandsSeesNoAllianceItIsNotAMemberOf() throws Exception {
        String name = "延边范围联盟" + System.nanoTime() % 100000;
        long alliance = SystemActor.call(() -> alliances.create(new AllianceDetails(name, AllianceBasis.REGION, null, "222400",
                LocalDate.of(2024, 1, 1), "测试")), "alliance:manage");
        grant(RoleCode.DEPARTMENT_OFFICER, "brand:view");
        String officer = Fixtures.uniqueUsername("wider.brands");
        fixtures.account(officer, "吉林省财政厅", false, RoleCode.DEPARTMENT_OFFICER);

        assertThat(mvc.perform(get("/alliances?size=500").with(fixtures.as(officer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).doesNotContain(name);
        mvc.perform(get("/alliances/" + alliance).with(fixtures.as(officer))).andExpect(status().isNotFound());
        // nor does a city whose region the alliance is not of
        mvc.perform(get("/alliances/" + alliance).with(fixtures.as("changchun.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/alliances/" + alliance).with(fixtures.as("yanbian.officer"))).andExpect(status().isOk());
    }
}
