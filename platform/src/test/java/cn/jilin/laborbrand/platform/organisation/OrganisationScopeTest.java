package cn.jilin.laborbrand.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.code.CreditCode;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest(classes = PlatformTestApplication.class)
@Transactional
class OrganisationScopeTest {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    OrganisationService service;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;

    private long bureauOf(String regionCode) {
        return jdbc.queryForObject("select id from organisation where kind = 'HRSS_BUREAU' and region_code = ?", Long.class, regionCode);
    }

    private DataScope city(String code) {
        return DataScope.region(code, regions.coveredCodes(code));
    }

    private final OrganisationFilter bureaus = new OrganisationFilter(null, OrganisationKind.HRSS_BUREAU, null);

    @Test
    void cityOfficerFindsItsOwnCountiesButNotAnotherCitysBureau() {
        DataScope changchun = city("220100");
        assertThat(organisations.findById(bureauOf("220102"), changchun)).isPresent();
        assertThat(organisations.findById(bureauOf("220400"), changchun)).isEmpty();
        assertThatThrownBy(() -> service.get(bureauOf("220400"), changchun)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void listsAreScopedInTheQuery() {
        assertThat(service.search(bureaus, city("220100"), PageRequest.of(0, 100)).getTotalElements()).isEqualTo(12);
        assertThat(service.search(bureaus, city("220400"), PageRequest.of(0, 100)).getContent())
                .allSatisfy(o -> assertThat(o.getRegionCode()).startsWith("2204"))
                .hasSize(5);
        assertThat(organisations.count(bureaus.toSpecification(), DataScope.province())).isEqualTo(70);
    }

    @Test
    void anOrganisationScopeSeesOnlyItself() {
        long finance = jdbc.queryForObject("select id from organisation where name = '吉林省财政厅'", Long.class);
        DataScope own = DataScope.organisation(finance);
        assertThat(organisations.findAll(null, own, Sort.unsorted())).extracting(Organisation::getId).containsExactly(finance);
        assertThat(organisations.findById(bureauOf("220100"), own)).isEmpty();
    }

    @Test
    void administratorsAndExpertsSeeNoOrganisationRecords() {
        assertThat(organisations.count(null, DataScope.none())).isZero();
        assertThat(organisations.count(null, DataScope.expert(1L))).isZero();
    }

    @Test
    void idsWithinTheScopeAreThoseOfItsRecordsOnly() {
        long changchun = bureauOf("220102");
        long liaoyuan = bureauOf("220400");
        long finance = jdbc.queryForObject("select id from organisation where name = '吉林省财政厅'", Long.class);
        List<Long> ids = List.of(changchun, liaoyuan, finance, -1L);
        assertThat(organisations.idsWithin(ids, DataScope.province())).containsExactlyInAnyOrder(changchun, liaoyuan, finance);
        assertThat(organisations.idsWithin(ids, city("220100"))).containsExactly(changchun);
        assertThat(organisations.idsWithin(ids, DataScope.organisation(finance))).containsExactly(finance);
        assertThat(organisations.idsWithin(ids, DataScope.none())).isEmpty();
        assertThat(organisations.idsWithin(List.of(), DataScope.province())).isEmpty();
        assertThatThrownBy(() -> organisations.idsWithin(ids, null)).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReadWithoutAScopeIsRefused() {
        assertThatThrownBy(() -> organisations.findById(bureauOf("220100"), null)).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCityOfficerRegistersAnInstitutionInItsRegionOnly() {
        String code = "52220100MJ" + "0000001";
        String creditCode = code + CreditCode.checkCharacter(code);
        long id = service.register(new NewOrganisation("测试职业培训学校", OrganisationKind.INSTITUTION, "220102", creditCode, null), city("220100"));
        assertThat(service.get(id, city("220100")).getCreditCode()).isEqualTo(creditCode);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'organisation.register' and object_id = ?",
                Integer.class, String.valueOf(id))).isEqualTo(1);

        assertThatThrownBy(() -> service.register(new NewOrganisation("辽源某学校", OrganisationKind.INSTITUTION, "220402", null, null), city("220100")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKeys()).containsExactly("organisation.region.outOfScope"));
        assertThatThrownBy(() -> service.register(new NewOrganisation("另一所学校", OrganisationKind.INSTITUTION, "220102", creditCode, null), city("220100")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("creditCode"));
        assertThatThrownBy(() -> service.register(new NewOrganisation("某某局", OrganisationKind.HRSS_BUREAU, "220102", null, null), city("220100")))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }
}
