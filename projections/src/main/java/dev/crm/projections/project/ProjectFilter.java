package dev.crm.projections.project;

import dev.crm.domain.project.ProjectStatus;

/** Narrows the project list: a status, and/or only the projects the user is assigned to. */
public record ProjectFilter(ProjectStatus status, boolean assignedToMe) {

    public static final ProjectFilter NONE = new ProjectFilter(null, false);
}
