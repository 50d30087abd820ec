package dev.crm.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test of a module below {@code web} ({@code assistant}, {@code integrations}): the module's beans and
 * everything under it, on a real, embedded PostgreSQL in a throw-away data directory, without a web server. Every
 * such test of a module shares one cached context. {@link Workspaces} registers users.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = CrmModuleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "crm.data-dir.temporary=true",
            "crm.db.embedded.test-speedups=true",
            "axoniq.update-checker.disabled=true"
        })
public @interface CrmModuleTest {}
