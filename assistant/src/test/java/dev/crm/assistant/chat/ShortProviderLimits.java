package dev.crm.assistant.chat;

import dev.crm.testsupport.CrmModuleTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * A module test with the provider timeout, backoff and {@code retry-after} limit cut short, so failure paths take
 * about a second; all tests carrying it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@CrmModuleTest
@TestPropertySource(
        properties = {
            "crm.assistant.provider-timeout=PT1S",
            "crm.assistant.provider-attempts=3",
            "crm.assistant.provider-backoff=PT0.05S",
            "crm.assistant.provider-max-retry-after=PT2S"
        })
@interface ShortProviderLimits {}
