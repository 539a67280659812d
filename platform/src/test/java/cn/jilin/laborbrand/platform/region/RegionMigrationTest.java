package cn.jilin.laborbrand.platform.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = PlatformTestApplication.class)
class RegionMigrationTest {

    @Autowired
    RegionService regions;

    @Test
    void theProvinceHasNinePrefecturesPlusTheTwoPeersOfThePlan() {
        List<String> names = regions.prefectures().stream().map(Region::getName).toList();
        assertThat(names).containsExactly("长春市", "吉林市", "四平市", "辽源市", "通化市", "白山市", "松原市", "白城市",
                "延边朝鲜族自治州", "长白山管委会", "梅河口市");
    }

    @Test
    void theCitiesOfThePlanAreTheNineAndTheTwoPeersStandBesideThem() {
        assertThat(regions.cities()).extracting(Region::getName).containsExactly("长春市", "吉林市", "四平市", "辽源市", "通化市",
                "白山市", "松原市", "白城市", "延边朝鲜族自治州");
        assertThat(regions.prefectures()).filteredOn(r -> !r.isCity()).extracting(Region::getCode).containsExactly("22X001", "220581");
        assertThat(regions.all()).filteredOn(Region::isCity).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(RegionLevel.PREFECTURE));
    }

    @Test
    void aCityIsWithinTheBandFromItsLowerToItsUpperBoundAndAPeerIsBesideWhateverItsValue() {
        CityBand band = new CityBand(1, 2);
        Region changchun = regions.find("220100").orElseThrow();
        assertThat(band.standing(changchun, 0)).isEqualTo(CityBand.Standing.BELOW);
        assertThat(band.standing(changchun, 1)).isEqualTo(CityBand.Standing.WITHIN);
        assertThat(band.standing(changchun, 2)).isEqualTo(CityBand.Standing.WITHIN);
        assertThat(band.standing(changchun, 3)).isEqualTo(CityBand.Standing.ABOVE);
        for (String peer : List.of("22X001", "220581")) {
            Region region = regions.find(peer).orElseThrow();
            assertThat(List.of(0L, 1L, 3L)).allSatisfy(v -> assertThat(band.standing(region, v)).isEqualTo(CityBand.Standing.BESIDE));
        }
        assertThat(new CityBand(2, 2).standing(changchun, 1)).isEqualTo(CityBand.Standing.BELOW);
        assertThat(CityBand.Standing.values()).filteredOn(CityBand.Standing::isMet).containsExactly(CityBand.Standing.WITHIN);
        assertThatThrownBy(() -> new CityBand(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CityBand(-1, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyCountyLevelUnitIsLoadedUnderItsPrefecture() {
        long counties = regions.all().stream().filter(r -> r.getLevel() == RegionLevel.COUNTY).count();
        // Jilin has 60 county-level units; 梅河口市 is listed among the prefecture peers
        assertThat(counties).isEqualTo(59);
        assertThat(regions.children("220100")).extracting(Region::getName).contains("南关区", "榆树市", "公主岭市");
        assertThat(regions.children("222400")).hasSize(8);
        assertThat(regions.find("220184").orElseThrow().getParentCode()).isEqualTo("220100");
    }

    @Test
    void gbCodesAreSixDigitsAndTheInternalCodeCannotClashWithThem() {
        assertThat(regions.all()).allSatisfy(r -> assertThat(r.getCode()).hasSize(6));
        assertThat(regions.all().stream().map(Region::getCode).filter(c -> !c.matches("\\d{6}")))
                .containsExactly("22X001");
    }

    @Test
    void aCityCoversItsCountiesButNotThePeersTheyAdministerSeparately() {
        assertThat(regions.coveredCodes("220100")).contains("220100", "220102", "220184").hasSize(12);
        // 梅河口市 220581 is a county of 通化 in GB/T 2260, but reports to the province in the plan
        assertThat(regions.coveredCodes("220500")).doesNotContain("220581").contains("220582");
        assertThat(regions.coveredCodes("220581")).containsExactly("220581");
        assertThat(regions.coveredCodes("220000")).hasSize(regions.all().size());
    }

    @Test
    void aRegisteredRecordsRegionIsAKnownRegionWithinTheCallersScope() {
        DataScope changchun = DataScope.region("220100", regions.coveredCodes("220100"));
        regions.checkWithin("220102", changchun);
        regions.checkWithin("220102", DataScope.province());
        for (String unknown : new String[]{null, "", "999999", "220100' or '1'='1"}) {
            assertThatThrownBy(() -> regions.checkWithin(unknown, DataScope.province())).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKeys()).containsExactly("region.unknown"));
        }
        for (String outside : new String[]{"220200", "220000", "220581"}) {
            assertThatThrownBy(() -> regions.checkWithin(outside, changchun)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKeys()).containsExactly("region.outOfScope"));
        }
        assertThatThrownBy(() -> regions.checkWithin("220102", DataScope.none())).isInstanceOf(RuleViolation.class);
    }
}
