package cn.jilin.laborbrand.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jilin.laborbrand.LaborBrandApplication;
import cn.jilin.laborbrand.web.PortalClient;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The client address in the audit log and the rate limits comes from X-Forwarded-For only when the request comes from a
 * proxy named in {@code server.tomcat.remoteip.internal-proxies}; by default none is named, so a client cannot choose
 * its address. Checked on a real Tomcat (the valve does not run under MockMvc).
 */
class ForwardedAddressTest {

    private static final String CLAIMED = "203.0.113.99";

    /** Fails a sign-in with a spoofed X-Forwarded-For; answers the address the audit log recorded for it. */
    private static String recordedAddress(String... arguments) throws Exception {
        String[] all = new String[arguments.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        // command-line arguments, as an operator would set them: they outrank application.properties
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(LaborBrandApplication.class).profiles("demo").run(all)) {
            int port = node.getBean(Environment.class).getRequiredProperty("local.server.port", Integer.class);
            String username = "spoof." + UUID.randomUUID().toString().substring(0, 8);
            new PortalClient(port).header("X-Forwarded-For", CLAIMED).signIn(username, "wrong-password");
            return node.getBean(JdbcTemplate.class).queryForObject(
                    "select ip from audit_event where action = 'login.failure' and username = ?", String.class, username);
        }
    }

    @Test
    void aClientCannotChooseItsAddress() throws Exception {
        assertThat(recordedAddress()).isNotEqualTo(CLAIMED).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }

    @Test
    void aNamedProxyPassesTheClientsAddressOn() throws Exception {
        assertThat(recordedAddress("--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")).isEqualTo(CLAIMED);
    }
}
