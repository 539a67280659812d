package cn.jilin.laborbrand.web.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.RegistryFixtures;
import java.io.ByteArrayInputStream;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class CatalogPagesTest {

    private static final int THIS_YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    JdbcTemplate jdbc;

    private long add(long brandId, int year, String reason) throws Exception {
        String location = mvc.perform(post("/catalog").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("brandId", String.valueOf(brandId)).param("year", String.valueOf(year)).param("reason", reason))
                .andExpect(redirectedUrlPattern("/catalog/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long version(long entryId) {
        return registry.count("select version from catalog_entry where id = ?", entryId);
    }

    @Test
    void hrssListsABrandWithAReasonAndTheHistorySaysWhoWhenAndWhy() throws Exception {
        long brand = registry.brand("220102");
        long id = add(brand, THIS_YEAR, "带动就业三千人，焊接技能特色明显");

        assertThat(jdbc.queryForMap("select status, catalog_year, reason from catalog_entry where id = ?", id))
                .containsEntry("status", "LISTED").containsEntry("catalog_year", THIS_YEAR).containsEntry("reason", "带动就业三千人，焊接技能特色明显");
        assertThat(jdbc.queryForMap("select action, to_state, actor_name, comment from workflow_step where subject_type = 'catalog_entry' and subject_id = ?", id))
                .containsEntry("action", "add").containsEntry("to_state", "LISTED").containsEntry("actor_name", "hrss.director")
                .containsEntry("comment", "带动就业三千人，焊接技能特色明显");
        assertThat(registry.count("select count(*) from audit_event where action = 'catalog_entry.add' and object_id = ?", String.valueOf(id))).isEqualTo(1);

        mvc.perform(get("/catalog/" + id).with(fixtures.as("hrss.reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("带动就业三千人")))
                .andExpect(content().string(containsString("hrss.director")))
                .andExpect(content().string(containsString("列入目录")));
        mvc.perform(get("/brands/" + brand).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString("在目录中")))
                .andExpect(content().string(containsString("/catalog/" + id)));
    }

    @Test
    void aBrandIsInTheCatalogueAtMostOnceAtATime() throws Exception {
        long listed = registry.brand("220100");
        add(listed, THIS_YEAR, "首次列入");
        long before = registry.count("select count(*) from catalog_entry");
        mvc.perform(post("/catalog").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("brandId", String.valueOf(listed)).param("year", String.valueOf(THIS_YEAR)).param("reason", "再次列入的理由"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该品牌已在指导目录中")))
                .andExpect(content().string(containsString("再次列入的理由")));
        assertThat(registry.count("select count(*) from catalog_entry")).isEqualTo(before);

        long brand = registry.brand("220104");
        long first = add(brand, THIS_YEAR, "首次列入");
        mvc.perform(post("/catalog/" + first + "/remove").with(csrf()).with(fixtures.as("hrss.director"))
                .param("reason", "规模下降").param("version", String.valueOf(version(first))));
        long second = add(brand, THIS_YEAR, "恢复列入");
        assertThat(second).isNotEqualTo(first);
        assertThat(registry.count("select count(*) from catalog_entry where brand_id = ? and status = 'LISTED'", brand)).isEqualTo(1);
        assertThat(registry.count("select count(*) from catalog_entry where brand_id = ?", brand)).isEqualTo(2);
    }

    @Test
    void removingNeedsAReasonAndTheRemovalStaysInTheHistory() throws Exception {
        long id = add(registry.brand("220102"), THIS_YEAR, "列入理由");
        mvc.perform(post("/catalog/" + id + "/remove").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("reason", " ").param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")));
        assertThat(jdbc.queryForObject("select status from catalog_entry where id = ?", String.class, id)).isEqualTo("LISTED");

        mvc.perform(post("/catalog/" + id + "/remove").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("reason", "带动就业不足").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/catalog/" + id))
                .andExpect(flash().attribute("flashSuccess", "catalog.removed"));
        assertThat(jdbc.queryForMap("select status, removal_reason from catalog_entry where id = ?", id))
                .containsEntry("status", "REMOVED").containsEntry("removal_reason", "带动就业不足");
        assertThat(jdbc.queryForList("select action from workflow_step where subject_type = 'catalog_entry' and subject_id = ? order by id",
                String.class, id)).containsExactly("add", "remove");
        mvc.perform(get("/catalog/" + id).with(fixtures.as("hrss.director")))
                .andExpect(content().string(containsString("带动就业不足")))
                .andExpect(content().string(containsString("已移出")));

        mvc.perform(post("/catalog/" + id + "/remove").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("reason", "再移一次").param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该条目已移出目录")));
        assertThat(registry.count("select count(*) from workflow_step where subject_type = 'catalog_entry' and subject_id = ?", id)).isEqualTo(2);
    }

    @Test
    void theYearlyReviewListsEntriesNotReviewedThisYearUntilTheirReviewIsRecorded() throws Exception {
        long due = add(registry.brand("220102"), THIS_YEAR - 1, "去年列入");
        long fresh = add(registry.brand("220102"), THIS_YEAR, "今年列入");
        String list = mvc.perform(get("/catalog/review").param("size", "200").with(fixtures.as("hrss.director")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/catalog/" + due + "/review").doesNotContain("/catalog/" + fresh + "/review");

        mvc.perform(post("/catalog/" + due + "/review").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("outcome", "KEEP").param("note", "").param("version", String.valueOf(version(due))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("此项为必填项")));
        assertThat(registry.count("select count(*) from catalog_entry where id = ? and last_review_year is null", due)).isEqualTo(1);

        mvc.perform(post("/catalog/" + due + "/review").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("outcome", "KEEP").param("note", "规模稳定，继续保留").param("version", String.valueOf(version(due))))
                .andExpect(redirectedUrl("/catalog/" + due))
                .andExpect(flash().attribute("flashSuccess", "catalog.reviewed.kept"));
        assertThat(jdbc.queryForMap("select status, last_review_year from catalog_entry where id = ?", due))
                .containsEntry("status", "LISTED").containsEntry("last_review_year", THIS_YEAR);
        mvc.perform(get("/catalog/review").param("size", "200").with(fixtures.as("hrss.director")))
                .andExpect(content().string(not(containsString("/catalog/" + due + "/review"))));

        mvc.perform(post("/catalog/" + due + "/review").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("outcome", "KEEP").param("note", "再复核一次").param("version", String.valueOf(version(due))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("无需复核")));

        long leaving = add(registry.brand("220102"), THIS_YEAR - 1, "去年列入");
        mvc.perform(post("/catalog/" + leaving + "/review").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("outcome", "REMOVE").param("note", "年度评估不达标").param("version", String.valueOf(version(leaving))))
                .andExpect(flash().attribute("flashSuccess", "catalog.reviewed.removed"));
        assertThat(jdbc.queryForMap("select status, removal_reason from catalog_entry where id = ?", leaving))
                .containsEntry("status", "REMOVED").containsEntry("removal_reason", "年度评估不达标");
        assertThat(jdbc.queryForMap("select action, from_state, to_state, comment from workflow_step where subject_type = 'catalog_entry' "
                + "and subject_id = ? order by id desc limit 1", leaving))
                .containsEntry("action", "review").containsEntry("from_state", "LISTED").containsEntry("to_state", "REMOVED")
                .containsEntry("comment", "年度评估不达标");
    }

    @Test
    void aReviewOnAStalePageIsRefusedAsHandledBySomeoneElse() throws Exception {
        long id = add(registry.brand("220102"), THIS_YEAR - 1, "去年列入");
        long shown = version(id);
        jdbc.update("update catalog_entry set version = version + 1 where id = ?", id);
        mvc.perform(post("/catalog/" + id + "/review").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("outcome", "KEEP").param("note", "保留").param("version", String.valueOf(shown)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已被他人处理")));
        assertThat(registry.count("select count(*) from catalog_entry where id = ? and last_review_year is null", id)).isEqualTo(1);
    }

    @Test
    void aCityOfficerReadsTheProvincesCatalogueButCannotChangeIt() throws Exception {
        long listed = registry.brand("220100");
        long entry = add(listed, THIS_YEAR, "列入理由");
        mvc.perform(get("/catalog").param("q", registry.brandName(listed)).with(fixtures.as("changchun.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/catalog/" + entry + "\"")));
        // the city keeps its own library (V39), so the form opens — for its own library only
        mvc.perform(get("/catalog/new").with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("将列入：长春市重点劳务品牌资源库")));
        mvc.perform(get("/catalog/" + entry).with(fixtures.as("changchun.officer"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/catalog/" + entry + "/remove"))));
        mvc.perform(post("/catalog/" + entry + "/remove").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("reason", "x").param("version", String.valueOf(version(entry)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("只能查看")));
        mvc.perform(post("/catalog/" + entry + "/review").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("outcome", "REMOVE").param("note", "x").param("version", String.valueOf(version(entry)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("只能查看")));
        mvc.perform(post("/catalog/" + entry + "/supports").with(csrf()).with(fixtures.as("changchun.officer"))
                .param("organisationId", "1").param("kind", "TRAINING")).andExpect(flash().attribute("flashError", "catalog.owner.other"));
        mvc.perform(post("/catalog/" + entry + "/remove").with(csrf()).with(fixtures.as("hrss.reviewer"))
                .param("reason", "x").param("version", String.valueOf(version(entry)))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from catalog_entry where id = ?", String.class, entry)).isEqualTo("LISTED");
    }

    @Test
    void aLiaoyuanOfficerSeesOnlyItsRegionsEntriesInTheListTheExportAndByUrl() throws Exception {
        String tag = RegistryFixtures.unique("目录范围");
        long liaoyuan = add(registry.brandNamed(tag + "东辽", "220422"), THIS_YEAR, "列入理由");
        long changchun = add(registry.brandNamed(tag + "长春", "220100"), THIS_YEAR, "列入理由");
        mvc.perform(get("/catalog").param("q", tag).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tag + "东辽")))
                .andExpect(content().string(not(containsString(tag + "长春"))));
        byte[] xlsx = mvc.perform(get("/catalog/export").param("q", tag).with(fixtures.as("liaoyuan.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getSheetAt(0)) {
                names.add(row.getCell(1).getStringCellValue()); // after the catalogue's name
            }
        }
        assertThat(names).contains(tag + "东辽").doesNotContain(tag + "长春");
        assertThat(registry.count("select count(*) from audit_event where action = 'catalog.export' and username = 'liaoyuan.officer'")).isPositive();

        mvc.perform(get("/catalog/" + changchun).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isNotFound());
        mvc.perform(get("/catalog/" + changchun).with(fixtures.as("changchun.officer"))).andExpect(status().isOk());
        mvc.perform(get("/catalog/" + liaoyuan).with(fixtures.as("liaoyuan.officer"))).andExpect(status().isOk());
    }

    @Test
    void theListFiltersByStatusYearAndRegion() throws Exception {
        String tag = RegistryFixtures.unique("目录筛选");
        add(registry.brandNamed(tag + "延吉", "222401"), THIS_YEAR, "列入理由");
        add(registry.brandNamed(tag + "东辽", "220422"), THIS_YEAR - 1, "列入理由");
        long removedEntry = add(registry.brandNamed(tag + "南关", "220102"), THIS_YEAR, "列入理由");
        mvc.perform(post("/catalog/" + removedEntry + "/remove").with(csrf()).with(fixtures.as("hrss.director"))
                .param("reason", "规模下降").param("version", String.valueOf(version(removedEntry))));
        String removed = mvc.perform(get("/catalog").param("status", "REMOVED").param("q", tag).with(fixtures.as("hrss.reviewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(removed).contains(tag + "南关").doesNotContain(tag + "延吉", tag + "东辽");
        String yanbian = mvc.perform(get("/catalog").param("region", "222400").param("year", String.valueOf(THIS_YEAR)).param("q", tag)
                        .with(fixtures.as("hrss.reviewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(yanbian).contains(tag + "延吉").doesNotContain(tag + "东辽", tag + "南关");
        String lastYear = mvc.perform(get("/catalog").param("year", String.valueOf(THIS_YEAR - 1)).param("q", tag)
                        .with(fixtures.as("hrss.reviewer")))
                .andReturn().getResponse().getContentAsString();
        assertThat(lastYear).contains(tag + "东辽").doesNotContain(tag + "延吉");
    }

    @Test
    void supportingInstitutionsAreAttachedWithTheirKindAndDetached() throws Exception {
        long id = add(registry.brand("220102"), THIS_YEAR, "列入理由");
        long school = registry.organisation(OrganisationKind.INSTITUTION, "220102");
        String schoolName = registry.text("select name from organisation where id = ?", school);
        mvc.perform(post("/catalog/" + id + "/supports").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("organisationId", String.valueOf(school)).param("kind", "TRAINING").param("note", "焊工定向培训"))
                .andExpect(flash().attribute("flashSuccess", "catalog.support.attached"));
        mvc.perform(post("/catalog/" + id + "/supports").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("organisationId", String.valueOf(school)).param("kind", "TRAINING"))
                .andExpect(flash().attribute("flashError", "catalog.support.duplicate"));
        mvc.perform(post("/catalog/" + id + "/supports").with(csrf()).with(fixtures.as("hrss.director"))
                        .param("organisationId", String.valueOf(registry.organisationId("长春市人力资源和社会保障局"))).param("kind", "CONSULTING"))
                .andExpect(flash().attribute("flashError", "catalog.support.wrongKind"));
        mvc.perform(get("/catalog/" + id).with(fixtures.as("changchun.officer")))
                .andExpect(content().string(containsString(schoolName)))
                .andExpect(content().string(containsString("焊工定向培训")));
        Map<String, Object> support = jdbc.queryForMap("select id, kind from catalog_support where entry_id = ?", id);
        assertThat(support).containsEntry("kind", "TRAINING");

        mvc.perform(post("/catalog/" + id + "/supports/" + support.get("id") + "/delete").with(csrf()).with(fixtures.as("hrss.director")))
                .andExpect(flash().attribute("flashSuccess", "catalog.support.detached"));
        assertThat(registry.count("select count(*) from catalog_support where entry_id = ?", id)).isZero();
    }
}
