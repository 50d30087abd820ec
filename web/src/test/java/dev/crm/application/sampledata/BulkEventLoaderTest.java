package dev.crm.application.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crm.application.contact.ContactService;
import dev.crm.application.shared.InputValidator;
import dev.crm.domain.contact.ContactCreated;
import dev.crm.domain.contact.ContactDetails;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.projections.audit.HistoryEntry;
import dev.crm.projections.contact.ContactView;
import dev.crm.projections.support.PageRequest;
import dev.crm.web.support.CrmIntegrationTest;
import jakarta.persistence.EntityManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The bulk path writes what the command path writes: same events, same read-model rows, same history. */
@CrmIntegrationTest
class BulkEventLoaderTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    InputValidator validator;
    @Autowired
    EntityManager entityManager;
    @Autowired
    ContactService contacts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationContext context;

    final ContactSampleGenerator generator = new ContactSampleGenerator();

    BulkEventLoader loader() {
        return new BulkEventLoader(eventStore, transactionManager, entityManager, validator);
    }

    static BulkEventLoader.Options options(int batchSize, int threads, long seed) {
        return new BulkEventLoader.Options(batchSize, threads, seed, Duration.ofSeconds(5));
    }

    @Test
    void aLoadedContactIsIndistinguishableFromOneCreatedThroughTheService() throws Exception {
        UUID owner = UUID.randomUUID();
        Actor actor = Actor.of(owner, BulkEventLoader.CHANNEL);
        BulkEventLoader.Result result = loader().load(owner, generator, 7, options(3, 2, 42));
        assertThat(result.records()).isEqualTo(7);

        List<ContactView> loaded = contacts.list(owner, PageRequest.first(50)).items();
        assertThat(loaded).hasSize(7);
        ContactView sample = loaded.get(0);
        ContactView viaService = contacts.create(actor, sample.details());

        // read model: same fields, same version, nothing but id and times differ
        assertThat(sample.details()).isEqualTo(viaService.details());
        assertThat(sample.version()).isEqualTo(viaService.version()).isEqualTo(1);
        assertThat(sample.createdAt()).isEqualTo(sample.updatedAt());
        assertThat(rawRow(owner, sample.id())).isEqualTo(rawRow(owner, viaService.id()));

        // event store: same aggregate type, sequence, payload type and revision, payload and metadata
        Map<String, Object> loadedEvent = storedEvent(sample.id());
        Map<String, Object> serviceEvent = storedEvent(viaService.id());
        for (String column : List.of("type", "sequence_number", "payload_type", "payload_revision")) {
            assertThat(loadedEvent.get(column)).as(column).isEqualTo(serviceEvent.get(column));
        }
        assertThat(json.readTree((byte[]) loadedEvent.get("meta_data")))
                .isEqualTo(json.readTree((byte[]) serviceEvent.get("meta_data")));
        assertThat(withoutId(loadedEvent)).isEqualTo(withoutId(serviceEvent));

        // audit trail: one creation entry by the owner through the same channel, listing the same fields
        HistoryEntry loadedHistory = single(contacts.history(owner, sample.id()));
        HistoryEntry serviceHistory = single(contacts.history(owner, viaService.id()));
        assertThat(loadedHistory).usingRecursiveComparison().ignoringFields("occurredAt")
                .isEqualTo(serviceHistory);
        assertThat(loadedHistory.channel()).isEqualTo("api");
        assertThat(loadedHistory.actorId()).isEqualTo(owner);

        // searchable like any other contact
        String word = sample.name().split(" ")[0];
        assertThat(contacts.list(owner, new PageRequest(200, null, null, word)).items())
                .extracting(ContactView::id).contains(sample.id());

        // the aggregate is event-sourced from the loaded event: it merges, detects conflicts, updates and deletes
        ContactView updated = contacts.update(actor, sample.id(), 1,
                Patch.of(new ContactDetails(null, null, "+44 20 7946 0999", null, null), List.of("phone")));
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.phone()).isEqualTo("+44 20 7946 0999");
        ContactView merged = contacts.update(actor, sample.id(), 1,
                Patch.of(new ContactDetails(null, null, null, "Chief Sampler", null), List.of("jobPosition")));
        assertThat(merged.phone()).isEqualTo("+44 20 7946 0999");
        assertThat(merged.jobPosition()).isEqualTo("Chief Sampler");
        assertThatThrownBy(() -> contacts.update(actor, sample.id(), 1,
                Patch.of(new ContactDetails(null, null, "+44 20 7946 0111", null, null), List.of("phone"))))
                .isInstanceOf(EditConflictException.class);
        List<HistoryEntry> history = contacts.history(owner, sample.id());
        assertThat(history).hasSize(3);
        assertThat(history).extracting(HistoryEntry::eventType).contains("ContactCreated", "ContactUpdated");
        contacts.delete(actor, sample.id());
        assertThatThrownBy(() -> contacts.get(owner, sample.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theSameSeedLoadsTheSameRecordsWithTheSameIds() {
        UUID owner = UUID.randomUUID();
        loader().load(owner, generator, 5, options(2, 2, 7));
        List<ContactView> first = contacts.list(owner, PageRequest.first(50)).items();
        UUID otherOwner = UUID.randomUUID();
        assertThatThrownBy(() -> loader().load(otherOwner, generator, 5, options(2, 1, 7)))
                .as("the same ids again are the same aggregates: the event store refuses them")
                .isInstanceOf(IllegalStateException.class);
        assertThat(contacts.list(otherOwner, PageRequest.first(50)).items()).as("the failed batch rolled back").isEmpty();
        assertThat(first).hasSize(5);
    }

    @Test
    void recordsFailingTheSharedValidationRulesAreRefused() {
        UUID owner = UUID.randomUUID();
        SampleGenerator invalid = new SampleGenerator() {
            @Override
            public String name() {
                return "contacts";
            }

            @Override
            public String aggregateType() {
                return "Contact";
            }

            @Override
            public ContactCreated create(UUID id, SampleContext context) {
                return new ContactCreated(id, context.ownerId(), new ContactDetails("Bad", "not an e-mail", null, null, null));
            }
        };
        assertThatThrownBy(() -> loader().load(owner, invalid, 3, options(10, 1, 1)))
                .hasCauseInstanceOf(InvalidInputException.class);
        assertThat(contacts.list(owner, PageRequest.first(50)).items()).isEmpty();
    }

    @Test
    void theCommandDoesNotExistUnlessAskedFor() {
        assertThat(context.getBeansOfType(SampleDataCommand.class)).isEmpty();
        assertThat(context.getBeansOfType(SampleGenerator.class)).isNotEmpty();
    }

    private Map<String, Object> rawRow(UUID owner, UUID id) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(tx -> {
            jdbc.sql("select set_config('app.user_id', ?, true)").param(owner.toString()).query(String.class).single();
            Map<String, Object> row = new java.util.TreeMap<>(jdbc.sql("select * from contact where id = :id")
                    .param("id", id).query().singleRow());
            row.keySet().removeAll(List.of("id", "created_at", "updated_at"));
            return row;
        });
    }

    private Map<String, Object> storedEvent(UUID aggregateId) {
        return jdbc.sql("""
                        select type, sequence_number, payload_type, payload_revision, payload, meta_data
                        from domain_event_entry where aggregate_identifier = :id and sequence_number = 0""")
                .param("id", aggregateId.toString()).query().singleRow();
    }

    private JsonNode withoutId(Map<String, Object> event) throws Exception {
        ObjectNode payload = (ObjectNode) json.readTree((byte[]) event.get("payload"));
        assertThat(payload.remove("contactId")).isNotNull();
        return payload;
    }

    private static HistoryEntry single(List<HistoryEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }
}
