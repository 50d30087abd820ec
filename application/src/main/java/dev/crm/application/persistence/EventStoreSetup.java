package dev.crm.application.persistence;

import javax.sql.DataSource;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store in PostgreSQL through Axon's JDBC storage engine (not its JPA one): a command's events go in as one
 * batched INSERT on the transaction's connection, the global index comes from the column's sequence default in the
 * same statement, and no entity passes through Hibernate. The tables are the ones Flyway created (V2), named as Axon's
 * JPA entities named them. With Axon Server ({@code axonserver} profile) Axon Server is the event store instead.
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
public class EventStoreSetup {

    static final EventSchema SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry")
            .snapshotTable("snapshot_event_entry")
            .globalIndexColumn("global_index")
            .timestampColumn("time_stamp")
            .eventIdentifierColumn("event_identifier")
            .aggregateIdentifierColumn("aggregate_identifier")
            .sequenceNumberColumn("sequence_number")
            .typeColumn("type")
            .payloadTypeColumn("payload_type")
            .payloadRevisionColumn("payload_revision")
            .payloadColumn("payload")
            .metaDataColumn("meta_data")
            .build();

    @Bean
    EventStorageEngine eventStorageEngine(
            DataSource dataSource,
            TransactionManager transactionManager,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactionManager)
                .persistenceExceptionResolver(new UniqueViolations())
                .snapshotSerializer(serializer)
                .eventSerializer(eventSerializer)
                .schema(SCHEMA)
                .dataType(byte[].class)
                .build();
    }
}
