package dev.crm.application.shared;

import dev.crm.domain.shared.EditConflictException;
import dev.crm.domain.shared.FieldConflict;
import dev.crm.domain.shared.FieldError;
import dev.crm.domain.shared.InvalidInputException;
import dev.crm.domain.shared.NotAllowedException;
import dev.crm.domain.shared.RecordNotFoundException;
import dev.crm.domain.shared.StaleVersionException;
import dev.crm.domain.shared.Versions;
import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

/**
 * A domain exception as data, so it survives the trip from a command handler on another node (Axon Server) back
 * to the caller, where it becomes the same exception again.
 */
record DomainFailure(
        Kind kind, String message, List<FieldError> errors, List<FieldConflict> conflicts, long currentVersion) {

    enum Kind {
        INVALID,
        NOT_FOUND,
        CONFLICT,
        STALE,
        NOT_ALLOWED
    }

    static DomainFailure of(RuntimeException exception) {
        if (exception instanceof InvalidInputException invalid) {
            return new DomainFailure(Kind.INVALID, null, invalid.errors(), List.of(), 0);
        }
        if (exception instanceof RecordNotFoundException || exception instanceof AggregateNotFoundException) {
            return new DomainFailure(Kind.NOT_FOUND, null, List.of(), List.of(), 0);
        }
        if (exception instanceof EditConflictException conflict) {
            return new DomainFailure(Kind.CONFLICT, null, List.of(), conflict.conflicts(), conflict.currentVersion());
        }
        if (exception instanceof StaleVersionException stale) {
            return new DomainFailure(Kind.STALE, null, List.of(), List.of(), stale.currentVersion());
        }
        if (exception instanceof ConflictingAggregateVersionException version) {
            // a version from the future that slipped past the service's check (a concurrent delete and re-read)
            long current = Versions.fromSequence(version.getActualVersion());
            return new DomainFailure(
                    Kind.CONFLICT,
                    null,
                    List.of(),
                    List.of(new FieldConflict("version", current, Versions.fromSequence(version.getExpectedVersion()))),
                    current);
        }
        if (exception instanceof NotAllowedException notAllowed) {
            return new DomainFailure(Kind.NOT_ALLOWED, notAllowed.getMessage(), notAllowed.errors(), List.of(), 0);
        }
        return null;
    }

    RuntimeException toException(String recordType, UUID recordId) {
        return switch (kind) {
            case INVALID -> new InvalidInputException(errors);
            case NOT_FOUND -> new RecordNotFoundException(recordType, recordId);
            case CONFLICT -> new EditConflictException(conflicts, currentVersion);
            case STALE -> new StaleVersionException(currentVersion);
            case NOT_ALLOWED -> new NotAllowedException(message, errors);
        };
    }
}
