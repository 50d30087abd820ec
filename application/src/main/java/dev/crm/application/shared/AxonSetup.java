package dev.crm.application.shared;

import dev.crm.domain.aikey.AiKey;
import dev.crm.domain.contact.Contact;
import dev.crm.domain.organization.Organization;
import dev.crm.domain.project.Project;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.task.Task;
import dev.crm.projections.support.RowSecurity;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How commands and events flow. Projections run as subscribing processors inside the command's transaction: a
 * successful command has already updated every read model and the audit trail (read-your-writes), and a failing
 * projection rolls the command back instead of leaving read models behind.
 */
@Configuration
public class AxonSetup {

    /** Every event carries the actor of the command that caused it. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(Actor.USER_ID, Actor.CHANNEL, Actor.CONVERSATION_ID, Actor.ACTION_ID);
    }

    @Bean
    ConfigurerModule crmAggregatesAndProcessors(RowSecurity rowSecurity) {
        return configurer -> {
            configurer.configureAggregate(ownKindOnly(Contact.class));
            configurer.configureAggregate(ownKindOnly(Organization.class));
            configurer.configureAggregate(ownKindOnly(Project.class));
            configurer.configureAggregate(ownKindOnly(Task.class));
            configurer.configureAggregate(ownKindOnly(AiKey.class));
            // domain failures travel as data, so callers see the same exceptions with a local or a distributed bus
            configurer.onInitialize(config -> config.onStart(() -> {
                config.commandBus().registerHandlerInterceptor(new DomainFailureTranslation());
                config.commandBus().registerHandlerInterceptor(new ActorRowSecurity<>(rowSecurity));
            }));
            configurer
                    .eventProcessing()
                    .usingSubscribingEventProcessors()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    .registerDefaultHandlerInterceptor((c, processor) -> new ActorRowSecurity<>(rowSecurity));
        };
    }

    /**
     * Axon loads a stream by id alone: without a filter a contact command sent with a task's id replays the task's
     * events into a contact and appends a contact event to the task's stream. Each aggregate now reads only the
     * events its own kind stored, so another kind's id is, to it, a record that does not exist (404, nothing appended).
     */
    private static <T> AggregateConfigurer<T> ownKindOnly(Class<T> aggregate) {
        return AggregateConfigurer.defaultConfiguration(aggregate).configureFilterEventsByType(config -> true);
    }
}
