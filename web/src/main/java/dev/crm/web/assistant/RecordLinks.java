package dev.crm.web.assistant;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a record the assistant touched is opened: a project has its own page; contacts, organizations and tasks
 * open in their list's edit dialog, asked for with {@code ?open=<id>}.
 */
final class RecordLinks {

    private RecordLinks() {}

    static Optional<String> to(String recordType, UUID id) {
        if (recordType == null || id == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                switch (recordType) {
                    case "Contact" -> "contacts?open=" + id;
                    case "Organization" -> "organizations?open=" + id;
                    case "Project" -> "projects/" + id;
                    case "Task" -> "tasks?open=" + id;
                    default -> null;
                });
    }
}
