package dev.crm.web;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module layering of DESIGN.md, enforced: dependencies only point down. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.crm");
    }

    @Test
    void modulesDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true) // assistant and integrations are still empty
                .layer("web")
                .definedBy("dev.crm.web..", "dev.crm")
                .layer("assistant")
                .definedBy("dev.crm.assistant..")
                .layer("integrations")
                .definedBy("dev.crm.integrations..")
                .layer("application")
                .definedBy("dev.crm.application..")
                .layer("projections")
                .definedBy("dev.crm.projections..")
                .layer("domain")
                .definedBy("dev.crm.domain..")
                .whereLayer("web")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("assistant")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("integrations")
                .mayOnlyBeAccessedByLayers("web")
                .whereLayer("application")
                .mayOnlyBeAccessedByLayers("web", "assistant", "integrations")
                .whereLayer("projections")
                .mayOnlyBeAccessedByLayers("web", "assistant", "integrations", "application")
                .check(classes);
    }

    /** Within each module, one feature's package may use another's, but never the other way round as well. */
    @Test
    void noPackageCyclesInsideAModule() {
        for (String module :
                new String[] {"domain", "projections", "application", "assistant", "integrations", "web"}) {
            slices().matching("dev.crm." + module + ".(*)..")
                    .namingSlices("$1 in " + module)
                    .should()
                    .beFreeOfCycles()
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theDomainKnowsNoWebNoPersistenceAndNoSpring() {
        noClasses()
                .that()
                .resideInAPackage("dev.crm.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "jakarta.servlet..",
                        "com.vaadin..",
                        "org.hibernate..")
                .check(classes);
    }

    /**
     * PostgreSQL is reached through JDBC alone (JdbcClient, Axon's JDBC event and token stores): JPA and Hibernate ORM
     * cost seconds of every start-up and are not on the class path. Hibernate Validator (bean validation) is fine.
     */
    @Test
    void nothingUsesJpaOrHibernateOrm() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "jakarta.persistence..",
                                "org.springframework.data.jpa..",
                                "org.springframework.orm.jpa..",
                                "org.axonframework.eventsourcing.eventstore.jpa..",
                                "org.axonframework.eventhandling.tokenstore.jpa..")
                        .or(resideInAPackage("org.hibernate..")
                                .and(not(resideInAPackage("org.hibernate.validator..")))))
                .check(classes);
    }
}
