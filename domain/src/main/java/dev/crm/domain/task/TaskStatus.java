package dev.crm.domain.task;

public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    DONE
}
