package dev.crm.domain.aikey;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.crm.domain.shared.OwnedRecord;
import dev.crm.domain.shared.Patch;
import dev.crm.domain.shared.Required;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.messaging.MetaData;

/**
 * A workspace's key for a language-model provider, owned by the workspace's owner (the only one who manages keys).
 * Its events carry what the settings page shows, never the key.
 */
public class AiKey extends OwnedRecord<AiKeyDetails> {

    public static final String TYPE = "AiKey";

    protected AiKey() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public AiKey(AddAiKey command, MetaData metaData) {
        requireModel(command.details());
        apply(new AiKeyAdded(command.aiKeyId(), actor(metaData), command.details()));
    }

    @CommandHandler
    public void handle(UpdateAiKey command, MetaData metaData, ConflictResolver conflicts) {
        requireOwner(metaData);
        Patch<AiKeyDetails> effective = settle(conflicts, command.patch());
        if (effective.hasChanges()) {
            requireModel(effective.values());
            apply(new AiKeyUpdated(id, effective));
        }
    }

    @CommandHandler
    public void handle(RevokeAiKey command, MetaData metaData) {
        requireOwner(metaData);
        apply(new AiKeyRevoked(id));
    }

    @Override
    protected String type() {
        return TYPE;
    }

    private static void requireModel(AiKeyDetails details) {
        Required.field("model", details == null ? null : details.model(), "Model is required");
    }
}
