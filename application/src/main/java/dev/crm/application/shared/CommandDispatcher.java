package dev.crm.application.shared;

import dev.crm.domain.shared.Actor;
import java.util.UUID;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a command as an actor and waits for it, turning Axon's wrappers back into the domain's own exceptions.
 *
 * <p>On one node the aggregate's lock orders concurrent commands; across nodes sharing one event store, the second
 * of two concurrent commands finds its sequence number taken when it appends ({@link ConcurrencyException}). It is
 * then sent again: the aggregate reloads with the other node's event, and the edit is merged or refused as a conflict
 * exactly as on one node. (Not inside a caller's transaction, which the failed append has already doomed.)
 */
@Component
public class CommandDispatcher {

    static final int ATTEMPTS = 5;

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Actor actor, String recordType, UUID recordId) {
        return send(command, actor, MetaData.emptyInstance(), recordType, recordId);
    }

    /** @param extra more metadata, e.g. a {@link dev.crm.domain.shared.VersionCondition} */
    public <R> R send(Object command, Actor actor, MetaData extra, String recordType, UUID recordId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                        .andMetaData(actor.toMetaData().mergedWith(extra)));
            } catch (CommandExecutionException e) {
                if (!isConcurrentAppend(e) || !mayRetry(attempt)) {
                    throw e.<DomainFailure>getDetails()
                            .map(failure -> failure.toException(recordType, recordId))
                            .orElseThrow(() -> e);
                }
            } catch (ConcurrencyException e) {
                if (!mayRetry(attempt)) {
                    throw e;
                }
            }
        }
    }

    private static boolean mayRetry(int attempt) {
        return attempt < ATTEMPTS && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    private static boolean isConcurrentAppend(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
        }
        return false;
    }
}
