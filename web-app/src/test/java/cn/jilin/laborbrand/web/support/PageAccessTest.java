package cn.jilin.laborbrand.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Templates show actions by the signed-in account's permissions through {@code #access} ({@link PageAccess}): shown to
 * an account holding the permission, hidden from one without it and from an anonymous visitor.
 */
@PortalTest
class PageAccessTest {

    private static final String HRSS = "吉林省人力资源和社会保障厅";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    /** A role of province scope that holds {@code brand:view}, with or without {@code brand:edit}. */
    private String provinceRole(boolean edits) {
        return jdbc.queryForObject("""
                select r.code from app_role r
                where r.data_scope = 'PROVINCE'
                  and exists (select 1 from role_permission p where p.role_code = r.code and p.permission_code = 'brand:view')
                  and exists (select 1 from role_permission p where p.role_code = r.code and p.permission_code = 'brand:edit') = ?
                order by r.code limit 1""", String.class, edits);
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(username))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anActionIsShownOnlyToAnAccountHoldingItsPermission() throws Exception {
        long brand = fixtures.brand("权限按钮", "220100");
        String editor = Fixtures.uniqueUsername("editor");
        String viewer = Fixtures.uniqueUsername("viewer");
        fixtures.account(editor, HRSS, false, provinceRole(true));
        fixtures.account(viewer, HRSS, false, provinceRole(false));
        String edit = "/brands/" + brand + "/edit";

        assertThat(page("/brands/" + brand, editor)).contains("href=\"" + edit + "\"").contains("action=\"/logout\"");
        assertThat(page("/brands/" + brand, viewer)).doesNotContain(edit).contains("action=\"/logout\"");
    }

    @Test
    void anAnonymousVisitorSeesNoAccountBlock() throws Exception {
        String body = mvc.perform(get("/public/brands")).andReturn().getResponse().getContentAsString();
        assertThat(body).isNotEmpty().doesNotContain("action=\"/logout\"");
    }

    @Test
    void noTemplateUsesTheSecurityDialectsAuthorize() throws IOException {
        List<Path> offending;
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            offending = templates.filter(p -> p.toString().endsWith(".html")).filter(p -> {
                try {
                    return Files.readString(p).contains("sec:authorize");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertThat(offending).as("templates decide what to show with th:if=\"${#access.can('…')}\"").isEmpty();
    }
}
