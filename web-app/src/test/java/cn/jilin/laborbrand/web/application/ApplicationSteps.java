package cn.jilin.laborbrand.web.application;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.jilin.laborbrand.web.Fixtures;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The steps of an application as users take them on its page, for the workflow tests. */
final class ApplicationSteps {

    static final byte[] PDF_FORM = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();

    private final MockMvc mvc;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;

    ApplicationSteps(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    long version(long id) {
        return jdbc.queryForObject("select version from brand_application where id = ?", Long.class, id);
    }

    String state(long id) {
        return jdbc.queryForObject("select state from brand_application where id = ?", String.class, id);
    }

    /** Opens an application on the form and returns its id. */
    long open(String user, long brandId, String level) throws Exception {
        MvcResult result = mvc.perform(post("/brand-applications").with(csrf()).with(fixtures.as(user))
                .param("brandId", String.valueOf(brandId)).param("targetLevel", level).param("reasons", "规模大、技能强、口碑好。")
                .param("achievements", "年输出一万人。").param("buildingPlan", "三年规划。").param("contactName", "刘洋")
                .param("contactPhone", "13812345678").param("version", "0")).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || !location.matches("/brand-applications/\\d+")) {
            throw new IllegalStateException("not opened: " + result.getResponse().getContentAsString());
        }
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MvcResult attachForm(String user, long id) throws Exception {
        return mvc.perform(multipart("/brand-applications/" + id + "/files")
                .file(new MockMultipartFile("file", "申报表.pdf", "application/pdf", PDF_FORM))
                .param("purpose", "FORM").with(csrf()).with(fixtures.as(user))).andReturn();
    }

    /** Posts an action with the application's current version; extra parameters as name/value pairs. */
    MvcResult act(String user, long id, String action, String... params) throws Exception {
        var request = post("/brand-applications/" + id + "/" + action).with(csrf()).with(fixtures.as(user))
                .param("version", String.valueOf(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    List<Long> experts(String... usernames) {
        return java.util.Arrays.stream(usernames).map(u -> jdbc.queryForObject(
                "select e.id from expert e join account a on a.id = e.account_id where a.username = ?", Long.class, u)).toList();
    }

    long assignment(long applicationId, String expertUsername) {
        return jdbc.queryForObject("select r.id from review_assignment r join account a on a.id = r.expert_account_id "
                + "where r.subject_type = 'brand_application' and r.subject_id = ? and a.username = ?", Long.class, applicationId, expertUsername);
    }

    long assignmentVersion(long assignmentId) {
        return jdbc.queryForObject("select version from review_assignment where id = ?", Long.class, assignmentId);
    }

    /** The expert declares no conflict and scores every criterion with {@code score}. */
    void review(long applicationId, String expert, int score) throws Exception {
        long assignment = assignment(applicationId, expert);
        mvc.perform(post("/brand-applications/reviews/" + assignment + "/declare").with(csrf()).with(fixtures.as(expert))
                .param("conflict", "false"));
        var request = post("/brand-applications/" + applicationId + "/score").with(csrf()).with(fixtures.as(expert))
                .param("assignmentId", String.valueOf(assignment)).param("version", String.valueOf(assignmentVersion(assignment)))
                .param("comment", "同意。");
        for (String code : List.of("WORKFORCE_SCALE", "SKILL_CONTENT", "MARKET_RECOGNITION", "EMPLOYMENT_EFFECT", "BRAND_MANAGEMENT", "CREDIT")) {
            request.param("scores[" + code + "]", String.valueOf(score));
        }
        mvc.perform(request);
    }
}
