package dev.crm.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a real, embedded PostgreSQL in a throw-away data directory, on a random port. Every
 * integration test uses exactly this configuration, so they all share one cached application context. Its
 * database skips fsync and synchronous commit (a throw-away database needs no crash safety); the product's never does.
 * Set {@code -Dcrm.test.db=testcontainers} to run on a Testcontainers PostgreSQL instead (needs Docker).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = dev.crm.CrmApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "crm.data-dir.temporary=true",
            "crm.db.embedded.test-speedups=true",
            "axoniq.update-checker.disabled=true",
            "crm.rate-limit.auth-per-minute=100000",
            "crm.rate-limit.auth-per-account-per-hour=100000"
        })
public @interface CrmIntegrationTest {}
