package dev.crm.domain.project;

import dev.crm.domain.shared.Patch;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record UpdateProject(
        @TargetAggregateIdentifier UUID projectId,
        @TargetAggregateVersion long expectedSequence,
        Patch<ProjectDetails> patch) {}
