package dev.crm.domain.aikey;

import dev.crm.domain.shared.Patch;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes a key's model, label, default flag, status — or records a rotation (new last4, verifiedAt). */
public record UpdateAiKey(
        @TargetAggregateIdentifier UUID aiKeyId,
        @TargetAggregateVersion long expectedSequence,
        Patch<AiKeyDetails> patch) {}
