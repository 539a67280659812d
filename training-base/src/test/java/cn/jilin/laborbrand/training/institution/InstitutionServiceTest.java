package cn.jilin.laborbrand.training.institution;

import static cn.jilin.laborbrand.training.TrainingTestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.organisation.Organisation;
import cn.jilin.laborbrand.platform.organisation.OrganisationKind;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.training.TrainingTestApplication;
import cn.jilin.laborbrand.training.TrainingTestData;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Institutions in the database: lists, the type-ahead and the one an institution's own account sees, all within the
 * caller's scope; a city registers only organisations of its own region, each once.
 */
@SpringBootTest(classes = TrainingTestApplication.class)
class InstitutionServiceTest {

    @Autowired
    InstitutionService institutions;
    @Autowired
    TrainingTestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsTypeAheadAndLoadsStayWithinTheCallersScope() {
        Institution liaoyuan = data.institution("220402");
        Institution tonghua = data.institution("220502");
        DataScope city = data.city("220400");

        assertThat(as(() -> institutions.search(null, null, city, PageRequest.of(0, 1000))).map(Institution::getId)).contains(liaoyuan.getId())
                .doesNotContain(tonghua.getId());
        assertThat(as(() -> institutions.options(liaoyuan.getName(), city, 20))).extracting(Institution::getId).containsExactly(liaoyuan.getId());
        assertThat(as(() -> institutions.options(tonghua.getName(), city, 20))).isEmpty();
        assertThat(as(() -> institutions.options("", city, 20))).isEmpty();
        assertThatThrownBy(() -> as(() -> institutions.get(tonghua.getId(), city))).isInstanceOf(NotFoundException.class);
        assertThat(as(() -> institutions.search(null, null, DataScope.none(), PageRequest.of(0, 10))).getTotalElements()).isZero();
        // names of institutions whose courses or bases a caller has already loaded
        assertThat(as(() -> institutions.names(List.of(liaoyuan.getId(), tonghua.getId())))).containsOnly(
                java.util.Map.entry(liaoyuan.getId(), liaoyuan.getName()), java.util.Map.entry(tonghua.getId(), tonghua.getName()));
        assertThat(as(() -> institutions.names(List.of()))).isEmpty();
    }

    @Test
    void anInstitutionsOwnAccountSeesOnlyItselfWhichAFormFillsIn() {
        Institution institution = data.institution("220402");
        DataScope own = DataScope.organisation(institution.getOrganisationId());
        assertThat(as(() -> institutions.only(own))).map(Institution::getId).contains(institution.getId());
        assertThat(as(() -> institutions.only(data.city("220400")))).as("a city sees several").isEmpty();
        assertThat(as(() -> institutions.ofOrganisation(institution.getOrganisationId(), data.city("220500")))).isEmpty();
    }

    @Test
    void aCityRegistersOnlyInstitutionsAndEnterprisesOfItsRegionAndEachOnce() {
        long enterprise = data.organisation("220402", OrganisationKind.ENTERPRISE);
        long elsewhere = data.organisation("220502", OrganisationKind.ENTERPRISE);
        String name = jdbc.queryForObject("select name from organisation where id = ?", String.class, enterprise);
        String otherName = jdbc.queryForObject("select name from organisation where id = ?", String.class, elsewhere);
        DataScope city = data.city("220400");

        assertThat(as(() -> institutions.registrable(name, city, 20))).extracting(Organisation::getId).containsExactly(enterprise);
        assertThat(as(() -> institutions.registrable(otherName, city, 20))).isEmpty();
        List<Organisation> bureaus = as(() -> institutions.registrable("人力资源和社会保障局", city, 20));
        assertThat(bureaus).as("government units are no institutions").isEmpty();

        InstitutionDetails details = new InstitutionDetails(enterprise, InstitutionKind.ENTERPRISE, "辽源某路", "联系人", "13912345678");
        as(() -> institutions.register(details, city));
        assertThatThrownBy(() -> as(() -> institutions.register(details, city)))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("institution.organisation.taken"));
        assertThatThrownBy(() -> as(() -> institutions.register(new InstitutionDetails(elsewhere, InstitutionKind.ENTERPRISE, "通化", "某人",
                "13912345678"), city))).isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("organisationId"));
    }
}
