package dev.crm.application.account;

import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Creates workspaces at registration; {@code WorkspaceService} reads and changes them. */
@Component
class WorkspaceRepository {

    private final JdbcClient jdbc;

    WorkspaceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Workspace insert(Workspace workspace) {
        jdbc.sql("insert into workspace (id, name, owner_id, created_at) values (?, ?, ?, ?)")
                .params(
                        workspace.getId(),
                        workspace.getName(),
                        workspace.getOwnerId(),
                        Timestamp.from(workspace.getCreatedAt()))
                .update();
        return workspace;
    }
}
