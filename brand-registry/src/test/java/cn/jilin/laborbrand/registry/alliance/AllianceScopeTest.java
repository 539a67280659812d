package cn.jilin.laborbrand.registry.alliance;

import static cn.jilin.laborbrand.registry.RegistryRecords.CHANGCHUN;
import static cn.jilin.laborbrand.registry.RegistryRecords.LIAOYUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.NANGUAN;
import static cn.jilin.laborbrand.registry.RegistryRecords.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.registry.RegistryRecords;
import cn.jilin.laborbrand.registry.RegistryTestApplication;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which alliances a scope sees, in the query: the province all; a city those of its region and those with a member of
 * its region; an enterprise those it is a member of; nobody else any.
 */
@SpringBootTest(classes = RegistryTestApplication.class)
@Transactional
class AllianceScopeTest {

    static final String[] MANAGER = {"alliance:manage", "brand:view", "organisation:view"};
    static final LocalDate FOUNDED = LocalDate.of(2023, 3, 1);

    @Autowired
    BrandAllianceService alliances;
    @Autowired
    RegistryRecords records;

    private String tag;
    private long member;
    private long outsider;
    private long changchunAlliance;
    private long liaoyuanTrade;
    private long emptyTrade;

    @BeforeEach
    void threeAlliances() {
        tag = RegistryRecords.unique("联盟范围");
        member = records.enterprise(CHANGCHUN);
        outsider = records.enterprise(CHANGCHUN);
        long nanguanBrand = records.brand(NANGUAN, IndustrySection.C);
        long liaoyuanBrand = records.brand(LIAOYUAN, IndustrySection.C);
        as(() -> {
            changchunAlliance = alliances.create(new AllianceDetails(tag + "长春", AllianceBasis.REGION, null, CHANGCHUN, FOUNDED, "市政府批复"));
            alliances.addBrand(changchunAlliance, nanguanBrand, FOUNDED, DataScope.province());
            alliances.addEnterprise(changchunAlliance, member, FOUNDED, DataScope.province());
            liaoyuanTrade = alliances.create(new AllianceDetails(tag + "制造业", AllianceBasis.TRADE, IndustrySection.C, null, FOUNDED, "行业协会"));
            alliances.addBrand(liaoyuanTrade, liaoyuanBrand, FOUNDED, DataScope.province());
            emptyTrade = alliances.create(new AllianceDetails(tag + "建筑业", AllianceBasis.TRADE, IndustrySection.E, null, FOUNDED, "行业协会"));
            return null;
        }, MANAGER);
    }

    private List<Long> listed(DataScope scope) {
        AllianceFilter mine = new AllianceFilter(null, null, null, tag);
        return as(() -> alliances.search(mine, scope, PageRequest.of(0, 20, Sort.by("id"))).map(s -> s.alliance().getId()).getContent(),
                "brand:view");
    }

    private List<Long> exported(DataScope scope) {
        return as(() -> alliances.export(new AllianceFilter(null, null, null, tag), scope, Sort.by("id")).stream()
                .map(s -> s.alliance().getId()).toList(), "brand:view");
    }

    @Test
    void theProvinceSeesEveryAllianceWithItsMembersCounted() {
        assertThat(listed(DataScope.province())).containsExactly(changchunAlliance, liaoyuanTrade, emptyTrade);
        assertThat(exported(DataScope.province())).containsExactly(changchunAlliance, liaoyuanTrade, emptyTrade);
        AllianceSummary changchun = as(() -> alliances.search(new AllianceFilter(AllianceBasis.REGION, null, null, tag), DataScope.province(),
                PageRequest.of(0, 20)).getContent().get(0), "brand:view");
        assertThat(changchun.brandCount()).isEqualTo(1);
        assertThat(changchun.enterpriseCount()).isEqualTo(1);
    }

    @Test
    void aCitySeesTheAlliancesOfItsRegionAndThoseWithAMemberOfItsRegion() {
        assertThat(listed(records.city(CHANGCHUN))).containsExactly(changchunAlliance);
        assertThat(exported(records.city(CHANGCHUN))).containsExactly(changchunAlliance);
        assertThat(listed(records.city(LIAOYUAN))).containsExactly(liaoyuanTrade);
        assertThatThrownBy(() -> as(() -> alliances.get(changchunAlliance, records.city(LIAOYUAN)), "brand:view"))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(() -> alliances.members(changchunAlliance, records.city(CHANGCHUN)), "brand:view")).hasSize(2);
    }

    @Test
    void anEnterpriseSeesOnlyTheAlliancesItIsAMemberOf() {
        assertThat(listed(DataScope.organisation(member))).containsExactly(changchunAlliance);
        assertThat(listed(DataScope.organisation(outsider))).isEmpty();
        assertThatThrownBy(() -> as(() -> alliances.get(liaoyuanTrade, DataScope.organisation(member)), "brand:view"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void expertsAndNoScopeSeeNoAlliance() {
        assertThat(listed(DataScope.none())).isEmpty();
        assertThat(exported(DataScope.none())).isEmpty();
        assertThat(listed(DataScope.expert(-1L))).isEmpty();
    }

    @Test
    void aMemberMustFitTheAlliancesTradeOrRegion() {
        long liaoyuanBrand = records.brand(LIAOYUAN, IndustrySection.C);
        assertThatThrownBy(() -> as(() -> {
            alliances.addBrand(changchunAlliance, liaoyuanBrand, FOUNDED, DataScope.province());
            return null;
        }, MANAGER)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("alliance.member.otherRegion"));
        assertThatThrownBy(() -> as(() -> {
            alliances.addBrand(emptyTrade, liaoyuanBrand, FOUNDED, DataScope.province());
            return null;
        }, MANAGER)).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("alliance.member.otherTrade"));
    }
}
