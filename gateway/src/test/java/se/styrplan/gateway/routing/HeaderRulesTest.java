package se.styrplan.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.MultiMap;
import io.vertx.core.VertxException;
import io.vertx.core.http.StreamResetException;

/** The small rules the proxy applies, without a server. */
class HeaderRulesTest {

    @Test
    void hopByHopHeadersAndThoseNamedInConnectionAreRemoved() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Connection", "keep-alive, X-Hop-One").add("connection", "x-hop-two")
                .add("X-Hop-One", "1").add("X-Hop-Two", "2").add("Keep-Alive", "timeout=5")
                .add("Transfer-Encoding", "chunked").add("Upgrade", "h2c").add("TE", "trailers")
                .add("Proxy-Authorization", "Basic x").add("Authorization", "Bearer t").add("Content-Type", "text/plain");

        HopByHopHeaders.strip(headers);

        assertThat(headers.names()).containsExactlyInAnyOrder("Authorization", "Content-Type");
        assertThat(headers.get("authorization")).isEqualTo("Bearer t");
    }

    @Test
    void requestIdsFollowThePlatformRule() {
        assertThat(RequestIds.resolve("abcd-1234.X_y")).isEqualTo("abcd-1234.X_y");
        assertThat(RequestIds.resolve("a".repeat(64))).isEqualTo("a".repeat(64));
        assertThat(RequestIds.resolve("a".repeat(65))).isNotEqualTo("a".repeat(65)).hasSize(36);
        assertThat(RequestIds.resolve("short")).hasSize(36);
        assertThat(RequestIds.resolve("has space in it")).hasSize(36);
        assertThat(RequestIds.resolve(null)).hasSize(36);
    }

    @Test
    void failuresAreClassifiedByTheirCause() {
        assertThat(UpstreamFailure.classify(new ConnectException("Connection refused"))).isEqualTo(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.classify(new VertxException(new UnknownHostException("plan")))).isEqualTo(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.classify(new ConnectTimeoutException("connection timed out"))).isEqualTo(UpstreamFailure.TIMEOUT);
        assertThat(UpstreamFailure.classify(new StreamResetException(0, new TimeoutException()))).isEqualTo(UpstreamFailure.TIMEOUT);
        assertThat(UpstreamFailure.classify(new VertxException("Connection was closed"))).isEqualTo(UpstreamFailure.BAD_RESPONSE);
    }

    @Test
    void problemDetailsNameTheServiceOnly() {
        for (UpstreamFailure failure : UpstreamFailure.values()) {
            assertThat(failure.detail("plan-service")).contains("plan-service");
            assertThat(failure.status).isIn(502, 503, 504);
        }
    }

    @Test
    void cspOriginIsSchemeHostAndPort() {
        assertThat(EdgeRoutes.origin("http://localhost:8180/realms/styrplan")).isEqualTo("http://localhost:8180");
        assertThat(EdgeRoutes.origin("https://sso.example.se/realms/styrplan")).isEqualTo("https://sso.example.se");
    }

    @Test
    void sessionCookiesAreStrippedOthersKept() {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add("Cookie", "q_session=abc; theme=dark").add("Cookie", "q_session_chunk_1=x;q_auth_1=y; q_post_logout=z; lang=sv");
        TokenRelay.stripSessionCookies(headers);
        assertThat(headers.getAll("Cookie")).containsExactly("theme=dark; lang=sv");

        MultiMap onlySession = MultiMap.caseInsensitiveMultiMap().add("Cookie", "q_session=abc");
        TokenRelay.stripSessionCookies(onlySession);
        assertThat(onlySession.contains("Cookie")).isFalse();
    }
}
