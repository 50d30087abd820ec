package dev.crm.domain.project;

public enum ProjectStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED
}
