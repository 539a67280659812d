package cn.jilin.laborbrand.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.PlatformTestApplication;
import cn.jilin.laborbrand.platform.region.RegionService;
import cn.jilin.laborbrand.platform.scope.DataScope;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A record read within a scope (ScopedJpaRepository, ScopeVerdicts) is queried once per read-only transaction: the same read again is answered from the
 * persistence context. Another scope, another transaction, a read-write transaction or no transaction query again.
 */
@SpringBootTest(classes = PlatformTestApplication.class, properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ScopedReadOnceTest {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    RegionService regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EntityManagerFactory entityManagers;

    private Statistics statistics;
    private long changchunBureau;
    private long siping;

    @BeforeEach
    void setUp() {
        statistics = entityManagers.unwrap(SessionFactory.class).getStatistics();
        changchunBureau = jdbc.queryForObject("select id from organisation where kind = 'HRSS_BUREAU' and region_code = '220100'", Long.class);
        siping = jdbc.queryForObject("select id from organisation where kind = 'HRSS_BUREAU' and region_code = '220300'", Long.class);
    }

    private DataScope city(String code) {
        return DataScope.region(code, regions.coveredCodes(code));
    }

    /** The statements {@code work} sends. */
    private long statements(Runnable work) {
        long before = statistics.getPrepareStatementCount();
        work.run();
        return statistics.getPrepareStatementCount() - before;
    }

    private <T> T inTransaction(boolean readOnly, Supplier<T> work) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template.execute(status -> work.get());
    }

    @Test
    void aReadOnlyTransactionQueriesARecordOncePerScope() {
        DataScope changchun = city("220100");
        inTransaction(true, () -> {
            Organisation first = organisations.getById(changchunBureau, changchun);
            assertThat(statements(() -> assertThat(organisations.getById(changchunBureau, changchun)).isSameAs(first))).isZero();
            assertThat(statements(() -> assertThat(organisations.findById(changchunBureau, DataScope.province())).containsSame(first)))
                    .as("another scope is asked again").isEqualTo(1);
            assertThat(statements(() -> assertThat(organisations.findById(siping, changchun)).isEmpty())).isEqualTo(1);
            assertThat(statements(() -> assertThat(organisations.findById(siping, changchun)).isEmpty()))
                    .as("a record outside the scope is asked again: only records found are remembered").isEqualTo(1);
            return null;
        });
        assertThat(statements(() -> inTransaction(true, () -> organisations.getById(changchunBureau, changchun))))
                .as("a new transaction remembers nothing").isEqualTo(1);
    }

    @Test
    void aReadWriteTransactionOrNoneQueriesEveryTime() {
        DataScope changchun = city("220100");
        inTransaction(false, () -> {
            organisations.getById(changchunBureau, changchun);
            assertThat(statements(() -> organisations.getById(changchunBureau, changchun))).isEqualTo(1);
            return null;
        });
        organisations.getById(changchunBureau, changchun);
        assertThat(statements(() -> organisations.getById(changchunBureau, changchun))).isEqualTo(1);
    }

    @Test
    void aNewTransactionInsideAReadOnlyOneHasItsOwnMemoryAndTheOuterOneKeepsItsAfterwards() {
        DataScope changchun = city("220100");
        inTransaction(true, () -> {
            organisations.getById(changchunBureau, changchun);
            assertThat(statements(() -> inTransaction(true, () -> organisations.getById(changchunBureau, changchun)))).isEqualTo(1);
            assertThat(statements(() -> organisations.getById(changchunBureau, changchun))).isZero();
            return null;
        });
    }
}
