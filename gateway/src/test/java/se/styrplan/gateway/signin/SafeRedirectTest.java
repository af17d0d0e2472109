package se.styrplan.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeRedirectTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/plans", "/plans/2023?tab=goals&x=%C3%A5", "/api/me", "/a/b/c", "/p?next=//x" })
    void pathsOnThisSiteAreAccepted(String target) {
        assertThat(SafeRedirect.check(target)).hasValue(target);
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://evil.example", "http:/evil.example", "//evil.example", "///evil.example",
            "/\\evil.example", "\\\\evil.example", "/%2F%2Fevil.example", "/%5Cevil.example", "/%2fx", "/%0d%0aSet-Cookie:x",
            "javascript:alert(1)", "evil.example", " /x", "/x y", "/a\nb", "/x#frag", "mailto:a@b" })
    void anythingElseIsRefused(String target) {
        assertThat(SafeRedirect.check(target)).as(target).isEmpty();
    }

    @Test
    void noRedirectMeansHomeAndTwoAreRefused() {
        assertThat(SafeRedirect.target(null)).hasValue("/");
        assertThat(SafeRedirect.target(List.of())).hasValue("/");
        assertThat(SafeRedirect.target(List.of(""))).hasValue("/");
        assertThat(SafeRedirect.target(List.of("/a", "/b"))).isEmpty();
        assertThat(SafeRedirect.check("/" + "a".repeat(2001))).isEmpty();
    }
}
