package cn.jilin.laborbrand.web.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.support.Navigation;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * The SQL statements of a list page do not grow with the rows it shows: each list is opened with a page of two rows
 * and with a page of nearly all its rows (both followed by more rows, so that both count them; a single row more already shows a query per row), and the two requests
 * must send the same statements, counting everything the request runs (security, Spring Session JDBC, the page).
 * An {@code in (?, ?, …)} list is one statement whatever its length; associations fetched in batches
 * ({@code default_batch_fetch_size=50}) are one statement per page up to 50 rows, which the largest page here stays within
 * for most lists (the default page size is 20).
 */
@PortalTest
@Import(SqlStatementRecorder.Config.class)
@TestPropertySource(properties = "laborbrand.test-database.name=sqlcount")
class SqlStatementsPerPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Navigation navigation;
    @Autowired
    PlatformTransactionManager transactions;

    /**
     * A list: who opens it, and how a page of few rows is asked for ({@code size=2}, or the last page of a list with a
     * fixed page size) and one of many ({@code null}: as many as the list holds, less one).
     */
    record Route(String path, String user, String few, String many) {
        static Route sized(String path, String user) {
            return new Route(path, user, "size=2", null);
        }

        static Route fixedSize(String path, String pageParameter) {
            return new Route(path, null, pageParameter + "=1", pageParameter + "=0");
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** The lists, each opened by an account that sees all their rows, with at least four rows each. */
    static final List<Route> LISTS = List.of(
            Route.sized("/brands", "hrss.director"),
            Route.sized("/brand-applications", "hrss.director"),
            Route.sized("/catalog", "hrss.director"),
            Route.sized("/catalog/projects", "hrss.director"),
            Route.sized("/enterprises", "hrss.director"),
            Route.sized("/bases", "hrss.director"),
            Route.sized("/bases/institutions", "hrss.director"),
            Route.sized("/training/courses", "hrss.director"),
            Route.sized("/training/certificates", "hrss.director"),
            Route.sized("/subsidies/claims", "hrss.director"),
            Route.sized("/subsidies/budgets", "hrss.director"),
            Route.sized("/promotion/nominations", "hrss.director"),
            Route.sized("/promotion/figures", "hrss.director"),
            Route.sized("/promotion/events", "hrss.director"),
            Route.sized("/promotion/coverage", "hrss.director"),
            Route.sized("/tasks", "hrss.director"),
            Route.sized("/experts", "hrss.director"),
            Route.sized("/organisations", "hrss.director"),
            Route.sized("/startups", "hrss.director"),
            Route.sized("/incubators", "hrss.director"),
            Route.sized("/partner/brands", "hrss.director"),
            Route.sized("/partner/parks", "hrss.director"),
            Route.sized("/parks", "hrss.director"),
            Route.sized("/standards", "hrss.director"),
            Route.sized("/brand-finance", "hrss.director"),
            // the insurance tab of the same list (three demo policies)
            new Route("/brand-finance", "hrss.director", "kind=INSURANCE&size=2", "kind=INSURANCE&size=3"),
            Route.sized("/catalog/livelihood-areas", "hrss.director"),
            Route.sized("/admin/users", "secadmin"),
            Route.sized("/admin/audit", "auditor"),
            Route.fixedSize("/public/brands", "page"),
            Route.sized("/api/v1/brands", null),
            Route.sized("/api/v1/bases", null),
            Route.sized("/api/v1/aggregates/brands", null),
            Route.sized("/api/v1/figures", null),
            Route.sized("/api/v1/events", null),
            // lists the demo data gives fewer than four rows: copies of their first row are added (this class's own database)
            Route.sized("/surveys", "hrss.director"),
            Route.sized("/alliances", "hrss.director"),
            Route.sized("/training/studios", "hrss.director"),
            Route.sized("/training/dispatches", "hrss.director"),
            Route.sized("/training/referrals", "hrss.director"),
            Route.sized("/subsidies/batches", "hrss.director"),
            Route.sized("/promotion/campaigns", "hrss.director"),
            Route.sized("/promotion/competitions", "hrss.director"),
            Route.sized("/plan/meetings", "hrss.director"),
            Route.sized("/admin/requests", "secadmin"),
            Route.sized("/cooperation/input-bases", "hrss.director"),
            Route.sized("/cooperation/vacancies", "hrss.director"),
            Route.sized("/cooperation/offices", "hrss.director"));

    /**
     * The copies that give each list of few demo rows enough to compare a page of two with a longer one: for each table,
     * the columns a copy must change (unique names, numbers and years; {@code g} is the copy's number), the others are
     * the first row's.
     */
    static final Map<String, Map<String, String>> COPIED = Map.ofEntries(
            Map.entry("brand_survey", Map.of("year", "2040 + g")),
            Map.entry("brand_alliance", Map.of("name", "name || ' 副本' || g")),
            Map.entry("skill_studio", Map.of("name", "name || ' 副本' || g")),
            Map.entry("labor_dispatch", Map.of()),
            Map.entry("job_referral", Map.of()),
            Map.entry("disbursement_batch", Map.of("number", "number || '-' || g")),
            Map.entry("selection_campaign", Map.of("title", "title || ' 副本' || g")),
            Map.entry("competition", Map.of("name", "name || ' 副本' || g")),
            Map.entry("work_meeting", Map.of("title", "title || ' 副本' || g")),
            // open requests (the list's default), one per action: an account has one open request per action
            Map.entry("admin_request", Map.of("action", "(array['EDIT_PROFILE', 'DISABLE', 'ENABLE', 'RESET_PASSWORD', 'ASSIGN_ROLES', "
                    + "'CHANGE_ORGANISATION'])[g]")),
            Map.entry("inbound_base", Map.of("name", "name || ' 副本' || g")),
            Map.entry("outbound_office", Map.of("name", "name || ' 副本' || g")),
            Map.entry("cooperation_vacancy", Map.of()));

    /** A first row for the tables the demo data leaves empty. */
    static final Map<String, String> FIRST_ROW = Map.of(
            "competition", "insert into competition (name, competition_year, organiser, occupation, level, region_code) "
                    + "values ('全省职业技能大赛', 2025, '吉林省人力资源和社会保障厅', '焊工', 'PROVINCE', '220000')",
            "admin_request", "insert into admin_request (action, target_account_id, requested_by, requested_at, target_version, status, "
                    + "decided_by, decided_at) select 'UNLOCK', t.id, r.id, now(), t.version, 'PENDING', null, null "
                    + "from account t, account r where t.username = 'changchun.officer' and r.username = 'sysadmin'");

    private static final int COPIES = 6;
    private static boolean copied;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void enoughRowsInEveryList() {
        if (copied) {
            return;
        }
        Map<String, Integer> made = new java.util.TreeMap<>();
        COPIED.forEach((table, changed) -> {
            if (FIRST_ROW.containsKey(table) && jdbc.queryForObject("select count(*) from " + table, Long.class) == 0) {
                jdbc.update(FIRST_ROW.get(table));
            }
            List<String> columns = jdbc.queryForList("select column_name from information_schema.columns where table_schema = "
                    + "current_schema() and table_name = ? and column_name <> 'id' order by ordinal_position", String.class, table);
            String values = columns.stream().map(c -> changed.getOrDefault(c, c)).collect(Collectors.joining(", "));
            int made1 = jdbc.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + values + " from " + table
                    + ", generate_series(1, " + COPIES + ") g where id = (select min(id) from " + table + ")");
            made.put(table, made1);
        });
        assertThat(made).as("copies of the first row of each table").allSatisfy((table, n) -> assertThat(n).as(table).isEqualTo(COPIES));
        copied = true;
    }

    /** Menu pages that are not lists paged by size: dashboards, fixed sets (regions, roles) and the work lists of one user. */
    static final Set<String> NOT_PAGED_LISTS = Set.of("/", "/account/password", "/plan", "/targets", "/bases/cities",
            "/admin/roles", "/admin/api-clients", "/brand-applications/reviews", "/brand-applications/notices",
            "/subsidies/policies", "/promotion/reviews",
            // a department's measures and the areas they open (a handful of rows); its brand list is measured above
            "/partner",
            // the eleven prefecture-level units' implementation records and meetings, read in two queries
            "/plan/cities",
            // the eleven prefecture-level units' catalogues: four grouped counts and their plans
            "/catalog/cities");

    static Stream<Route> lists() {
        return LISTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void aListSendsTheSameStatementsForTwoRowsAsForAllItsRows(Route route) throws Exception {
        measure(route, route.few()); // the first request of a page fills caches (roles, messages): not the page's cost
        Measured few = measure(route, route.few());
        assertThat(few.status()).as(route.path()).isEqualTo(200);
        String manyQuery = route.many();
        if (manyQuery == null) {
            assertThat(few.total()).as("%s needs at least four rows to compare a page of two with a longer one", route.path())
                    .isGreaterThanOrEqualTo(4);
            manyQuery = "size=" + Math.min(few.total() - 1, 200);
        }
        Measured many = measure(route, manyQuery);
        assertThat(many.rows()).as("rows of %s?%s against %s?%s", route.path(), manyQuery, route.path(), route.few())
                .isGreaterThan(few.rows());
        assertThat(normalised(many.statements()))
                .as("%s: %d rows sent %d statements, %d rows sent %d", route.path(), few.rows(), few.statements().size(),
                        many.rows(), many.statements().size())
                .containsExactlyInAnyOrderElementsOf(normalised(few.statements()));
    }

    @Test
    void everyPageOfTheMenuIsMeasuredOrSaysWhyNot() {
        Set<String> accounted = new HashSet<>(NOT_PAGED_LISTS);
        LISTS.forEach(route -> accounted.add(route.path()));
        assertThat(navigation.allItems()).isNotEmpty()
                .allSatisfy(item -> assertThat(accounted).as("menu page %s is in LISTS or NOT_PAGED_LISTS", item.path())
                        .contains(item.path()));
    }

    /**
     * A detail page that several services fill (each checking the caller's scope) reads its record once: the page is
     * one read-only transaction, in which a record found within a scope is not queried again.
     */
    @ParameterizedTest
    @CsvSource({"/brand-applications/, brand_application", "/brands/, labor_brand"})
    void aDetailPageReadsItsRecordOnce(String path, String table) throws Exception {
        long id = jdbc.queryForObject("select max(id) from " + table, Long.class);
        Measured page = measure(new Route(path + id, "hrss.director", null, null), "");
        assertThat(page.status()).isEqualTo(200);
        assertThat(normalised(page.statements())).as("reads of one %s by its id", table)
                .filteredOn(sql -> sql.matches("(?s)select .* from " + table + " (\\w+) where \\1\\.id=\\?.*"))
                .hasSize(1);
    }

    /**
     * The key list pages read in one read-only transaction, which the services they call join: before, each service
     * call was a transaction of its own (a course list view twelve: a connection taken, BEGIN and COMMIT each).
     */
    @ParameterizedTest
    @CsvSource({"/brands, BrandController.list", "/brand-applications, ApplicationController.list",
            "/training/courses, CourseController.list", "/subsidies/claims, ClaimController.list", "/tasks, TaskController.list",
            "/plan, PlanController.tree", "/bases, BaseController.list", "/training/certificates, CertificateController.list"})
    void aKeyListPageIsOneReadOnlyTransaction(String path, String handler) throws Exception {
        assertOneReadOnlyTransaction(new Route(path, "hrss.director", null, null), handler);
    }

    @Test
    void theAuditLogIsOneReadOnlyTransaction() throws Exception {
        assertOneReadOnlyTransaction(new Route("/admin/audit", "auditor", null, null), "AuditController.list");
    }

    /** Every signed-in list page: the services it calls join one read-only transaction, whichever list it is. */
    @ParameterizedTest
    @MethodSource("signedInLists")
    void everySignedInListPageIsAtMostOneReadOnlyTransaction(Route route) throws Exception {
        assertThat(measure(route, "").status()).as(route.path()).isEqualTo(200);
        List<TransactionExecution> portal = portalTransactions(route);
        assertThat(portal).as("transactions the portal began while %s was served", route.path())
                .extracting(TransactionExecution::getTransactionName).hasSizeLessThanOrEqualTo(1);
        assertThat(portal).allMatch(TransactionExecution::isReadOnly);
    }

    static Stream<Route> signedInLists() {
        return LISTS.stream().filter(route -> route.user() != null);
    }

    private void assertOneReadOnlyTransaction(Route route, String handler) throws Exception {
        String path = route.path();
        assertThat(measure(route, "").status()).as(path).isEqualTo(200);
        List<TransactionExecution> portal = portalTransactions(route);
        assertThat(portal).as("transactions the portal began while %s was served", path)
                .extracting(TransactionExecution::getTransactionName).singleElement().asString().endsWith("." + handler);
        assertThat(portal.get(0).isReadOnly()).isTrue();
    }

    private List<TransactionExecution> portalTransactions(Route route) throws Exception {
        if (transactions instanceof ConfigurableTransactionManager configurable
                && configurable.getTransactionExecutionListeners().stream().noneMatch(TransactionsBegun.class::isInstance)) {
            configurable.addListener(new TransactionsBegun());
        }
        List<TransactionExecution> begun = TransactionsBegun.during(() -> measure(route, ""));
        // the portal's own transactions (not Spring Session's, which has its own; not the test's sign-in stand-in,
        // which loads the account that a real request finds in its session)
        return begun.stream()
                .filter(t -> t.getTransactionName().startsWith("cn.jilin.laborbrand."))
                .filter(t -> !t.getTransactionName().endsWith(".AccountService.loadUserByUsername")).toList();
    }

    /** Counts the transactions begun on this thread while a piece of work runs. */
    static final class TransactionsBegun implements TransactionExecutionListener {
        private static final ThreadLocal<List<TransactionExecution>> BEGUN = new ThreadLocal<>();

        @Override
        public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
            List<TransactionExecution> begun = BEGUN.get();
            if (begun != null && transaction.isNewTransaction()) {
                begun.add(transaction);
            }
        }

        static List<TransactionExecution> during(ThrowingRunnable work) throws Exception {
            BEGUN.set(new ArrayList<>());
            try {
                work.run();
                return BEGUN.get();
            } finally {
                BEGUN.remove();
            }
        }

        interface ThrowingRunnable {
            void run() throws Exception;
        }
    }

    @Test
    void theRecorderSeesEveryStatementOfARequest() throws Exception {
        Measured page = measure(Route.sized("/brands", "hrss.director"), "size=2");
        assertThat(page.statements()).anyMatch(sql -> sql.contains("labor_brand"));
        assertThat(SqlStatementRecorder.record(() -> 1).statements()).isEmpty();
    }

    @Test
    void theEnterpriseListFiltersInItsQueryAndNeverReadsTheWholeDirectory() throws Exception {
        Measured filtered = measure(Route.sized("/enterprises", "hrss.director"), "region=220100&q=企业");
        assertThat(filtered.status()).isEqualTo(200);
        assertThat(filtered.statements()).anyMatch(sql -> sql.contains("leading_enterprise") && sql.contains("organisation"))
                .noneMatch(sql -> sql.matches("(?s)select .* from organisation \\w+ order by .*"));
    }

    @Test
    void theLivelihoodViewSendsTheSameStatementsWhateverTheNumberOfAreasAndBrands() throws Exception {
        Route view = new Route("/catalog/livelihood-areas/brands", "hrss.director", null, null);
        measure(view, "");
        Measured before = measure(view, "");
        assertThat(before.status()).isEqualTo(200);
        for (String county : List.of("220421", "220422", "220402", "220403")) {
            jdbc.update("insert into region_attribute (region_code, kind, site_name, source_document) values (?, 'RELOCATION_SITE', ?, "
                    + "'语句计数测试') on conflict do nothing", county, "语句计数安置区" + county);
            fixtures.brand("语句计数品牌", county, BrandType.LIVELIHOOD);
        }
        Measured after = measure(view, "");
        assertThat(normalised(after.statements())).as("the livelihood view with four areas and brands more")
                .containsExactlyInAnyOrderElementsOf(normalised(before.statements()));
    }

    record Measured(int status, int rows, long total, List<String> statements) {
    }

    private Measured measure(Route route, String query) throws Exception {
        MockHttpServletRequestBuilder request = get(route.path() + "?" + query);
        if (route.user() != null) {
            request.with(fixtures.as(route.user()));
        }
        var recorded = SqlStatementRecorder.record(() -> mvc.perform(request).andReturn());
        MvcResult result = recorded.result();
        int rows = -1;
        long total = -1;
        if (result.getModelAndView() != null) {
            for (Map.Entry<String, Object> attribute : result.getModelAndView().getModel().entrySet()) {
                if (attribute.getValue() instanceof Page<?> page && page.getNumberOfElements() > rows) {
                    rows = page.getNumberOfElements();
                    total = page.getTotalElements();
                }
            }
        } else {
            String body = result.getResponse().getContentAsString();
            if (body.startsWith("{") && body.contains("\"content\"")) {
                rows = JsonPath.<Integer>read(body, "$.content.length()");
                total = ((Number) JsonPath.read(body, "$.totalElements")).longValue();
            }
        }
        return new Measured(result.getResponse().getStatus(), rows, total, recorded.statements());
    }

    /** The statements with each {@code in (?, ?, …)} list written as one parameter: one statement whatever its length. */
    private static List<String> normalised(List<String> statements) {
        List<String> all = new ArrayList<>();
        for (String sql : statements) {
            all.add(sql.replaceAll("\\(\\s*\\?(\\s*,\\s*\\?)*\\s*\\)", "(?)").replaceAll("\\s+", " ").strip());
        }
        return all;
    }
}
