package dev.crm.projections.contact;

import dev.crm.domain.contact.ContactCreated;
import dev.crm.domain.contact.ContactDeleted;
import dev.crm.domain.contact.ContactRestored;
import dev.crm.domain.contact.ContactUpdated;
import dev.crm.projections.support.RecordTable;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keeps the {@code contact} table in step with the contact events. */
@Component
@ProcessingGroup(ContactProjector.GROUP)
public class ContactProjector {

    public static final String GROUP = "contacts";

    private final RecordTable table;

    public ContactProjector(JdbcClient jdbc) {
        this.table = new RecordTable(jdbc, "contact");
    }

    @EventHandler
    void on(ContactCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.insert(event, sequence, at);
    }

    @EventHandler
    void on(ContactRestored event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.insert(event, sequence, at);
    }

    @EventHandler
    void on(ContactUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.update(event, sequence, at);
    }

    @EventHandler
    void on(ContactDeleted event) {
        table.delete(event);
    }

    @ResetHandler
    void reset() {
        table.deleteAll();
    }
}
