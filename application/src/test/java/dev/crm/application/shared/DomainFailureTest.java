package dev.crm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldConflict;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.StaleVersionException;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Every domain exception survives the trip through a distributed command bus: turned into data by the handler's
 * interceptor, serialized as Axon Server serializes a failure's details, and thrown again as the same exception.
 */
class DomainFailureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyDomainExceptionComesBackAsItself() throws Exception {
        UUID id = UUID.randomUUID();
        NotAllowedException notAllowed = new NotAllowedException(
                "Only the owner may change this",
                List.of(new FieldError("assigneeIds", "Only the project's owner changes assignees")));
        RuntimeException back = roundTrip(notAllowed, id);
        assertThat(back).isInstanceOf(NotAllowedException.class).hasMessage(notAllowed.getMessage());
        assertThat(((NotAllowedException) back).errors()).isEqualTo(notAllowed.errors());

        assertThat(roundTrip(InvalidInputException.of("name", "Name is required"), id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).containsExactly(new FieldError("name", "Name is required")));
        assertThat(roundTrip(new RecordNotFoundException("Task", id), id)).isInstanceOf(RecordNotFoundException.class);
        assertThat(roundTrip(new EditConflictException(List.of(new FieldConflict("name", "A", "B")), 3), id))
                .isInstanceOfSatisfying(
                        EditConflictException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(3));
        assertThat(roundTrip(new StaleVersionException(7), id))
                .isInstanceOfSatisfying(
                        StaleVersionException.class,
                        e -> assertThat(e.currentVersion()).isEqualTo(7));
    }

    private static RuntimeException roundTrip(RuntimeException failure, UUID id) throws Exception {
        DomainFailure details = DomainFailure.of(failure);
        assertThat(details)
                .as("%s travels as data", failure.getClass().getSimpleName())
                .isNotNull();
        DomainFailure received = JSON.readValue(JSON.writeValueAsString(details), DomainFailure.class);
        CommandExecutionException remote = new CommandExecutionException(failure.getMessage(), null, received);
        return remote.<DomainFailure>getDetails().orElseThrow().toException("Task", id);
    }
}
