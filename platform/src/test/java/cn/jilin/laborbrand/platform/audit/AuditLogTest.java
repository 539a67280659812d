package cn.jilin.laborbrand.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = PlatformTestApplication.class)
class AuditLogTest {

    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Environment environment;

    @Test
    void anEventIsWrittenWithItsActorAndCanBeFound() {
        String object = UUID.randomUUID().toString();
        audit.record(new AuditActor(7L, "tester", 3L), "test.write", "thing", object, AuditOutcome.SUCCESS, "detail");
        var page = audit.search(new AuditQuery(LocalDate.now().minusDays(1), LocalDate.now().plusDays(1), "TESTER", "test.", null),
                PageRequest.of(0, 50));
        assertThat(page.getContent()).anySatisfy(e -> {
            assertThat(e.getObjectId()).isEqualTo(object);
            assertThat(e.getAccountId()).isEqualTo(7L);
            assertThat(e.getOrganisationId()).isEqualTo(3L);
            assertThat(e.getOccurredAt()).isNotNull();
        });
    }

    @Test
    void thePortalsRoleMayOnlyAddAndReadTheLog() {
        audit.record(AuditActor.SYSTEM, "test.immutable", null, null, AuditOutcome.SUCCESS, null);
        for (String sql : List.of("update audit_event set detail = 'changed' where action = 'test.immutable'",
                "delete from audit_event where action = 'test.immutable'", "truncate audit_event",
                "alter table audit_event disable trigger all", "drop trigger audit_event_no_update_or_delete on audit_event",
                "drop table audit_event", "create table audit_event_copy (id bigint)")) {
            assertThatThrownBy(() -> jdbc.execute(sql)).as(sql)
                    .isInstanceOf(DataAccessException.class).rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'test.immutable'", Integer.class)).isPositive();
    }

    @Test
    void evenTheOwnerCannotChangeOrDeleteARowWhileTheTriggersStand() {
        audit.record(AuditActor.SYSTEM, "test.immutable", null, null, AuditOutcome.SUCCESS, null);
        JdbcTemplate owner = new JdbcTemplate(new SingleConnectionDataSource(environment.getProperty("spring.datasource.url"),
                environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password"), true));
        assertThatThrownBy(() -> owner.update("update audit_event set detail = 'changed' where action = 'test.immutable'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.update("delete from audit_event where action = 'test.immutable'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void anEventRollsBackWithTheChangeItRecords() {
        String object = UUID.randomUUID().toString();
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            audit.record("test.rollback", "thing", object, null);
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_id = ?", Integer.class, object)).isZero();
    }
}
