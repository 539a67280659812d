package cn.jilin.laborbrand.platform.apiclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Client tokens: 256 random bits, URL-safe, recognisable by their marker; only a fixed-length hash is kept. */
class ApiTokensTest {

    @Test
    void tokensAreRandomUrlSafeAndRecognisable() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = ApiTokens.generate();
            assertThat(token).matches("jlb_[A-Za-z0-9_-]{43}");
            assertThat(ApiTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void theHashIsSha256InHexAndThePrefixTellsTokensApartWithoutRevealingThem() {
        String token = ApiTokens.generate();
        assertThat(ApiTokens.hash(token)).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(ApiTokens.hash(token));
        assertThat(ApiTokens.hash(token)).isNotEqualTo(ApiTokens.hash(ApiTokens.generate()));
        assertThat(ApiTokens.prefix(token)).hasSize(10).startsWith("jlb_");
        assertThat(ApiTokens.same(ApiTokens.hash(token), ApiTokens.hash(token))).isTrue();
        assertThat(ApiTokens.same(ApiTokens.hash(token), ApiTokens.hash("x"))).isFalse();
    }

    @Test
    void malformedValuesAreNotTokens() {
        String token = ApiTokens.generate();
        assertThat(ApiTokens.wellFormed(null)).isFalse();
        assertThat(ApiTokens.wellFormed("")).isFalse();
        assertThat(ApiTokens.wellFormed(token + "A")).isFalse();
        assertThat(ApiTokens.wellFormed("xyz_" + token.substring(4))).isFalse();
        assertThat(ApiTokens.wellFormed(token.substring(0, 46) + "é")).isFalse();
        assertThat(ApiTokens.wellFormed(token.substring(0, 46) + "+")).isFalse();
    }
}
