package dev.crm.application.shared;

import java.util.UUID;

import dev.crm.domain.shared.Actor;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a command as an actor and waits for it, turning Axon's wrappers back into the domain's own exceptions. */
@Component
public class CommandDispatcher {

    private final CommandGateway gateway;

    public CommandDispatcher(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Actor actor, String recordType, UUID recordId) {
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(actor.toMetaData()));
        } catch (CommandExecutionException e) {
            throw e.<DomainFailure>getDetails().map(failure -> failure.toException(recordType, recordId))
                    .orElseThrow(() -> e);
        }
    }
}
