package dev.crm.domain.task;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record CreateTask(@TargetAggregateIdentifier UUID taskId, UUID projectId, TaskDetails details) {}
