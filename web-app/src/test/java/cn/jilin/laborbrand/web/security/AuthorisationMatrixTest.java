package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.jilin.laborbrand.platform.account.AccountService;
import cn.jilin.laborbrand.platform.account.RoleCode;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.training.TrainingFixtures;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route × every role × a record of another region or organisation, generated from the controller mappings: 403
 * when the role lacks what the mapping's {@code @PreAuthorize} asks; else 404 when the record lies outside the role's
 * scope (a POST as much as a GET, before any validation or change); else anything but 403, 404 or a server error. A new
 * route is covered without anyone remembering to: each of its path variables must resolve through {@link #KINDS}, or
 * the test fails naming it. Runs in a database of its own, since the POSTs change what they are allowed to.
 */
@PortalTest
@TestPropertySource(properties = "laborbrand.test-database.name=authz")
class AuthorisationMatrixTest {

    /** The matrix's roles, from the administrators to the most powerful, which go last (their POSTs may change records). */
    enum Role {
        SYSTEM_ADMIN(null), SECURITY_ADMIN(null), AUDIT_ADMIN(null), EXPERT(null), INSTITUTION(TrainingFixtures.SCHOOL),
        DEPARTMENT_OFFICER("吉林省财政厅"), FUND_OFFICER("长春市人力资源和社会保障局"), CITY_OFFICER("长春市人力资源和社会保障局"), PROVINCE_REVIEWER("吉林省人力资源和社会保障厅"),
        PROVINCE_MANAGER("吉林省人力资源和社会保障厅");

        final String organisation;

        Role(String organisation) {
            this.organisation = organisation;
        }
    }

    private static final Set<Role> PROVINCE = EnumSet.of(Role.PROVINCE_MANAGER, Role.PROVINCE_REVIEWER);
    private static final Set<Role> PROVINCE_AND_FINANCE = EnumSet.of(Role.PROVINCE_MANAGER, Role.PROVINCE_REVIEWER, Role.DEPARTMENT_OFFICER);
    private static final Set<Role> PROVINCE_AND_CITIES = EnumSet.of(Role.PROVINCE_MANAGER, Role.PROVINCE_REVIEWER, Role.CITY_OFFICER);
    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    /** A kind of record: how to make one of another region or organisation, and which roles' scopes include it. */
    private record Kind(String name, Supplier<Map<String, String>> fixture, Set<Role> sees) {
    }

    /**
     * Path variables that are not records but a choice of the route, by the pattern up to the variable. A workflow step
     * has a permission of its own within the mapping's rule (a city submits, HRSS accepts); the matrix takes the step of
     * the province, which holds the widest scope, so that scope and state answer rather than the step's permission.
     */
    private static final Map<String, String> VALUES = Map.of(
            "/surveys/returns/{id}/{action}", "accept",
            "/tasks/reports/{id}/{action}", "accept",
            "/subsidies/claims/{id}/{action}", "verify",
            "/bases/{id}/{action}", "designate-provincial",
            "/promotion/campaigns/{id}/{action}", "close",
            "/promotion/nominations/{id}/{action}", "check");

    /** Routes that answer 404 even within the scope, and why. */
    private static final Map<String, String> NOT_FOUND_WITHIN_SCOPE = Map.of(
            "GET /training/courses/{id}/{kind:roster|certificates}/errors", "the error report of an import is kept in the session that made it",
            "GET /brand-applications/{id}/designation.pdf", "a designation notice exists once the application is designated, not before",
            "GET /promotion/nominations/{id}/certificate.pdf", "a certificate exists once the nominee has won, not before",
            "GET /promotion/nominations/{id}/photo", "the matrix's nomination is a brand's, which has no photo",
            "GET /promotion/nominations/{id}/consent", "the matrix's nomination is a brand's, which has no consent form");

    /**
     * Routes of /partner whose area the caller's measures must cover (plan_measure_partner_area, V29): the roles that see
     * them; another role holding the permission gets 404. The matrix's department, 财政厅, answers for 二(三)1 (budgets,
     * start-ups) and, by the demo leading group's decision, for 二(二)2 (priority groups, cooperation).
     */
    private static final Map<String, Set<Role>> MEASURE_AREAS = Map.ofEntries(
            Map.entry("GET /partner/brands", PROVINCE),
            Map.entry("GET /partner/brands/export", PROVINCE),
            Map.entry("GET /partner/training", PROVINCE),
            Map.entry("GET /partner/training/export", PROVINCE),
            Map.entry("GET /partner/priority-groups", PROVINCE_AND_FINANCE),
            Map.entry("GET /partner/priority-groups/export", PROVINCE_AND_FINANCE),
            Map.entry("GET /partner/startups", PROVINCE_AND_FINANCE),
            Map.entry("GET /partner/startups/export", PROVINCE_AND_FINANCE),
            Map.entry("GET /partner/parks", PROVINCE),
            Map.entry("GET /partner/parks/export", PROVINCE),
            Map.entry("GET /partner/cooperation", PROVINCE_AND_FINANCE),
            Map.entry("GET /partner/cooperation/export", PROVINCE_AND_FINANCE),
            Map.entry("GET /partner/livelihood", PROVINCE));

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    MatrixRecords records;
    @Autowired
    SubsidyMatrixRecords subsidies;
    @Autowired
    ParkMatrixRecords parkRecords;
    @Autowired
    FinanceMatrixRecords financeRecords;
    @Autowired
    CampaignMatrixRecords campaignRecords;
    @Autowired
    PromotionMatrixRecords promotion;
    @Autowired
    CompetitionMatrixRecords competitionRecords;
    @Autowired
    PublicMatrixRecords showcase;
    @Autowired
    ApiMatrixRecords apiClients;
    @Autowired
    StartupMatrixRecords startupRecords;
    @Autowired
    CatalogueMatrixRecords catalogueRecords;
    @Autowired
    LivelihoodMatrixRecords livelihoodRecords;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> made = new HashMap<>();

    /** The record kinds, keyed by the route pattern up to and including the variable that names the record. */
    private void registerKinds() {
        Kind brand = kind("brand", records::brand, PROVINCE);
        kinds.put("/brands/{id}", brand);
        kinds.put("/brands/{id}/marks/{markId}", kind("mark", records::mark, PROVINCE));
        kinds.put("/catalog/{id}", kind("catalog entry", records::catalogEntry, PROVINCE));
        kinds.put("/catalog/{id}/supports/{supportId}", kind("catalog support", records::catalogSupport, PROVINCE));
        kinds.put("/enterprises/{id}", kind("leading enterprise", records::leadingEnterprise, PROVINCE));
        Kind alliance = kind("alliance", records::allianceMember, PROVINCE);
        kinds.put("/alliances/{id}", alliance);
        kinds.put("/alliances/{id}/members/{memberId}", alliance);
        Kind application = kind("application", records::applicationFile, PROVINCE);
        kinds.put("/brand-applications/{id}", application);
        kinds.put("/brand-applications/{id}/files/{fileId}", application);
        kinds.put("/brand-applications/{id}/objections/{objectionId}", kind("objection", records::objection, PROVINCE));
        kinds.put("/brand-applications/reviews/{assignmentId}", kind("another expert's assignment", records::assignment, NOBODY));
        kinds.put("/surveys/{id}", kind("survey round (the province's)", records::surveyRound, EVERYONE));
        kinds.put("/surveys/returns/{id}", kind("survey return", records::surveyReturn, PROVINCE));
        kinds.put("/organisations/{id}", kind("organisation", records::organisation, PROVINCE));
        kinds.put("/experts/{id}", kind("expert", records::expert, PROVINCE));
        kinds.put("/admin/users/{id}", kind("account", records::account, EVERYONE));
        kinds.put("/admin/roles/{code}", kind("role", () -> Map.of("code", RoleCode.SYSTEM_ADMIN), EVERYONE));
        kinds.put("/admin/requests/{id}", kind("administrator's request", records::adminRequest, EVERYONE));
        Kind task = kind("another department's task", records::task, PROVINCE);
        kinds.put("/tasks/{id}", task);
        kinds.put("/tasks/{taskId}", task);
        Kind report = kind("another department's report", records::reportFile, PROVINCE);
        kinds.put("/tasks/reports/{id}", report);
        kinds.put("/tasks/reports/{id}/files/{fileId}", report);
        kinds.put("/plan/measures/{id}", kind("a measure of the plan (public text)", records::measure, EVERYONE));
        kinds.put("/plan/meetings/{id}", kind("meeting another department attended", records::meeting, PROVINCE_AND_CITIES));
        kinds.put("/plan/cities/{regionCode}", kind("another prefecture's implementation", records::cityPlan, PROVINCE));
        kinds.put("/plan/cities/{regionCode}/meetings/{meetingId}", kind("another prefecture's work meeting", records::cityMeeting, PROVINCE));
        kinds.put("/plan/cities/{regionCode}/plan-documents/{attachmentId}", kind("another prefecture's plan document", records::cityPlanDocument, PROVINCE));
        kinds.put("/catalog/cities/{regionCode}", kind("another prefecture's resource library", catalogueRecords::city, PROVINCE));
        kinds.put("/catalog/projects/{id}", kind("another prefecture's key project", catalogueRecords::project, PROVINCE));
        kinds.put("/catalog/plans/{id}", kind("another prefecture's brand development plan", catalogueRecords::plan, PROVINCE));
        kinds.put("/catalog/plans/{id}/documents/{attachmentId}", kind("another prefecture's development plan document",
                catalogueRecords::planDocument, PROVINCE));
        kinds.put("/parks/{id}", kind("another prefecture's industrial park", parkRecords::park, PROVINCE));
        kinds.put("/parks/{id}/figures/{figuresId}", kind("another prefecture's park figures", parkRecords::parkFigures, PROVINCE));
        kinds.put("/standards/{id}", kind("brand standard (the province's register)", parkRecords::standard, PROVINCE_AND_CITIES));
        kinds.put("/brand-finance/pledges/{id}", kind("another prefecture's pledge loan", financeRecords::pledge, PROVINCE));
        kinds.put("/brand-finance/insurance/{id}", kind("another prefecture's brand insurance", financeRecords::insurance, PROVINCE));
        kinds.put("/catalog/livelihood-areas/{id}", kind("another prefecture's livelihood area", livelihoodRecords::area, PROVINCE));
        kinds.put("/bases/{id}", kind("cultivation base", records::base, PROVINCE));
        kinds.put("/bases/institutions/{id}", kind("institution", records::institution, PROVINCE));
        Kind course = kind("course", records::trainee, PROVINCE);
        kinds.put("/training/courses/{id}", course);
        kinds.put("/training/courses/{id}/trainees/{traineeId}", course);
        kinds.put("/training/dispatches/{id}", kind("dispatch", records::dispatch, PROVINCE));
        kinds.put("/training/referrals/{id}", kind("referral", records::referral, PROVINCE));
        kinds.put("/training/studios/{id}", kind("studio", records::studio, PROVINCE));
        kinds.put("/startups/{id}", kind("start-up", startupRecords::startup, PROVINCE));
        kinds.put("/incubators/{id}", kind("incubator", startupRecords::incubator, PROVINCE));
        kinds.put("/cooperation/input-bases/{id}", kind("labour input base", records::inputBase, PROVINCE));
        kinds.put("/cooperation/offices/{id}", kind("resident office", records::office, PROVINCE));
        Kind placement = kind("vacancy with a placement", records::placement, PROVINCE);
        kinds.put("/cooperation/vacancies/{id}", placement);
        kinds.put("/cooperation/vacancies/{id}/placements/{placementId}", placement);
        kinds.put("/cooperation/vacancies/{id}/placements/{placementId}/follow-ups/{followUpId}", placement);
        kinds.put("/subsidies/policies/{id}", kind("subsidy policy (the province's)", subsidies::policy, EVERYONE));
        Kind claim = kind("subsidy claim", subsidies::claim, PROVINCE);
        kinds.put("/subsidies/claims/{id}", claim);
        kinds.put("/subsidies/claims/{id}/objections/{objectionId}", claim);
        kinds.put("/subsidies/batches/{id}", kind("disbursement batch", subsidies::batch, PROVINCE));
        kinds.put("/promotion/campaigns/{id}", kind("selection campaign (the province's)", campaignRecords::campaign, EVERYONE));
        Kind nomination = kind("nomination", campaignRecords::nomination, PROVINCE);
        kinds.put("/promotion/nominations/{id}", nomination);
        kinds.put("/promotion/nominations/{id}/objections/{objectionId}", nomination);
        kinds.put("/promotion/reviews/{assignmentId}", kind("another expert's assignment", records::assignment, NOBODY));
        Kind unpublished = kind("campaign not on notice", campaignRecords::unpublished, NOBODY);
        kinds.put("/public/campaigns/{id}", unpublished);
        kinds.put("/public/campaigns/{id}/nominees/{nominationId}", unpublished);
        kinds.put("/promotion/figures/{id}", kind("typical figure", promotion::figure, PROVINCE));
        kinds.put("/promotion/events/{id}", kind("promotion event", promotion::event, PROVINCE));
        kinds.put("/promotion/coverage/{id}", kind("media coverage", promotion::coverage, PROVINCE));
        Kind publishedFigure = kind("published typical figure", promotion::figure, EVERYONE);
        kinds.put("/public/figures/{id}", publishedFigure);
        kinds.put("/api/v1/figures/{id}", publishedFigure);
        Kind publicEvent = kind("public event", promotion::event, EVERYONE);
        kinds.put("/public/events/{id}", publicEvent);
        kinds.put("/api/v1/events/{id}", publicEvent);
        Kind published = kind("designated brand (public)", showcase::designatedBrand, EVERYONE);
        kinds.put("/public/brands/{id}", published);
        kinds.put("/api/v1/brands/{id}", published);
        Kind competition = kind("competition (the province's, with a result)", competitionRecords::competition, EVERYONE);
        kinds.put("/promotion/competitions/{id}", competition);
        kinds.put("/promotion/competitions/{id}/events/{eventId}", competition);
        kinds.put("/promotion/competitions/{id}/results/{resultId}", competition);
        kinds.put("/public/competitions/{id}", competition);
        kinds.put("/admin/api-clients/{id}", kind("API client", apiClients::client, EVERYONE));
    }

    private static Kind kind(String name, Supplier<Map<String, String>> fixture, Set<Role> sees) {
        return new Kind(name, fixture, sees);
    }

    /** A route of one HTTP method, its pattern, its access rule and its handler. */
    private record Route(RequestMethod method, String pattern, String rule, HandlerMethod handler) {
        String key() {
            return method + " " + pattern;
        }
    }

    @Test
    void everyRouteAnswersEveryRoleAsItsRuleAndScopeSay() throws Exception {
        registerKinds();
        Map<Role, String> users = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String username = Fixtures.uniqueUsername("matrix." + role.name().toLowerCase());
            fixtures.account(username, role.organisation, false, role.name());
            users.put(role, username);
        }
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(150);
        List<String> unresolved = new ArrayList<>();
        Map<String, String> wrong = new TreeMap<>();
        for (Route route : routes) {
            Resolution resolution = resolve(route.pattern());
            if (resolution.missing() != null) {
                unresolved.add("no record kind for " + route.key() + " (" + resolution.missing() + ")");
                continue;
            }
            for (Role role : Role.values()) {
                String username = users.get(role);
                boolean allowed = allows(route.rule(), username);
                Map<String, String> values;
                try {
                    values = resolution.kind() == null ? Map.of() : record(resolution.kind());
                } catch (RuntimeException e) {
                    wrong.put(route.key(), "the " + resolution.kind().name() + " fixture failed: " + e);
                    break;
                }
                String path = fill(route.pattern(), values);
                int status = perform(route, path, username);
                boolean sees = (resolution.kind() == null || resolution.kind().sees().contains(role))
                        && (!MEASURE_AREAS.containsKey(route.key()) || MEASURE_AREAS.get(route.key()).contains(role));
                String expected = !allowed ? "403" : !sees ? "404" : "not 403/404/5xx";
                boolean ok = !allowed ? status == 403 : !sees ? status == 404
                        : status != 403 && status < 500 && (status != 404 || NOT_FOUND_WITHIN_SCOPE.containsKey(route.key()));
                if (!ok) {
                    wrong.put(route.key() + " as " + role, "expected " + expected + ", was " + status
                            + (resolution.kind() == null ? "" : " (" + resolution.kind().name() + ")"));
                }
                if (route.method() == RequestMethod.POST && allowed && sees && resolution.kind() != null) {
                    // the POST may have changed or removed the record: the next route gets a fresh one
                    made.remove(resolution.kind().name());
                }
            }
        }
        assertThat(unresolved).as("path variables without a record kind").isEmpty();
        assertThat(wrong).as("routes that answered a role otherwise than its rule and scope say").isEmpty();
    }

    private Map<String, String> record(Kind kind) {
        return made.computeIfAbsent(kind.name(), k -> kind.fixture().get());
    }

    /**
     * One request, with the parameters the handler requires (else binding answers 400 before the access rule is asked),
     * each a harmless value: a version that is never current, a zero id, a word. POSTs are multipart, so that upload
     * routes get their (empty) file.
     */
    private int perform(Route route, String path, String username) throws Exception {
        var request = route.method() == RequestMethod.POST ? multipart(path).with(csrf()) : get(path);
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param == null || !param.required() || !ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                continue;
            }
            String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
            Class<?> type = parameter.getParameterType();
            if (MultipartFile.class.isAssignableFrom(type)) {
                if (request instanceof MockMultipartHttpServletRequestBuilder upload) {
                    upload.file(new MockMultipartFile(name, "empty.xlsx", "application/octet-stream", new byte[0]));
                }
            } else {
                request.param(name, harmless(name, type));
            }
        }
        for (MethodParameter parameter : route.handler().getMethodParameters()) {
            // a form record's primitive components cannot bind to nothing: give them a value too
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(ModelAttribute.class) && type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    if (component.getType().isPrimitive()) {
                        request.param(component.getName(), harmless(component.getName(), component.getType()));
                    }
                }
            }
        }
        return mvc.perform(request.with(fixtures.as(username))).andReturn().getResponse().getStatus();
    }

    private static String harmless(String name, Class<?> type) {
        if (name.toLowerCase().contains("version")) {
            return "999999";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "false";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == java.time.LocalDate.class) {
            return "2026-01-01";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "0";
        }
        return "x";
    }

    // ---- the routes and their rules -----------------------------------------------------------------------------------

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = e.getValue();
            if (!handler.getBeanType().getName().startsWith("cn.jilin.laborbrand.")) {
                continue;
            }
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                Set<RequestMethod> chosen = methods.isEmpty() ? Set.of(RequestMethod.GET) : methods;
                for (RequestMethod method : chosen) {
                    routes.add(new Route(method, pattern, rule == null ? "denyAll()" : rule.value(), handler));
                }
            }
        }
        routes.sort(java.util.Comparator.comparing(Route::key));
        return routes;
    }

    /** Whether the role's authorities satisfy the rule, evaluated as Spring Security evaluates it. */
    private boolean allows(String rule, String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityExpressionRoot<Object> root = new SecurityExpressionRoot<>(authentication) {
        };
        Boolean result = new SpelExpressionParser().parseExpression(rule).getValue(new StandardEvaluationContext(root), Boolean.class);
        return Boolean.TRUE.equals(result);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::([^}]*))?}");

    /** The kind of the deepest record a pattern names, or the first variable nothing resolves. */
    private record Resolution(Kind kind, String missing) {
    }

    private Resolution resolve(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        Kind deepest = null;
        while (m.find()) {
            String prefix = pattern.substring(0, m.end());
            if (m.group(2) != null || VALUES.containsKey(prefix)) {
                continue;
            }
            Kind kind = kinds.get(prefix);
            if (kind == null) {
                return new Resolution(null, "{" + m.group(1) + "}");
            }
            deepest = kind;
        }
        return new Resolution(deepest, null);
    }

    private static String fill(String pattern, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String prefix = pattern.substring(0, m.end());
            String value = m.group(2) != null ? m.group(2).split("\\|")[0] : VALUES.getOrDefault(prefix, values.get(m.group(1)));
            if (value == null) {
                throw new IllegalStateException("the record kind of " + pattern + " does not name {" + m.group(1) + "}");
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }
}
