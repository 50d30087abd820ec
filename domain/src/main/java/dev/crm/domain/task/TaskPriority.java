package dev.crm.domain.task;

public enum TaskPriority {
    LOW,
    MEDIUM,
    HIGH,
    URGENT
}
