package cn.jilin.laborbrand.web.promotion.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Typical figures through the portal, on a figure each test records: a city officer records one (hostile input gets
 * field errors and the typed text back), uploads the consent; HRSS publishes it; the public pages show it only as far
 * as the consent covers, never a phone or ID; another city gets 404; a withdrawn consent removes it from the public
 * pages and its photo at once.
 */
@PortalTest
class FigurePagesTest {

    static final String CITY = "changchun.officer";
    static final String OTHER_CITY = "liaoyuan.officer";
    static final String DIRECTOR = "hrss.director";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFigureIsRecordedWithConsentPublishedShownAsConsentedAndGoneOnceConsentIsWithdrawn() throws Exception {
        long brand = fixtures.brand("人物页面品牌", "220100");
        String name = "页面人物" + System.nanoTime() % 100_000;

        // hostile and missing input: the form again, errors under the fields, what was typed kept, nothing stored
        String refused = mvc.perform(post("/promotion/figures").with(csrf()).with(fixtures.as(CITY))
                .param("name", name).param("sex", "ALIEN").param("birthYear", "abc").param("role", "LEADER")
                .param("brandId", String.valueOf(brand)).param("story", "<script>alert(1)</script>").param("version", "0"))
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("格式不正确").contains("请输入整数").contains(name).doesNotContain("<script>alert(1)</script>");
        assertThat(count(name)).isZero();

        MvcResult created = mvc.perform(post("/promotion/figures").with(csrf()).with(fixtures.as(CITY))
                .param("name", name).param("sex", "FEMALE").param("birthYear", "1979").param("role", "PACESETTER")
                .param("brandId", String.valueOf(brand)).param("headline", "织袜能手").param("story", "她带出三百名徒弟。").param("version", "0"))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/promotion/figures/");
        long id = jdbc.queryForObject("select id from typical_figure where name = ?", Long.class, name);
        assertThat(page(CITY, "/promotion/figures/" + id)).contains(name).contains("尚无发布同意书");
        assertThat(page(CITY, "/promotion/figures?q=" + name)).contains(name);
        assertThat(status(OTHER_CITY, "/promotion/figures/" + id)).isEqualTo(404);
        assertThat(page(OTHER_CITY, "/promotion/figures")).doesNotContain(name);

        // no consent: HRSS cannot publish
        act(DIRECTOR, "/promotion/figures/" + id + "/publish", "version", String.valueOf(version(id)));
        assertThat(published(id)).isFalse();

        mvc.perform(multipart("/promotion/figures/" + id + "/photo").file(new MockMultipartFile("photo", "p.png", "image/png", png()))
                .with(csrf()).with(fixtures.as(CITY))).andReturn();
        // a photo that is not an image is refused
        mvc.perform(multipart("/promotion/figures/" + id + "/photo").file(new MockMultipartFile("photo", "p.png", "image/png",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).with(csrf()).with(fixtures.as(CITY))).andReturn();
        assertThat(jdbc.queryForObject("select count(*) from attachment where owner_type = 'typical_figure' and owner_id = ? and purpose = 'photo'",
                Integer.class, id)).isEqualTo(1);
        // consent covering the name and story, not the photo
        mvc.perform(multipart("/promotion/figures/" + id + "/consent").file(new MockMultipartFile("file", "c.pdf", "application/pdf",
                        "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).param("signedOn", "2025-04-01")
                .param("coversName", "true").param("coversStory", "true").with(csrf()).with(fixtures.as(CITY))).andReturn();
        act(DIRECTOR, "/promotion/figures/" + id + "/publish", "version", String.valueOf(version(id)));
        assertThat(published(id)).isTrue();

        String list = anonymous("/public/figures");
        assertThat(list).contains(name);
        String detail = anonymous("/public/figures/" + id);
        assertThat(detail).contains(name).contains("她带出三百名徒弟。").doesNotContain("/public/figures/" + id + "/photo");
        assertThat(detail.replace(name, "")).as("no birth year on the public page (the name's digits aside)").doesNotContain("1979");
        assertThat(mvc.perform(get("/public/figures/" + id + "/photo")).andReturn().getResponse().getStatus())
                .as("the consent does not cover the photo").isEqualTo(404);
        assertThat(detail).doesNotContainPattern("1[3-9]\\d{9}").doesNotContainPattern("\\d{17}[\\dXx]");

        // the person withdraws: gone from the public pages at once
        act(CITY, "/promotion/figures/" + id + "/withdraw-consent", "comment", "本人来电撤回");
        assertThat(published(id)).isFalse();
        assertThat(anonymous("/public/figures")).doesNotContain(name);
        assertThat(mvc.perform(get("/public/figures/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page(CITY, "/promotion/figures/" + id)).contains("本人撤回同意").contains("本人来电撤回");
    }

    @Test
    void aPublishedFigureWithPhotoConsentShowsItsPhotoAndUnpublishingHidesIt() throws Exception {
        long brand = fixtures.brand("照片页面品牌", "220100");
        String name = "照片人物" + System.nanoTime() % 100_000;
        mvc.perform(post("/promotion/figures").with(csrf()).with(fixtures.as(DIRECTOR)).param("name", name).param("sex", "MALE")
                .param("role", "AMBASSADOR").param("brandId", String.valueOf(brand)).param("story", "事迹").param("version", "0")).andReturn();
        long id = jdbc.queryForObject("select id from typical_figure where name = ?", Long.class, name);
        mvc.perform(multipart("/promotion/figures/" + id + "/photo").file(new MockMultipartFile("photo", "p.png", "image/png", png()))
                .with(csrf()).with(fixtures.as(DIRECTOR))).andReturn();
        mvc.perform(multipart("/promotion/figures/" + id + "/consent").file(new MockMultipartFile("file", "c.pdf", "application/pdf",
                        "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII))).param("signedOn", "2025-04-01")
                .param("coversPhoto", "true").param("coversStory", "true").with(csrf()).with(fixtures.as(DIRECTOR))).andReturn();
        act(DIRECTOR, "/promotion/figures/" + id + "/publish", "version", String.valueOf(version(id)));

        String detail = anonymous("/public/figures/" + id);
        assertThat(detail).as("the consent does not cover the name").doesNotContain(name).contains("本人未同意公开姓名");
        MvcResult photo = mvc.perform(get("/public/figures/" + id + "/photo")).andReturn();
        assertThat(photo.getResponse().getStatus()).isEqualTo(200);
        assertThat(photo.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(photo.getRequest().getSession(false)).as("no session for an anonymous visitor").isNull();

        act(DIRECTOR, "/promotion/figures/" + id + "/unpublish", "comment", "核实材料");
        assertThat(mvc.perform(get("/public/figures/" + id + "/photo")).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/public/figures/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private long count(String name) {
        return jdbc.queryForObject("select count(*) from typical_figure where name = ?", Long.class, name);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from typical_figure where id = ?", Long.class, id);
    }

    private boolean published(long id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select published from typical_figure where id = ?", Boolean.class, id));
    }

    private void act(String user, String path, String param, String value) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).param(param, value).with(csrf())
                .with(fixtures.as(user))).andReturn();
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

    static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
