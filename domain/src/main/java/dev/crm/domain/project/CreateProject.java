package dev.crm.domain.project;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateProject(@TargetAggregateIdentifier UUID projectId, ProjectDetails details) {}
