package dev.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AuthRateLimiterTest {

    private final AuthRateLimiter limiter = new AuthRateLimiter(3);

    @Test
    void refusesSignInAttemptsBeyondTheBudgetOfOneAddress() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(post("/api/auth/login", "10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = post("/login", "10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");

        assertThat(post("/api/auth/login", "10.0.0.2").getStatus()).as("other addresses keep their budget").isEqualTo(200);
        assertThat(post("/api/contacts", "10.0.0.1").getStatus()).as("other endpoints are not limited here").isEqualTo(200);
    }

    private MockHttpServletResponse post(String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
