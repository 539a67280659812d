package cn.jilin.laborbrand.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Sort;

@SpringBootTest(classes = PlatformTestApplication.class)
class OrganisationMigrationTest {

    @Autowired
    OrganisationRepository organisations;

    private List<Organisation> ofKind(OrganisationKind kind) {
        return organisations.findAll((root, q, cb) -> cb.equal(root.get("kind"), kind), DataScope.province(), Sort.by("sortOrder"));
    }

    @Test
    void theNineteenIssuingUnitsAreLoadedInTheOrderOfTheSignatures() {
        List<Organisation> departments = ofKind(OrganisationKind.PROVINCIAL_DEPARTMENT);
        assertThat(departments).hasSize(19);
        assertThat(departments.get(0).getName()).isEqualTo("吉林省人力资源和社会保障厅");
        assertThat(departments.get(18).getName()).isEqualTo("吉林证监局");
        assertThat(CreditCode.isValid(departments.get(0).getCreditCode())).isTrue();
    }

    @Test
    void unitsNamedTwoWaysAreOneOrganisationUnderTheMeasuresName() {
        List<Organisation> departments = ofKind(OrganisationKind.PROVINCIAL_DEPARTMENT);
        assertThat(departments).extracting(Organisation::getShortName).contains("人民银行长春中心支行", "省市场监管厅");
        assertThat(departments).extracting(Organisation::getAlias).contains("中国工商银行长春中心支行", "吉林省市场监管局");
        assertThat(departments).extracting(Organisation::getName).doesNotContain("中国工商银行长春中心支行", "吉林省市场监管局");
    }

    @Test
    void everyPrefectureAndCountyHasAnHrssBureau() {
        List<Organisation> bureaus = ofKind(OrganisationKind.HRSS_BUREAU);
        assertThat(bureaus).hasSize(11 + 59);
        assertThat(bureaus).extracting(Organisation::getName)
                .contains("长春市人力资源和社会保障局", "延边朝鲜族自治州人力资源和社会保障局", "长白山管委会人力资源和社会保障局",
                        "梅河口市人力资源和社会保障局", "长春市南关区人力资源和社会保障局");
    }
}
