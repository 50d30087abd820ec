package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokenHeaderTest {

    @Test
    void resolvesExactlyWhatSpringsDefaultResolverResolves() {
        List<String> headers = List.of(
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln-_~+/",
                "bearer abc==",
                "BEARER abc",
                "Bearer abc=d",
                "Bearer ",
                "Bearer",
                "Bearerabc",
                "Bearer  abc",
                "Bearer abc def",
                "Bearer ab\u00e9",
                "Basic dXNlcjpwYXNz",
                "Token abc",
                "",
                "Bearer ===",
                "Bearer a=",
                "Bearer abc\t");
        for (String header : headers) {
            assertThat(outcome(new BearerTokenHeader(), header))
                    .as(header)
                    .isEqualTo(outcome(new DefaultBearerTokenResolver(), header));
        }
        assertThat(outcome(new BearerTokenHeader(), null)).isEqualTo("no token");
    }

    private static String outcome(BearerTokenResolver resolver, String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/me");
        if (header != null) {
            request.addHeader("Authorization", header);
        }
        try {
            String token = resolver.resolve(request);
            return token == null ? "no token" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode();
        }
    }
}
