package dev.crm.application.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Points Axon's JDBC token and saga stores (auto-configured by Axon once a {@link TokenSchema} / {@link SagaSqlSchema}
 * bean exists) at the tables Flyway created in V2, named as Axon's JPA entities named them: snake_case, not the JDBC
 * stores' camelCase defaults. The rows are the same as the JPA stores wrote (the serialized token as bytea, its type
 * and an ISO timestamp as text), so tokens of an existing installation are read as they are. Also with Axon Server
 * ({@code axonserver} profile) the tokens stay in PostgreSQL, next to the read models they track.
 *
 * <p>{@code dead_letter_entry} keeps the JPA shape (timestamptz columns) that Axon's JDBC dead-letter queue, which
 * writes timestamps as text, cannot use; no processing group enables a dead-letter queue.
 */
@Configuration
public class AxonJdbcTables {

    static final TokenSchema TOKENS = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    static final SagaSchema SAGAS = SagaSchema.builder()
            .sagaEntryTable("saga_entry")
            .sagaIdColumn("saga_id")
            .sagaTypeColumn("saga_type")
            .revisionColumn("revision")
            .serializedSagaColumn("serialized_saga")
            .associationValueEntryTable("association_value_entry")
            .associationKeyColumn("association_key")
            .associationValueColumn("association_value")
            .build();

    @Bean
    TokenSchema tokenSchema() {
        return TOKENS;
    }

    @Bean
    SagaSqlSchema sagaSqlSchema() {
        return new AssociationIdsFromSequence(SAGAS);
    }

    /**
     * {@code association_value_entry.id} has no default (Hibernate drew it from {@code association_value_entry_seq});
     * the JDBC store leaves the id out of its insert, so this insert draws it from the same sequence.
     */
    static class AssociationIdsFromSequence extends GenericSagaSqlSchema {

        AssociationIdsFromSequence(SagaSchema schema) {
            super(schema);
        }

        @Override
        public PreparedStatement sql_storeAssocValue(
                Connection connection, String key, String value, String sagaType, String sagaIdentifier)
                throws SQLException {
            PreparedStatement statement = connection.prepareStatement("insert into association_value_entry"
                    + " (id, association_key, association_value, saga_type, saga_id)"
                    + " values (nextval('association_value_entry_seq'), ?, ?, ?, ?)");
            statement.setString(1, key);
            statement.setString(2, value);
            statement.setString(3, sagaType);
            statement.setString(4, sagaIdentifier);
            return statement;
        }
    }
}
