package cn.jilin.laborbrand.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.platform.testing.TestDatabase;
import cn.jilin.laborbrand.web.security.PortalCrawler;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started as README's Operations section starts a production node: profile prod, its own process,
 * a database of its own, and Spring's ahead-of-time processing that the build put into the jar
 * ({@code -Dspring.aot.enabled=true}: bean definitions and repository queries fixed at build time, which the other
 * tests, running the context the ordinary way, never use). The three first administrators are opened on the empty
 * database; each signs in over HTTP, chooses a password, and walks every page their menu leads to, as does an
 * anonymous visitor on the public site: no page may fail.
 */
class ProductionStartIT {

    private static final Path JAR = Path.of("target", "laborbrand.jar");
    private static final String NEW_PASSWORD = "Aot#Start-2026-check";

    @TempDir
    static Path work;

    private static Process portal;
    private static Path log;
    private static String base;

    @BeforeAll
    static void startThePortal() throws Exception {
        assertThat(JAR).as("the jar is built by the package phase").exists();
        TestDatabase.Coordinates database = TestDatabase.database("production_start");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://localhost:" + port;
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        log = work.resolve("portal.log");
        ProcessBuilder start = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-Dspring.aot.enabled=true", "-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8",
                "-jar", JAR.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--server.servlet.session.cookie.secure=false",
                "--laborbrand.bootstrap.password-file=" + work.resolve("administrators.txt"));
        Map<String, String> environment = start.environment();
        environment.put("SPRING_PROFILES_ACTIVE", "prod");
        environment.put("LABORBRAND_DATA_KEY", Base64.getEncoder().encodeToString(key));
        environment.put("SPRING_DATASOURCE_URL", database.url());
        environment.put("SPRING_DATASOURCE_USERNAME", database.username());
        environment.put("SPRING_DATASOURCE_PASSWORD", database.password());
        environment.put("SPRING_FLYWAY_USER", database.ownerUsername());
        environment.put("SPRING_FLYWAY_PASSWORD", database.ownerPassword());
        portal = start.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (true) {
            assertThat(portal.isAlive()).as("the portal stopped:\n%s", tail()).isTrue();
            assertThat(System.nanoTime()).as("the portal was not ready in 3 minutes:\n%s", tail()).isLessThan(deadline);
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stopThePortal() throws InterruptedException {
        if (portal != null) {
            portal.destroy();
            if (!portal.waitFor(30, TimeUnit.SECONDS)) {
                portal.destroyForcibly();
            }
        }
    }

    @Test
    void theJarStartsFromItsAheadOfTimeProcessing() throws IOException {
        assertThat(Files.readString(log)).contains("Starting AOT-processed LaborBrandApplication")
                .contains("The following 1 profile is active: \"prod\"");
    }

    @Test
    void eachFirstAdministratorSignsInAndEveryPageOfTheirMenuAnswers() throws Exception {
        Map<String, String> oneTimePasswords = Files.readAllLines(work.resolve("administrators.txt")).stream()
                .filter(line -> !line.startsWith("#") && line.contains("\t"))
                .collect(Collectors.toMap(line -> line.split("\t")[0], line -> line.split("\t")[1]));
        assertThat(oneTimePasswords).containsOnlyKeys("sysadmin", "secadmin", "auditor");
        for (Map.Entry<String, String> administrator : oneTimePasswords.entrySet()) {
            Browser browser = new Browser();
            browser.signIn(administrator.getKey(), administrator.getValue());
            Map<String, Integer> visited = browser.walk("/", 80);
            assertThat(visited.values()).as("%s: %s", administrator.getKey(), visited).allMatch(status -> status < 500);
            assertThat(visited).as("%s walked their menu", administrator.getKey()).hasSizeGreaterThan(3);
        }
    }

    @Test
    void everyPageOfThePublicSiteAnswers() throws Exception {
        Map<String, Integer> visited = new Browser().walk("/public", 60);
        assertThat(visited.values()).as("%s", visited).allMatch(status -> status < 500);
        assertThat(visited).containsKeys("/public", "/public/brands");
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** One visitor over HTTP: its own cookies, following redirects as a browser does. */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Signs in with the one-time password and chooses a new one, as the portal requires at the first sign-in. */
        void signIn(String username, String oneTimePassword) throws Exception {
            HttpResponse<String> signedIn = post("/login", Map.of("username", username, "password", oneTimePassword,
                    "_csrf", csrf(get("/login").body())));
            assertThat(signedIn.uri().getPath()).as("%s must choose a password first", username).isEqualTo("/account/password");
            HttpResponse<String> changed = post("/account/password", Map.of("currentPassword", oneTimePassword,
                    "newPassword", NEW_PASSWORD, "confirmPassword", NEW_PASSWORD, "_csrf", csrf(signedIn.body())));
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(get("/").uri().getPath()).as("%s reaches the portal once the password is chosen", username).isEqualTo("/");
        }

        /** Every page reachable by links from {@code start}, up to {@code limit} pages and two of each shape. */
        Map<String, Integer> walk(String start, int limit) throws Exception {
            Map<String, Integer> visited = new LinkedHashMap<>();
            Map<String, Integer> shapes = new HashMap<>();
            Set<String> seen = new LinkedHashSet<>(List.of(start));
            Deque<String> queue = new ArrayDeque<>(seen);
            while (!queue.isEmpty() && visited.size() < limit) {
                String path = queue.poll();
                HttpResponse<String> page = get(path);
                visited.put(path, page.statusCode());
                if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                    continue;
                }
                Document html = Jsoup.parse(page.body());
                for (String href : html.select("a[href]").eachAttr("href")) {
                    if (PortalCrawler.followable(href) && seen.add(href) && shapes.merge(PortalCrawler.shape(href), 1, Integer::sum) <= 2) {
                        queue.add(href);
                    }
                }
            }
            return visited;
        }

        private static String csrf(String html) {
            return Jsoup.parse(html).select("input[name=_csrf]").attr("value");
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
