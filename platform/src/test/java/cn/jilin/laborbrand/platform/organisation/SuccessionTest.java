package cn.jilin.laborbrand.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.RuleViolation;
import cn.jilin.laborbrand.platform.account.SystemActor;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules of a succession: the province (its scope; the permission is the page test's) records it, for another standing organisation of the same kind, on a date not
 * in the future, by a document; anything else is refused and records nothing. A succeeded organisation keeps its name
 * (history and search) and is no longer offered as a choice of its kind.
 */
@SpringBootTest(classes = PlatformTestApplication.class)
class SuccessionTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    long predecessor;
    long successor;

    @BeforeEach
    void twoDepartments() {
        predecessor = department();
        successor = department();
    }

    private long department() {
        return jdbc.queryForObject("insert into organisation (name, kind, region_code) values (?, 'PROVINCIAL_DEPARTMENT', '220000') returning id",
                Long.class, "承继测试部门-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private void succeed(long from, Long to, LocalDate on, String document, DataScope scope) {
        SystemActor.run(() -> organisations.succeed(from, to, null, on, document, scope), "organisation:register");
    }

    private void refused(Long to, LocalDate on, String document, String key) {
        assertThatThrownBy(() -> succeed(predecessor, to, on, document, DataScope.province())).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly(key));
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, predecessor)).isNull();
    }

    @Test
    void anInvalidSuccessionIsRefusedAndRecordsNothing() {
        LocalDate past = LocalDate.of(2023, 5, 18);
        refused(null, past, "文号", "organisation.succession.successorRequired");
        refused(predecessor, past, "文号", "organisation.succession.invalid");
        refused(987654321L, past, "文号", "organisation.succession.unknown");
        long institution = jdbc.queryForObject("insert into organisation (name, kind, region_code) values (?, 'INSTITUTION', '220102') returning id",
                Long.class, "承继测试学校-" + UUID.randomUUID().toString().substring(0, 8));
        refused(institution, past, "文号", "organisation.succession.invalid");
        refused(successor, null, "文号", "NotNull");
        refused(successor, LocalDate.now().plusDays(2), "文号", "organisation.succession.future");
        refused(successor, past, "  ", "NotBlank");
        refused(successor, past, "号".repeat(101), "organisation.succession.documentTooLong");
        // a successor itself succeeded, and a second succession of one organisation
        long third = department();
        succeed(successor, third, past, "文号", DataScope.province());
        refused(successor, past, "文号", "organisation.succession.invalid");
        succeed(predecessor, third, past, "文号", DataScope.province());
        long fourth = department();
        assertThatThrownBy(() -> succeed(predecessor, fourth, past, "另一文号", DataScope.province())).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("organisation.succession.already"));
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, predecessor)).isEqualTo(third);
    }

    @Test
    void aBodyTheReorganisationFormedIsMadeInThePredecessorsPlace() {
        jdbc.update("update organisation set sort_order = 17, region_code = '220000' where id = ?", predecessor);
        String name = "新组建测试局-" + UUID.randomUUID().toString().substring(0, 8);
        long made = SystemActor.call(() -> organisations.succeed(predecessor, null, "  " + name + "  ", LocalDate.of(2023, 7, 20),
                "吉机改〔2023〕2号", DataScope.province()), "organisation:register");
        assertThat(jdbc.queryForMap("select name, kind, region_code, sort_order from organisation where id = ?", made))
                .containsEntry("name", name).containsEntry("kind", "PROVINCIAL_DEPARTMENT").containsEntry("region_code", "220000")
                .containsEntry("sort_order", 17);
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, predecessor)).isEqualTo(made);
    }

    @Test
    void aNewBodysNameMustBeFreeAndComeAlone() {
        long before = jdbc.queryForObject("select count(*) from organisation", Long.class);
        String taken = jdbc.queryForObject("select name from organisation where id = ?", String.class, successor);
        assertThatThrownBy(() -> SystemActor.run(() -> organisations.succeed(predecessor, null, taken, LocalDate.of(2023, 5, 18), "文号",
                DataScope.province()), "organisation:register")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("organisation.name.taken"));
        assertThatThrownBy(() -> SystemActor.run(() -> organisations.succeed(predecessor, successor, "另一个新单位", LocalDate.of(2023, 5, 18), "文号",
                DataScope.province()), "organisation:register")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("organisation.succession.oneOf"));
        assertThatThrownBy(() -> SystemActor.run(() -> organisations.succeed(predecessor, null, "局".repeat(101), LocalDate.of(2023, 5, 18), "文号",
                DataScope.province()), "organisation:register")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKeys()).containsExactly("organisation.succession.nameTooLong"));
        // a new body with a bad document: nothing made either
        assertThatThrownBy(() -> SystemActor.run(() -> organisations.succeed(predecessor, null, "未建成的新单位" + UUID.randomUUID(),
                LocalDate.of(2023, 5, 18), " ", DataScope.province()), "organisation:register")).isInstanceOf(RuleViolation.class);
        assertThat(jdbc.queryForObject("select count(*) from organisation", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, predecessor)).isNull();
    }

    @Test
    void onlyTheProvinceRecordsASuccession() {
        DataScope city = DataScope.region("220100", java.util.Set.of("220100", "220000"));
        assertThatThrownBy(() -> succeed(predecessor, successor, LocalDate.of(2023, 5, 18), "文号", city))
                .isInstanceOf(AccessDeniedException.class);
        // the permission (organisation:register) is the method's rule, enforced where method security is on: see the page test
        assertThat(jdbc.queryForObject("select succeeded_by from organisation where id = ?", Long.class, predecessor)).isNull();
    }

    @Test
    void aSucceededOrganisationKeepsItsNameButIsNoLongerAChoiceOfItsKind() {
        String name = jdbc.queryForObject("select name from organisation where id = ?", String.class, predecessor);
        succeed(predecessor, successor, LocalDate.of(2023, 5, 18), "吉机改〔2023〕1号", DataScope.province());
        assertThat(organisations.choicesOf(OrganisationKind.PROVINCIAL_DEPARTMENT)).extracting(OrganisationChoice::id)
                .contains(successor).doesNotContain(predecessor);
        assertThat(organisations.everyOf(OrganisationKind.PROVINCIAL_DEPARTMENT)).extracting(OrganisationChoice::name).contains(name);
        assertThat(organisations.choice(predecessor)).map(OrganisationChoice::name).hasValue(name);
        assertThat(organisations.predecessorsOf(successor)).extracting(OrganisationChoice::id).containsExactly(predecessor);
        assertThat(organisations.options(name, java.util.Set.of(OrganisationKind.PROVINCIAL_DEPARTMENT), 10)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'organisation.succeed' and object_id = ?",
                Integer.class, "" + predecessor)).isOne();
    }
}
