package dev.crm.domain.task;

import dev.crm.domain.shared.Patch;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateTask(
        @TargetAggregateIdentifier UUID taskId,
        @TargetAggregateVersion long expectedSequence,
        Patch<TaskDetails> patch) {}
