package cn.jilin.laborbrand.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.platform.code.ResidentId.Sex;
import cn.jilin.laborbrand.platform.scope.DataScope;
import cn.jilin.laborbrand.platform.testing.Acting;
import cn.jilin.laborbrand.promotion.event.EventDetails;
import cn.jilin.laborbrand.promotion.event.EventKind;
import cn.jilin.laborbrand.promotion.event.EventService;
import cn.jilin.laborbrand.promotion.figure.FigureDetails;
import cn.jilin.laborbrand.promotion.figure.FigureRole;
import cn.jilin.laborbrand.promotion.figure.FigureService;
import cn.jilin.laborbrand.registry.brand.BrandLevel;
import cn.jilin.laborbrand.registry.brand.BrandType;
import cn.jilin.laborbrand.registry.brand.IndustrySection;
import cn.jilin.laborbrand.web.PortalTest;
import cn.jilin.laborbrand.web.publicsite.ShowcaseFixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The promotion datasets of /api/v1, on records the test makes: a figure appears only once published, only as far as
 * its consent covers (name yes, story and photo no), and disappears from JSON and CSV when its publication is
 * withdrawn; public events list with their brands, internal ones never; the dictionary describes both datasets.
 */
@PortalTest
class PromotionDatasetsTest {

    private static final byte[] FORM = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    ShowcaseFixtures showcase;
    @Autowired
    FigureService figures;
    @Autowired
    EventService events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private final ObjectMapper json = new ObjectMapper();
    private long director;
    private long brand;
    private String brandName;

    @BeforeEach
    void setUp() {
        director = jdbc.queryForObject("select id from account where username = 'hrss.director'", Long.class);
        brandName = ShowcaseFixtures.token("接口人物品牌");
        brand = showcase.brand(brandName, "220402", BrandLevel.PROVINCIAL, IndustrySection.C, BrandType.SKILL, null, null);
    }

    @Test
    void aFigureIsPublishedOnlyAsItsConsentCoversAndGoneOnceWithdrawn() throws Exception {
        String name = ShowcaseFixtures.token("接口人物");
        String story = ShowcaseFixtures.token("不公开的事迹");
        long id = as(() -> figures.create(new FigureDetails(name, Sex.FEMALE, 1978, FigureRole.PACESETTER, brand, null, "织袜能手", story),
                DataScope.province()));
        assertThat(status("/api/v1/figures/" + id)).as("unpublished").isEqualTo(404);

        as(() -> {
            figures.recordConsent(id, "consent.pdf", FORM, LocalDate.now(clock).minusDays(3), true, false, false, DataScope.province());
            figures.publish(id, figures.get(id, DataScope.province()).getVersion(), DataScope.province());
            return null;
        });
        JsonNode one = body("/api/v1/figures/" + id);
        assertThat(one.path("name").asString()).isEqualTo(name);
        assertThat(one.path("brandName").asString()).isEqualTo(brandName);
        assertThat(one.path("story").isNull()).as("the consent does not cover the story").isTrue();
        assertThat(one.path("photoUrl").isNull()).isTrue();
        JsonNode listed = body("/api/v1/figures?brand=" + brand);
        assertThat(listed.path("totalElements").asLong()).isEqualTo(1);
        assertThat(listed.path("content").path(0).path("id").asLong()).isEqualTo(id);
        assertThat(csv("/api/v1/figures.csv")).contains(name).doesNotContain(story);

        as(() -> {
            figures.unpublish(id, "本人要求撤下", DataScope.province());
            return null;
        });
        assertThat(status("/api/v1/figures/" + id)).isEqualTo(404);
        assertThat(body("/api/v1/figures?brand=" + brand).path("totalElements").asLong()).isZero();
        assertThat(csv("/api/v1/figures.csv")).doesNotContain(name);
    }

    @Test
    void publicEventsAreListedWithTheirBrandsAndInternalOnesNever() throws Exception {
        LocalDate next = LocalDate.now(clock).plusDays(20);
        String open = ShowcaseFixtures.token("接口公开活动");
        String internal = ShowcaseFixtures.token("接口内部活动");
        long shown = as(() -> events.create(new EventDetails(EventKind.JOB_FAIR, open, next, next.plusDays(1), "辽源市会展中心", "辽源市人社局",
                "220400", true, "招聘会", Set.of(brand)), DataScope.province()));
        long hidden = as(() -> events.create(new EventDetails(EventKind.FORUM, internal, next, next, "会议室", "辽源市人社局",
                "220400", false, "内部研讨", Set.of(brand)), DataScope.province()));

        JsonNode upcoming = body("/api/v1/events?upcoming=true&brand=" + brand);
        assertThat(upcoming.path("totalElements").asLong()).isEqualTo(1);
        JsonNode event = upcoming.path("content").path(0);
        assertThat(event.path("id").asLong()).isEqualTo(shown);
        assertThat(event.path("title").asString()).isEqualTo(open);
        assertThat(event.path("startsOn").asString()).isEqualTo(next.toString());
        assertThat(event.path("brands").path(0).asString()).isEqualTo(brandName);
        assertThat(body("/api/v1/events?upcoming=false&brand=" + brand).path("totalElements").asLong()).isZero();
        assertThat(status("/api/v1/events/" + hidden)).isEqualTo(404);
        assertThat(csv("/api/v1/events.csv")).contains(open).doesNotContain(internal);
    }

    @Test
    void theDictionaryDescribesFiguresAndEventsAsTheyAreServed() throws Exception {
        JsonNode dictionary = body("/api/v1/dictionary");
        for (String code : new String[] {"figures", "events"}) {
            JsonNode dataset = null;
            for (JsonNode d : dictionary) {
                if (d.path("code").asString().equals(code)) {
                    dataset = d;
                }
            }
            assertThat(dataset).as(code).isNotNull();
            String header = csv(dataset.path("csv").asString()).lines().findFirst().orElseThrow().replace("\uFEFF", "");
            assertThat(header.split(",")).as(code + " CSV columns = dictionary fields")
                    .containsExactly(dataset.path("fields").valueStream().map(f -> f.path("name").asString()).toArray(String[]::new));
        }
    }

    private <T> T as(java.util.concurrent.Callable<T> work) {
        return Acting.as(director, work, "promotion:view", "promotion:manage", "promotion:publish");
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private JsonNode body(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String csv(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
