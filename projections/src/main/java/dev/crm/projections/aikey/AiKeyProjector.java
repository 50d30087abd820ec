package dev.crm.projections.aikey;

import dev.crm.domain.aikey.AiKeyAdded;
import dev.crm.domain.aikey.AiKeyRevoked;
import dev.crm.domain.aikey.AiKeyUpdated;
import dev.crm.projections.support.RecordTable;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps {@code ai_key} in step with the AI key events. The ciphertexts live apart, in {@code ai_key_secret}. */
@Component
@ProcessingGroup(AiKeyProjector.GROUP)
public class AiKeyProjector {

    public static final String GROUP = "ai-keys";

    private final RecordTable table;

    public AiKeyProjector(JdbcClient jdbc) {
        this.table = new RecordTable(jdbc, "ai_key");
    }

    @EventHandler
    void on(AiKeyAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.insert(event, sequence, at);
    }

    @EventHandler
    void on(AiKeyUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.update(event, sequence, at);
    }

    @EventHandler
    void on(AiKeyRevoked event) {
        table.delete(event);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
    }
}
