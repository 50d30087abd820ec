package dev.crm.web.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows password guessing on every way in — API sign-in, registration and token refresh, and the web form — past
 * each client address's and each account's budget: 429 with Retry-After. It runs inside Spring Security's chains,
 * after the firewall has refused paths that are not normalized, and matches paths as Spring routes them (decoded),
 * so {@code /api/%61uth/login} counts as {@code /api/auth/login}.
 */
public class AuthRateLimiter extends OncePerRequestFilter {

    /** Far above any real sign-in or registration body; a larger one is refused before it is parsed. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RequestMatcher> LIMITED = List.of(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/**"),
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"));

    private final AuthAttemptLimits limits;

    public AuthRateLimiter(AuthAttemptLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return LIMITED.stream().noneMatch(matcher -> matcher.matches(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forwarded = request;
        String account = request.getParameter("username");
        if (MediaType.APPLICATION_JSON.isCompatibleWith(contentType(request))) {
            Optional<CachedBodyRequest> cached = CachedBodyRequest.read(request, MAX_BODY_BYTES);
            if (cached.isEmpty()) {
                refuse(
                        response,
                        HttpStatus.PAYLOAD_TOO_LARGE,
                        null,
                        "The request body is larger than " + MAX_BODY_BYTES + " bytes");
                return;
            }
            forwarded = cached.get();
            account = emailIn(cached.get().body());
        }
        Optional<Duration> wait = limits.attempt(request.getRemoteAddr(), account);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            refuse(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    seconds,
                    "Too many sign-in attempts; try again in " + seconds + " seconds");
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null
                    ? MediaType.ALL
                    : MediaType.parseMediaType(request.getContentType());
        } catch (RuntimeException malformed) {
            return MediaType.ALL;
        }
    }

    private static String emailIn(byte[] body) {
        try {
            JsonNode email = JSON.readTree(body).path("email");
            return email.isTextual() ? email.asText() : null;
        } catch (IOException | RuntimeException notJson) {
            return null; // the endpoint itself answers 400 for it
        }
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, Long retryAfter, String detail)
            throws IOException {
        response.setStatus(status.value());
        if (retryAfter != null) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write(JSON.createObjectNode()
                        .put("type", "about:blank")
                        .put("title", status.getReasonPhrase())
                        .put("status", status.value())
                        .put("detail", detail)
                        .set("errors", JSON.createArrayNode())
                        .toString());
    }
}
