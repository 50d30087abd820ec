package dev.crm.domain.project;

import java.util.UUID;

import dev.crm.domain.shared.Patch;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateProject(@TargetAggregateIdentifier UUID projectId,
                            @TargetAggregateVersion long expectedSequence,
                            Patch<ProjectDetails> patch) {
}
