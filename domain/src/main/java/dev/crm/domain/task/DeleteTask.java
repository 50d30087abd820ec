package dev.crm.domain.task;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeleteTask(@TargetAggregateIdentifier UUID taskId) {}
