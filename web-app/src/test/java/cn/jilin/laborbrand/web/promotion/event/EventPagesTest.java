package cn.jilin.laborbrand.web.promotion.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Events through the portal, on events each test records: hostile dates come back as field errors; a city's event is
 * 404 to another city; a public event shows on the public pages and in the .ics feed (escaped), an internal one nowhere;
 * outcomes are recorded after the event; the list exports.
 */
@PortalTest
class EventPagesTest {

    static final String CITY = "changchun.officer";
    static final String OTHER_CITY = "liaoyuan.officer";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void aPublicEventShowsOnThePublicPagesAndFeedAnInternalOneNowhere() throws Exception {
        long brand = fixtures.brand("活动页面品牌", "220100");
        String title = "招聘会; 第" + System.nanoTime() % 100_000 + "场, 长春";
        LocalDate past = LocalDate.now(clock).minusDays(3);

        String refused = mvc.perform(post("/promotion/events").with(csrf()).with(fixtures.as(CITY)).param("kind", "JOB_FAIR").param("title", title)
                .param("startsOn", "2025-13-45").param("endsOn", "x").param("place", "").param("organiser", "长春市人社局")
                .param("publicEvent", "true").param("brandIds", String.valueOf(brand)).param("version", "0"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("日期格式应为").contains("长春市人社局").contains("招聘会; 第");
        assertThat(jdbc.queryForObject("select count(*) from promotion_event where title = ?", Long.class, title)).isZero();
        // end before start: the service's reason under the field
        assertThat(mvc.perform(post("/promotion/events").with(csrf()).with(fixtures.as(CITY)).param("kind", "JOB_FAIR").param("title", title)
                .param("startsOn", past.toString()).param("endsOn", past.minusDays(2).toString()).param("place", "人民大街")
                .param("organiser", "长春市人社局").param("publicEvent", "true").param("version", "0"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("结束日期不能早于开始日期");

        mvc.perform(post("/promotion/events").with(csrf()).with(fixtures.as(CITY)).param("kind", "JOB_FAIR").param("title", title)
                .param("startsOn", past.toString()).param("endsOn", past.toString()).param("place", "人民大街\n一号")
                .param("organiser", "长春市人社局").param("publicEvent", "true").param("brandIds", String.valueOf(brand))
                .param("version", "0")).andReturn();
        long id = jdbc.queryForObject("select id from promotion_event where title = ?", Long.class, title);
        String internalTitle = "内部会" + id;
        mvc.perform(post("/promotion/events").with(csrf()).with(fixtures.as(CITY)).param("kind", "FORUM").param("title", internalTitle)
                .param("startsOn", past.plusDays(30).toString()).param("place", "会议室").param("organiser", "长春市人社局")
                .param("publicEvent", "false").param("version", "0")).andReturn();
        long internal = jdbc.queryForObject("select id from promotion_event where title = ?", Long.class, internalTitle);

        assertThat(page(CITY, "/promotion/events/" + id)).contains("招聘会").contains("活动页面品牌");
        assertThat(status(OTHER_CITY, "/promotion/events/" + id)).isEqualTo(404);
        assertThat(page(OTHER_CITY, "/promotion/events")).doesNotContain(title);

        mvc.perform(post("/promotion/events/" + id + "/outcome").with(csrf()).with(fixtures.as(CITY)).param("visitors", "1500")
                .param("agreements", "12").param("agreementAmount", "880000").param("jobsOffered", "640")
                .param("version", String.valueOf(jdbc.queryForObject("select version from promotion_event where id = ?", Long.class, id)))).andReturn();
        assertThat(jdbc.queryForObject("select visitors from promotion_event where id = ?", Integer.class, id)).isEqualTo(1500);
        // a negative number is a field error, not a 500
        MvcResult negative = mvc.perform(post("/promotion/events/" + id + "/outcome").with(csrf()).with(fixtures.as(CITY)).param("visitors", "-5")
                .param("version", "0")).andReturn();
        assertThat(negative.getResponse().getStatus()).isEqualTo(200);
        assertThat(negative.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("不能为负数");

        assertThat(anonymous("/public/events")).contains(title.substring(0, 4)).doesNotContain(internalTitle);
        assertThat(anonymous("/public/events/" + id)).contains("1500").contains("活动页面品牌");
        assertThat(mvc.perform(get("/public/events/" + internal)).andReturn().getResponse().getStatus()).isEqualTo(404);

        MvcResult feed = mvc.perform(get("/public/events.ics")).andReturn();
        assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
        String ics = feed.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("UID:promotion-event-" + id + "@").contains("SUMMARY:" + title.replace(";", "\\;").replace(",", "\\,"))
                .contains("LOCATION:人民大街\\n一号").doesNotContain("promotion-event-" + internal + "@");
        assertThat(ics.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);

        MvcResult export = mvc.perform(get("/promotion/events/export").with(fixtures.as(CITY))).andReturn();
        assertThat(export.getResponse().getContentType()).contains("spreadsheetml");
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int status(String user, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(user))).andReturn().getResponse().getStatus();
    }

    private String anonymous(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
