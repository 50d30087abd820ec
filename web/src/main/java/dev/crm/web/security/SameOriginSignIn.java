package dev.crm.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in form posted from another site (login CSRF: signing a victim into the attacker's account). The
 * Vaadin form is exempt from the CSRF token check, so the browser's own word decides, as OWASP recommends: a POST
 * whose {@code Sec-Fetch-Site} says cross-site, or whose {@code Origin} is not this server's, is a 403. Clients that
 * are not browsers send neither header and cannot be used for this attack.
 */
class SameOriginSignIn extends OncePerRequestFilter {

    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if ("cross-site".equals(fetchSite) || (origin != null && !origin.equals(ownOrigin(request)))) {
            // answered here: an error dispatch would be redirected to the sign-in page like any anonymous request
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Sign in from this site's own form.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** This server's origin as the browser sees it (behind a trusted proxy, from its forwarded headers). */
    private static String ownOrigin(HttpServletRequest request) {
        try {
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                    || ("https".equals(request.getScheme()) && port == 443);
            return new URI(
                            request.getScheme(),
                            null,
                            request.getServerName(),
                            defaultPort ? -1 : port,
                            null,
                            null,
                            null)
                    .toString();
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
