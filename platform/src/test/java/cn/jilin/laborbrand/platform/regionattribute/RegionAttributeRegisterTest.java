package cn.jilin.laborbrand.platform.regionattribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.Acting;
import cn.jilin.laborbrand.platform.workflow.WorkflowStep;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region attributes of 二(一)2: the resource-depleted cities of 国发〔2013〕45号 are seeded; the province adds an area
 * of a known prefecture or county with its source, once per region, kind and site; a city reads those of its region
 * only and changes none even holding the permission (the 403 without it is the pages' test); every change is in the record's history and the audit log.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
@Transactional
class RegionAttributeRegisterTest {

    private static final String SOURCE = "吉林省乡村振兴局公布的省级乡村振兴重点帮扶县名单（测试）";

    @Autowired
    RegionAttributeService attributes;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    private static <T> T manager(Callable<T> work) {
        return Acting.as(7, work, "region:attribute:view", "region:attribute:manage");
    }

    private static <T> T reader(Callable<T> work) {
        return Acting.as(8, work, "region:attribute:view");
    }

    private DataScope city(String code) {
        return DataScope.region(code, regions.coveredCodes(code));
    }

    private static RegionAttributeDetails county(String code, String source) {
        return new RegionAttributeDetails(code, RegionAttributeKind.RURAL_REVITALISATION_COUNTY, null, source, 2022, null);
    }

    private String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation refused) {
            return refused.messageKeys().get(0);
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theResourceDepletedCitiesOfTheStateCouncilsPlanAreSeededWithTheirSource() {
        List<RegionAttribute> seeded = reader(() -> attributes.all(DataScope.province())).stream()
                .filter(a -> a.getKind() == RegionAttributeKind.RESOURCE_DEPLETED_CITY && !a.isDemo()).toList();
        assertThat(seeded).extracting(RegionAttribute::getRegionCode)
                .containsExactlyInAnyOrder("220400", "220600", "220283", "220113", "222403", "222424", "220503");
        assertThat(seeded).allSatisfy(a -> assertThat(a.getSourceDocument()).startsWith("国发〔2013〕45号"));
    }

    @Test
    void theProvinceAddsACountyWithItsSourceAndTheHistoryAndAuditKeepIt() {
        long id = manager(() -> attributes.create(county("220422", SOURCE), DataScope.province()));
        RegionAttribute added = reader(() -> attributes.get(id, DataScope.province()));
        assertThat(added.getSourceDocument()).isEqualTo(SOURCE);
        assertThat(added.getSiteName()).isEmpty();

        manager(() -> {
            attributes.update(id, added.getVersion(), new RegionAttributeDetails("220422", RegionAttributeKind.RURAL_REVITALISATION_COUNTY,
                    null, SOURCE + "（修订）", 2023, "2023年调整"), DataScope.province());
            return null;
        });
        List<WorkflowStep> history = reader(() -> attributes.history(id, DataScope.province()));
        assertThat(history).extracting(WorkflowStep::getAction).containsExactly("create", "edit");
        assertThat(history.get(1).getComment()).contains("东辽县").contains("（修订）");

        long version = reader(() -> attributes.get(id, DataScope.province())).getVersion();
        manager(() -> {
            attributes.remove(id, version, DataScope.province());
            return null;
        });
        assertThatThrownBy(() -> reader(() -> attributes.get(id, DataScope.province()))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.queryForObject("select count(*) from workflow_step where subject_type = 'region_attribute' and subject_id = ?",
                Long.class, id)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action like 'region_attribute.%' and object_id = ?",
                Long.class, String.valueOf(id))).isEqualTo(3);
    }

    @Test
    void anUnknownRegionTheProvinceItselfADuplicateAndAMissingSourceAreRefused() {
        assertThat(refusal(() -> manager(() -> attributes.create(county("229999", SOURCE), DataScope.province()))))
                .isEqualTo("livelihood.area.region.unknown");
        assertThat(refusal(() -> manager(() -> attributes.create(county("220000", SOURCE), DataScope.province()))))
                .isEqualTo("livelihood.area.region.unknown");
        assertThat(refusal(() -> manager(() -> attributes.create(county("220422", "  "), DataScope.province()))))
                .isEqualTo("livelihood.area.source.required");
        assertThat(refusal(() -> manager(() -> attributes.create(county("220422", null), DataScope.province()))))
                .isEqualTo("livelihood.area.source.required");

        manager(() -> attributes.create(county("220421", SOURCE), DataScope.province()));
        assertThat(refusal(() -> manager(() -> attributes.create(county("220421", "另一份文件"), DataScope.province()))))
                .isEqualTo("livelihood.area.duplicate");
        RegionAttributeDetails seededAgain = new RegionAttributeDetails("220400", RegionAttributeKind.RESOURCE_DEPLETED_CITY, "", "重复", null, null);
        assertThat(refusal(() -> manager(() -> attributes.create(seededAgain, DataScope.province())))).isEqualTo("livelihood.area.duplicate");
        assertThat(refusal(() -> manager(() -> attributes.create(new RegionAttributeDetails("220421", RegionAttributeKind.RURAL_REVITALISATION_COUNTY,
                null, SOURCE, 2999, null), DataScope.province())))).isEqualTo("livelihood.area.sinceYear.range");
    }

    @Test
    void aRelocationSiteIsNamedAndTwoSitesOfOneCountyAreTwoAreas() {
        RegionAttributeDetails unnamed = new RegionAttributeDetails("222426", RegionAttributeKind.RELOCATION_SITE, " ", SOURCE, 2019, null);
        assertThat(refusal(() -> manager(() -> attributes.create(unnamed, DataScope.province())))).isEqualTo("livelihood.area.site.required");
        RegionAttributeDetails namedCounty = new RegionAttributeDetails("222426", RegionAttributeKind.RURAL_REVITALISATION_COUNTY, "某安置区", SOURCE, 2019, null);
        assertThat(refusal(() -> manager(() -> attributes.create(namedCounty, DataScope.province())))).isEqualTo("livelihood.area.site.notAllowed");

        manager(() -> attributes.create(new RegionAttributeDetails("222426", RegionAttributeKind.RELOCATION_SITE, "东安置区", SOURCE, 2019, null),
                DataScope.province()));
        manager(() -> attributes.create(new RegionAttributeDetails("222426", RegionAttributeKind.RELOCATION_SITE, "西安置区", SOURCE, 2019, null),
                DataScope.province()));
        assertThat(refusal(() -> manager(() -> attributes.create(new RegionAttributeDetails("222426", RegionAttributeKind.RELOCATION_SITE,
                " 西安置区 ", SOURCE, 2019, null), DataScope.province())))).isEqualTo("livelihood.area.duplicate");
        assertThat(reader(() -> attributes.search(new RegionAttributeFilter(RegionAttributeKind.RELOCATION_SITE, List.of("222426"), "安置区"),
                DataScope.province(), PageRequest.of(0, 10))).getContent()).extracting(RegionAttribute::getSiteName)
                .containsExactlyInAnyOrder("东安置区", "西安置区");
    }

    @Test
    void aCityReadsTheAreasOfItsRegionOnlyAndChangesNone() {
        DataScope changchun = city("220100");
        assertThat(reader(() -> attributes.all(changchun))).extracting(RegionAttribute::getRegionCode).contains("220113")
                .allSatisfy(code -> assertThat(regions.coveredCodes("220100")).contains(code));
        long liaoyuan = reader(() -> attributes.all(DataScope.province())).stream().filter(a -> a.getRegionCode().equals("220400"))
                .findFirst().orElseThrow().getId();
        assertThatThrownBy(() -> reader(() -> attributes.get(liaoyuan, changchun))).isInstanceOf(NotFoundException.class);
        assertThat(refusal(() -> manager(() -> attributes.create(county("220183", SOURCE), changchun)))).isEqualTo("livelihood.area.provinceOnly");
    }
}
