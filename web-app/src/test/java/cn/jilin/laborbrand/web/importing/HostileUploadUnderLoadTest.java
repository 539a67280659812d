package cn.jilin.laborbrand.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.excel.HostileWorkbooks;
import cn.jilin.laborbrand.web.Fixtures;
import cn.jilin.laborbrand.web.PortalClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 8: one small spreadsheet took the portal down. Here the worst files of the corpus are uploaded at once, over
 * real HTTP to the portal on a real port (in a test JVM of 1 GB heap), to both imports, each by its own signed-in
 * institution session; meanwhile the sign-in page and the health endpoint must keep answering, and every upload must
 * come back refused with nothing stored. The timeouts are generous bounds on a hang, not timing assertions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class HostileUploadUnderLoadTest {

    private static final String INSTITUTION = "inst.changchun";
    private static final Duration BOUND = Duration.ofSeconds(120);
    private static final List<String> WORST = List.of("column-zzzzzz.xlsx", "number-huge-exponent.xlsx", "zip-bomb-sheet.xlsx",
            "zip-bomb-lying-size.xlsx", "doctype-billion-laughs.xlsx", "shared-strings-too-large.xlsx", "shared-strings-too-many.xlsx",
            "too-many-rows.xlsx", "deep-nesting.xlsx", "markup-huge-comment.xlsx");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePortalAnswersOtherRequestsWhileTheWorstWorkbooksAreRefused() throws Exception {
        PortalClient owner = signedIn();
        long institution = jdbc.queryForObject("select id from institution where name = '长春市劳务品牌职业技能培训学校'", Long.class);
        HttpResponse<String> created = owner.post("/training/courses/new", "/training/courses", Map.ofEntries(
                Map.entry("name", "并发恶意导入测试班" + System.nanoTime()), Map.entry("occupationCode", "6-22-01-01"),
                Map.entry("institutionId", String.valueOf(institution)), Map.entry("startDate", "2026-03-01"),
                Map.entry("endDate", "2026-04-30"), Map.entry("hours", "200"), Map.entry("subsidised", "true"),
                Map.entry("status", "RUNNING"), Map.entry("version", "0")));
        String coursePage = PortalClient.location(created);
        assertThat(coursePage).as(created.body()).matches("/training/courses/\\d+");

        List<Upload> uploads = new ArrayList<>();
        for (String file : WORST) {
            uploads.add(new Upload(file, coursePage + "/roster"));
            uploads.add(new Upload(file, coursePage + "/certificates/import"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(uploads.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Upload upload : uploads) {
                answers.add(pool.submit(() -> signedIn().upload(coursePage, upload.action(), upload.file(),
                        HostileWorkbooks.named(upload.file()).content(), BOUND)));
            }
            // while the uploads are in flight: the portal still signs people in and reports itself healthy
            HttpClient bystander = HttpClient.newBuilder().connectTimeout(BOUND).build();
            int rounds = 0;
            do {
                assertThat(answer(bystander, "/login").statusCode()).isEqualTo(200);
                HttpResponse<String> health = answer(bystander, "/actuator/health");
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).contains("UP");
                rounds++;
            } while (answers.stream().anyMatch(f -> !f.isDone()) || rounds < 3);

            for (int i = 0; i < uploads.size(); i++) {
                HttpResponse<String> answer = answers.get(i).get(BOUND.toSeconds(), TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(uploads.get(i).toString()).isEqualTo(200);
                assertThat(answer.body()).as(uploads.get(i).toString()).contains("导入未通过", "整个文件均未导入");
            }
        } finally {
            pool.shutdownNow();
        }
        long course = Long.parseLong(coursePage.substring(coursePage.lastIndexOf('/') + 1));
        assertThat(jdbc.queryForObject("select count(*) from trainee where course_id = ?", Long.class, course)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from certificate where course_id = ?", Long.class, course)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action in ('trainee.import.rejected', "
                + "'certificate.import.rejected') and object_id = ?", Long.class, String.valueOf(course))).isEqualTo(uploads.size());
    }

    private record Upload(String file, String action) {
    }

    private PortalClient signedIn() throws Exception {
        PortalClient client = new PortalClient(port);
        assertThat(PortalClient.location(client.signIn(INSTITUTION, Fixtures.DEMO_PASSWORD))).isEqualTo("/");
        return client;
    }

    private HttpResponse<String> answer(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(BOUND)
                .header("Accept", "text/html,application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
