package dev.crm.web.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.crm.application.account.AccountService;
import dev.crm.application.limits.RateBuckets;
import dev.crm.domain.shared.Actor;
import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two ways in: the REST API with stateless bearer tokens, and the Vaadin UI with a session login. Both end at the
 * same users and the same application services.
 */
@Configuration
public class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, AuthAttemptLimits limits) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint();
        return http.addFilterBefore(new RequestBodyLimit(), BearerTokenAuthenticationFilter.class)
                // before any authentication, so that refused attempts cost no password hashing
                .addFilterBefore(new AuthRateLimiter(limits), BearerTokenAuthenticationFilter.class)
                .securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/auth/register", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(oauth -> oauth.bearerTokenResolver(new BearerTokenHeader())
                        .jwt(jwt -> jwt.decoder(tokens.decoder()))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfig::browserHeaders)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, AuthAttemptLimits limits) throws Exception {
        // before the CSRF check too: a refused attempt is counted however it was sent
        http.addFilterBefore(new AuthRateLimiter(limits), CsrfFilter.class);
        http.addFilterBefore(new SameOriginSignIn(), CsrfFilter.class);
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/webjars/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginPage.class));
        http.headers(SecurityConfig::browserHeaders);
        return http.build();
    }

    /**
     * What browsers are told on every answer. Vaadin's client needs inline and evaluated scripts and inline styles;
     * everything else comes only from this origin, no page may frame ours, forms post only here, and other sites
     * learn no paths from the referrer. HSTS and Secure cookies follow when the request came over TLS (directly or
     * through a trusted proxy's X-Forwarded-Proto).
     */
    private static void browserHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer ->
                        referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * No observation per security filter, authentication and authorization: they cost a seventh of an API request's
     * CPU and nothing reads them. Request metrics (http.server.requests) stay.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    WebSecurityCustomizer firewall() {
        return web -> web.httpFirewall(HeaderRules.firewall());
    }

    @Bean
    AuthAttemptLimits authAttemptLimits(
            RateBuckets buckets,
            @Value("${crm.rate-limit.auth-per-minute:20}") int perAddressPerMinute,
            @Value("${crm.rate-limit.auth-per-account-per-hour:30}") int perAccountPerHour) {
        return new AuthAttemptLimits(buckets, perAddressPerMinute, perAccountPerHour);
    }

    @Bean
    UserDetailsService userDetailsService(AccountService accounts) {
        return email -> accounts.findByEmail(email)
                .flatMap(user -> accounts.passwordHashOf(email)
                        .map(hash -> new CrmUser(user.getId(), user.getEmail(), user.getName(), hash)))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    static {
        // the actor comes from the access token, not from the request: keep it out of the OpenAPI parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    WebMvcConfigurer actorParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
