package dev.crm.testsupport;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The CRM as a module below {@code web} sees it: every bean under {@code dev.crm} on the module's class path
 * (domain, projections, application, and the module itself), with Axon, JDBC and the embedded PostgreSQL, and no web
 * layer. Where the whole application is on the class path ({@code web}'s tests, whose scan finds this class too) it
 * steps aside for the real one.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ConditionalOnMissingClass("dev.crm.CrmApplication")
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackages = "dev.crm")
@ComponentScan(
        basePackages = "dev.crm",
        excludeFilters = @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class))
public class CrmModuleApplication {}
