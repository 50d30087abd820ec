package dev.crm.application.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crm.domain.contact.ContactDeleted;
import dev.crm.domain.shared.Actor;
import dev.crm.domain.shared.Channel;
import dev.crm.projections.support.RowSecurity;
import dev.crm.web.support.Api;
import dev.crm.web.support.CrmIntegrationTest;
import dev.crm.web.support.MaintenanceCommand;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/** A stream damaged the way the old cross-kind hole damaged it is found, repaired, and usable again. */
@CrmIntegrationTest
class CrossKindEventsTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CrossKindEvents crossKind;

    @Autowired
    Environment environment;

    @Autowired
    RowSecurity rowSecurity;

    @Test
    void aForeignEventInATaskStreamIsReportedRemovedAndTheTaskWorksAgain() {
        Api owner = Api.newUser(http, "Damaged");
        String project = owner.post("/api/projects", "{\"name\":\"Launch\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        String task = owner.post("/api/projects/" + project + "/tasks", "{\"name\":\"Ship\"}")
                .expect(201)
                .json()
                .get("id")
                .asText();
        // what DELETE /api/contacts/{taskId} appended before the fix, by the task's owner
        transaction.executeWithoutResult(status -> DefaultUnitOfWork.startAndGet(null)
                .execute(() -> {
                    rowSecurity.actAs(UUID.fromString(owner.userId()));
                    eventStore.publish(new GenericDomainEventMessage<>(
                                    "Contact", task, 1, new ContactDeleted(UUID.fromString(task)))
                            .andMetaData(Actor.of(UUID.fromString(owner.userId()), Channel.API)
                                    .toMetaData()));
                }));

        assertThat(owner.put("/api/tasks/" + task, "{\"version\":1,\"status\":\"DONE\"}")
                        .status())
                .as("the task cannot take an event while the foreign one holds its sequence number")
                .isNotEqualTo(200);
        assertThat(crossKind.find()).singleElement().satisfies(event -> {
            assertThat(event.recordId()).isEqualTo(task);
            assertThat(event.kind()).isEqualTo("Task");
            assertThat(event.foreignKind()).isEqualTo("Contact");
            assertThat(event.sequenceNumber()).isEqualTo(1);
        });

        // the repair is a start-up command: it rebuilds the read models, so it connects as the rebuild role
        MaintenanceCommand.run(environment, "--crm.repair.cross-kind-events=apply");

        assertThat(crossKind.find()).isEmpty();
        owner.put("/api/tasks/" + task, "{\"version\":1,\"status\":\"DONE\"}").expect(200);
        assertThat(owner.get("/api/tasks/" + task + "/history").json().findValuesAsText("eventType"))
                .containsExactly("TaskCreated", "TaskUpdated");
        owner.delete("/api/projects/" + project).expect(204);
    }
}
